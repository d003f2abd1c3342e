import { foldText } from '@app/text';
import { findIana, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isKnownZone, offsetMinutes } from '@app/zones';

/**
 * Outlook and Exchange name zones by Windows id ("W. Europe Standard Time")
 * or, in older exports, by the zone's display name ("(GMT+10:00) Canberra,
 * Melbourne, Sydney", "(UTC-05:00) Eastern Time (US & Canada)"). Ids map to
 * IANA through CLDR's windowsZones table (the `windows-iana` package).
 *
 * Display names are not in CLDR. The table below pairs the display names of
 * the Windows time-zone registry (`tzutil /l`, listed on Microsoft's "Default
 * Time Zones" page) and the older XP/Vista-era names still found in Outlook
 * 2003-2010 exports with their Windows ids; CLDR then gives the zone. Names
 * not in the table are tried city by city against IANA zone names (checking
 * the label's UTC offset), which covers "(GMT+01.00) Amsterdam, ..." variants.
 */
const DISPLAY_NAMES: Record<string, string> = {
  'international date line west': 'Dateline Standard Time',
  'coordinated universal time-11': 'UTC-11',
  'midway island, samoa': 'UTC-11',
  'aleutian islands': 'Aleutian Standard Time',
  hawaii: 'Hawaiian Standard Time',
  'marquesas islands': 'Marquesas Standard Time',
  alaska: 'Alaskan Standard Time',
  'coordinated universal time-09': 'UTC-09',
  'baja california': 'Pacific Standard Time (Mexico)',
  'tijuana, baja california': 'Pacific Standard Time (Mexico)',
  'coordinated universal time-08': 'UTC-08',
  'pacific time (us and canada)': 'Pacific Standard Time',
  'pacific time (us and canada); tijuana': 'Pacific Standard Time',
  'pacific time': 'Pacific Standard Time',
  arizona: 'US Mountain Standard Time',
  'chihuahua, la paz, mazatlan': 'Mountain Standard Time (Mexico)',
  'la paz, mazatlan': 'Mountain Standard Time (Mexico)',
  'mountain time (us and canada)': 'Mountain Standard Time',
  'mountain time': 'Mountain Standard Time',
  yukon: 'Yukon Standard Time',
  'central america': 'Central America Standard Time',
  'central time (us and canada)': 'Central Standard Time',
  'central time': 'Central Standard Time',
  'easter island': 'Easter Island Standard Time',
  'guadalajara, mexico city, monterrey': 'Central Standard Time (Mexico)',
  'guadalajara, mexico city, monterrey - new': 'Central Standard Time (Mexico)',
  'guadalajara, mexico city, monterrey - old': 'Central Standard Time (Mexico)',
  saskatchewan: 'Canada Central Standard Time',
  'bogota, lima, quito': 'SA Pacific Standard Time',
  'bogota, lima, quito, rio branco': 'SA Pacific Standard Time',
  chetumal: 'Eastern Standard Time (Mexico)',
  'eastern time (us and canada)': 'Eastern Standard Time',
  'eastern time': 'Eastern Standard Time',
  haiti: 'Haiti Standard Time',
  havana: 'Cuba Standard Time',
  'indiana (east)': 'US Eastern Standard Time',
  'turks and caicos': 'Turks And Caicos Standard Time',
  asuncion: 'Paraguay Standard Time',
  'atlantic time (canada)': 'Atlantic Standard Time',
  'atlantic time': 'Atlantic Standard Time',
  caracas: 'Venezuela Standard Time',
  'caracas, la paz': 'SA Western Standard Time',
  cuiaba: 'Central Brazilian Standard Time',
  manaus: 'Central Brazilian Standard Time',
  'georgetown, la paz, manaus, san juan': 'SA Western Standard Time',
  'georgetown, la paz, san juan': 'SA Western Standard Time',
  santiago: 'Pacific SA Standard Time',
  newfoundland: 'Newfoundland Standard Time',
  araguaina: 'Tocantins Standard Time',
  brasilia: 'E. South America Standard Time',
  'cayenne, fortaleza': 'SA Eastern Standard Time',
  'buenos aires, georgetown': 'SA Eastern Standard Time',
  'city of buenos aires': 'Argentina Standard Time',
  'buenos aires': 'Argentina Standard Time',
  greenland: 'Greenland Standard Time',
  montevideo: 'Montevideo Standard Time',
  'punta arenas': 'Magallanes Standard Time',
  'saint pierre and miquelon': 'Saint Pierre Standard Time',
  salvador: 'Bahia Standard Time',
  'coordinated universal time-02': 'UTC-02',
  'mid-atlantic': 'UTC-02',
  'mid-atlantic - old': 'UTC-02',
  azores: 'Azores Standard Time',
  'cabo verde is.': 'Cape Verde Standard Time',
  'cape verde is.': 'Cape Verde Standard Time',
  'coordinated universal time': 'UTC',
  'universal coordinated time': 'UTC',
  'dublin, edinburgh, lisbon, london': 'GMT Standard Time',
  'greenwich mean time: dublin, edinburgh, lisbon, london': 'GMT Standard Time',
  'greenwich mean time; dublin, edinburgh, london': 'GMT Standard Time',
  'monrovia, reykjavik': 'Greenwich Standard Time',
  'casablanca, monrovia': 'Greenwich Standard Time',
  'casablanca, monrovia, reykjavik': 'Greenwich Standard Time',
  'sao tome': 'Sao Tome Standard Time',
  casablanca: 'Morocco Standard Time',
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'W. Europe Standard Time',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Central Europe Standard Time',
  'brussels, copenhagen, madrid, paris': 'Romance Standard Time',
  'sarajevo, skopje, warsaw, zagreb': 'Central European Standard Time',
  'sarajevo, skopje, sofija, vilnius, warsaw, zagreb': 'Central European Standard Time',
  'west central africa': 'W. Central Africa Standard Time',
  amman: 'Jordan Standard Time',
  'athens, bucharest': 'GTB Standard Time',
  'athens, bucharest, istanbul': 'GTB Standard Time',
  'athens, beirut, istanbul, minsk': 'GTB Standard Time',
  'athens, istanbul, minsk': 'GTB Standard Time',
  beirut: 'Middle East Standard Time',
  cairo: 'Egypt Standard Time',
  chisinau: 'E. Europe Standard Time',
  bucharest: 'E. Europe Standard Time',
  damascus: 'Syria Standard Time',
  'gaza, hebron': 'West Bank Standard Time',
  'harare, pretoria': 'South Africa Standard Time',
  'helsinki, kyiv, riga, sofia, tallinn, vilnius': 'FLE Standard Time',
  'helsinki, kiev, riga, sofia, tallinn, vilnius': 'FLE Standard Time',
  'helsinki, riga, tallinn': 'FLE Standard Time',
  jerusalem: 'Israel Standard Time',
  juba: 'South Sudan Standard Time',
  kaliningrad: 'Kaliningrad Standard Time',
  'kaliningrad, minsk': 'Kaliningrad Standard Time',
  khartoum: 'Sudan Standard Time',
  tripoli: 'Libya Standard Time',
  windhoek: 'Namibia Standard Time',
  baghdad: 'Arabic Standard Time',
  istanbul: 'Turkey Standard Time',
  'kuwait, riyadh': 'Arab Standard Time',
  minsk: 'Belarus Standard Time',
  'moscow, st. petersburg': 'Russian Standard Time',
  'moscow, st. petersburg, volgograd': 'Russian Standard Time',
  nairobi: 'E. Africa Standard Time',
  volgograd: 'Volgograd Standard Time',
  tehran: 'Iran Standard Time',
  'abu dhabi, muscat': 'Arabian Standard Time',
  'astrakhan, ulyanovsk': 'Astrakhan Standard Time',
  baku: 'Azerbaijan Standard Time',
  'baku, tbilisi, yerevan': 'Caucasus Standard Time',
  'izhevsk, samara': 'Russia Time Zone 3',
  'port louis': 'Mauritius Standard Time',
  saratov: 'Saratov Standard Time',
  tbilisi: 'Georgian Standard Time',
  yerevan: 'Caucasus Standard Time',
  kabul: 'Afghanistan Standard Time',
  'ashgabat, tashkent': 'West Asia Standard Time',
  'islamabad, karachi, tashkent': 'West Asia Standard Time',
  ekaterinburg: 'Ekaterinburg Standard Time',
  'islamabad, karachi': 'Pakistan Standard Time',
  qyzylorda: 'Qyzylorda Standard Time',
  'chennai, kolkata, mumbai, new delhi': 'India Standard Time',
  'sri jayawardenepura': 'Sri Lanka Standard Time',
  kathmandu: 'Nepal Standard Time',
  astana: 'Central Asia Standard Time',
  'astana, dhaka': 'Central Asia Standard Time',
  dhaka: 'Bangladesh Standard Time',
  omsk: 'Omsk Standard Time',
  'almaty, novosibirsk': 'N. Central Asia Standard Time',
  'yangon (rangoon)': 'Myanmar Standard Time',
  rangoon: 'Myanmar Standard Time',
  'bangkok, hanoi, jakarta': 'SE Asia Standard Time',
  'barnaul, gorno-altaysk': 'Altai Standard Time',
  hovd: 'W. Mongolia Standard Time',
  krasnoyarsk: 'North Asia Standard Time',
  novosibirsk: 'N. Central Asia Standard Time',
  tomsk: 'Tomsk Standard Time',
  'beijing, chongqing, hong kong, urumqi': 'China Standard Time',
  'beijing, chongqing, hong kong sar, urumqi': 'China Standard Time',
  irkutsk: 'North Asia East Standard Time',
  'irkutsk, ulaan bataar': 'North Asia East Standard Time',
  'kuala lumpur, singapore': 'Singapore Standard Time',
  perth: 'W. Australia Standard Time',
  taipei: 'Taipei Standard Time',
  ulaanbaatar: 'Ulaanbaatar Standard Time',
  eucla: 'Aus Central W. Standard Time',
  chita: 'Transbaikal Standard Time',
  'osaka, sapporo, tokyo': 'Tokyo Standard Time',
  pyongyang: 'North Korea Standard Time',
  seoul: 'Korea Standard Time',
  yakutsk: 'Yakutsk Standard Time',
  adelaide: 'Cen. Australia Standard Time',
  darwin: 'AUS Central Standard Time',
  brisbane: 'E. Australia Standard Time',
  'canberra, melbourne, sydney': 'AUS Eastern Standard Time',
  'guam, port moresby': 'West Pacific Standard Time',
  hobart: 'Tasmania Standard Time',
  vladivostok: 'Vladivostok Standard Time',
  'lord howe island': 'Lord Howe Standard Time',
  'bougainville island': 'Bougainville Standard Time',
  chokurdakh: 'Russia Time Zone 10',
  magadan: 'Magadan Standard Time',
  'norfolk island': 'Norfolk Standard Time',
  sakhalin: 'Sakhalin Standard Time',
  'solomon is., new caledonia': 'Central Pacific Standard Time',
  'magadan, solomon is., new caledonia': 'Central Pacific Standard Time',
  'anadyr, petropavlovsk-kamchatsky': 'Russia Time Zone 11',
  'auckland, wellington': 'New Zealand Standard Time',
  'coordinated universal time+12': 'UTC+12',
  fiji: 'Fiji Standard Time',
  'fiji, kamchatka, marshall is.': 'Fiji Standard Time',
  'chatham islands': 'Chatham Islands Standard Time',
  'coordinated universal time+13': 'UTC+13',
  "nuku'alofa": 'Tonga Standard Time',
  samoa: 'Samoa Standard Time',
  'kiritimati island': 'Line Islands Standard Time',
};

