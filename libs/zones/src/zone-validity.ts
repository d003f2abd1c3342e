// Validity is asked of every TZID of every feed and of user input, and
// Intl takes tens of microseconds to say: answers are cached. The cache is
// bounded because Intl accepts any letter case, so the names are unbounded.
const MAX_CACHED_ANSWERS = 5_000;
const knownZones = new Map<string, boolean>();

/**
 * True when the runtime's tz database knows `zone` (in any letter case, and
 * POSIX-style names such as "EST5EDT" too): the check every reader of a
 * zone name makes before computing with it.
 */
export function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false; // RangeError: the only signal Intl gives for an unknown zone
    }
    if (knownZones.size >= MAX_CACHED_ANSWERS) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

/**
 * True when `zone` is an IANA time zone this runtime knows, in any letter
 * case, written as a name: what a user may store as their zone.
 */
export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  // Intl may also accept offsets like "+01:00"; only named zones are wanted.
  return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) && isKnownZone(zone);
}

/*
 * ICU (and so Intl) resolves zones to CLDR's canonical ids, which kept the
 * old spelling of these zones after IANA renamed them: Intl answers
 * "Asia/Calcutta" for "Asia/Kolkata". The table puts IANA's primary name
 * back. It is CLDR's complete list of such ids (the same list as TC39's
 * proposal-canonical-tz); a runtime that answers IANA names never reaches it.
 */
const IANA_NAME_OF_CLDR_ID: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * The zone as stored: its IANA primary name in the tz database's spelling
 * ("europe/berlin" is "Europe/Berlin", "utc" and "Etc/UTC" are "UTC").
 * Links are replaced by the zone they link to ("US/Pacific" is
 * "America/Los_Angeles", "Asia/Calcutta" is "Asia/Kolkata"), so one zone is
 * stored under one name whatever the user typed; the offsets are the same.
 * Anything that is not a zone comes back unchanged, for validation to refuse.
 */
export function canonicalTimeZone(zone: string): string {
  if (!isIanaTimeZone(zone)) return zone;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return IANA_NAME_OF_CLDR_ID[resolved] ?? resolved;
}