/** The display-name table, for the spec that checks every entry maps through CLDR. */
export const OUTLOOK_DISPLAY_NAMES: Readonly<Record<string, string>> = DISPLAY_NAMES;

const windowsIds = new Map<string, string | null>();

/** IANA zone for a Windows zone id (case-insensitive), or null. CLDR's "001" zone comes first. */
export function windowsIdToIana(id: string): string | null {
  const key = id.trim().toLowerCase();
  let zone = windowsIds.get(key);
  if (zone === undefined) {
    zone = null;
    for (const candidate of [id.trim(), titleCase(id.trim())]) {
      const found = findIana(candidate).find((z) => isKnownZone(z));
      if (found) {
        zone = found;
        break;
      }
    }
    windowsIds.set(key, zone);
  }
  return zone;
}

function titleCase(text: string): string {
  return text.replace(/\w\S*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

const DISPLAY_NAME = /^\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?:[:.](\d{2}))?)?\s*\)\s*(.+)$/i;

/** Lower case, no accents ("Brasília"), "&" as "and", single spaces. */
function normaliseLabel(label: string): string {
  return foldText(label)
    .replace(/&/g, ' and ')
    .replace(/\s*:\s*/g, ': ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** IANA zone for an Outlook display name such as "(UTC-05:00) Eastern Time (US & Canada)", or null. */
export function displayNameToIana(tzid: string): string | null {
  const match = DISPLAY_NAME.exec(tzid.trim());
  if (!match) return null;
  const label = normaliseLabel(match[4]);
  const id = DISPLAY_NAMES[label];
  if (id) return windowsIdToIana(id);
  const offset = match[2] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
  return zoneByCity(label, offset);
}

let citiesCache: Map<string, string> | null = null;

function cities(): Map<string, string> {
  if (!citiesCache) {
    citiesCache = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const city = zone.split('/').pop();
      if (city && zone.includes('/')) citiesCache.set(city.replace(/_/g, ' ').toLowerCase(), zone);
    }
  }
  return citiesCache;
}

/** First city of the label that names an IANA zone whose standard or summer offset is the label's. */
function zoneByCity(label: string, offset: number): string | null {
  const year = new Date().getUTCFullYear();
  const january = Date.UTC(year, 0, 15);
  const july = Date.UTC(year, 6, 15);
  for (const token of label.split(/[,;/]| and /)) {
    const city = token.replace(/\(.*?\)/g, '').trim();
    const zone = cities().get(city);
    if (zone && [offsetMinutes(january, zone), offsetMinutes(july, zone)].includes(offset)) return zone;
  }
  return null;
}

/** CLDR's main ("001") IANA zone of every Windows zone: the best guesses for an unnamed offset pattern. */
export const WINDOWS_PRIMARY_ZONES: readonly string[] = [
  ...new Set(WINDOWS_TO_IANA_MAP.filter((entry) => entry.territory === '001').map((entry) => entry.iana[0])),
];
