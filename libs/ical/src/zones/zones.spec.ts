import { findIana } from 'windows-iana';
import { formatInstant, localToInstant, type LocalDateTime } from '@app/zones';
import { readComponent } from '../component';
import { scanComponents } from '../component-scanner';
import { normaliseLineBreaks } from '../content-line';
import { WarningLog } from '../warnings';
import { ianaClock } from './offset-clock';
import { buildVtimezoneClock, matchIanaZone } from './vtimezone-clock';
import { displayNameToIana, OUTLOOK_DISPLAY_NAMES, windowsIdToIana } from './windows-zones';
import { ianaForName } from './zone-resolver';
import { seededRandom as random } from '@app/testing';

const local = (year: number, month: number, day: number, hour: number, minute = 0): LocalDateTime => ({ year, month, day, hour, minute, second: 0 });

describe('IanaClock (cached offsets)', () => {
  it('reads a time in the spring-forward gap with the offset before the gap (RFC 5545 §3.3.5)', () => {
    const clock = ianaClock('America/New_York');
    expect(clock.format(clock.toInstant(local(2007, 3, 11, 2, 30)))).toBe('2007-03-11T03:30:00-04:00');
  });

  it('reads a repeated time at the fall-back overlap as the first one', () => {
    const clock = ianaClock('America/New_York');
    expect(clock.format(clock.toInstant(local(2007, 11, 4, 1, 30)))).toBe('2007-11-04T01:30:00-04:00');
  });

  it('agrees with @app/zones localToInstant and formatInstant everywhere, DST edges included', () => {
    const zones = [
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Sao_Paulo',
      'Pacific/Chatham',
      'Europe/Dublin',
      'UTC',
    ];
    const next = random(7);
    for (let i = 0; i < 3_000; i++) {
      const zone = zones[i % zones.length];
      // Half the samples sit on a DST transition night, where mistakes happen.
      const month = i % 2 === 0 ? [3, 4, 10, 11][Math.floor(next() * 4)] : 1 + Math.floor(next() * 12);
      const time = local(1970 + Math.floor(next() * 70), month, 1 + Math.floor(next() * 28), Math.floor(next() * 24), Math.floor(next() * 4) * 15);
      const clock = ianaClock(zone);
      const ours = clock.toInstant(time);
      expect(ours).toBe(localToInstant(time, zone).getTime());
      expect(clock.format(ours)).toBe(formatInstant(new Date(ours), zone));
    }
  });
});

describe('Windows and Outlook zone names', () => {
  it('maps Windows ids through CLDR', () => {
    expect(windowsIdToIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(windowsIdToIana('pacific standard time')).toBe('America/Los_Angeles');
    expect(windowsIdToIana('New Zealand Standard Time')).toBe('Pacific/Auckland');
    expect(windowsIdToIana('Not A Zone')).toBeNull();
  });

  it('maps current and legacy Outlook display names', () => {
    expect(displayNameToIana('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna')).toBe('Europe/Berlin');
    expect(displayNameToIana('(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna')).toBe('Europe/Amsterdam');
    expect(displayNameToIana('(GMT+10:00) Canberra, Melbourne, Sydney')).toBe('Australia/Sydney');
    expect(displayNameToIana('(UTC-05:00) Eastern Time (US & Canada)')).toBe('America/New_York');
    expect(displayNameToIana('(GMT-05:00) Eastern Time (US and Canada)')).toBe('America/New_York');
    expect(displayNameToIana('(UTC-03:00) Brasília')).toBe('America/Sao_Paulo');
    expect(displayNameToIana('(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London')).toBe('Europe/London');
    expect(displayNameToIana('(UTC+09:00) Somewhere Unknown')).toBeNull();
  });

  it('checks the offset before trusting a city of an unknown label', () => {
    expect(displayNameToIana('(UTC+05:00) Paris')).toBeNull();
    expect(displayNameToIana('(UTC+01:00) Paris, Somewhere')).toBe('Europe/Paris');
  });

  it('maps every entry of the display-name table to a zone through CLDR', () => {
    const unmapped = Object.entries(OUTLOOK_DISPLAY_NAMES).filter(([, id]) => findIana(id).length === 0);
    expect(unmapped).toEqual([]);
  });

  it('resolves TZIDs by IANA id, vendor prefixes, Windows id and display name', () => {
    expect(ianaForName('Europe/Kiev')).toBe('Europe/Kiev');
    expect(ianaForName('US/Pacific')).toBe('US/Pacific');
    expect(ianaForName('europe/berlin')).toBe('Europe/Berlin');
    expect(ianaForName('"America/New_York"')).toBe('America/New_York');
    expect(ianaForName('/mozilla.org/20050126_1/America/New_York')).toBe('America/New_York');
    expect(ianaForName('/softwarestudio.org/Tzfile/Europe/Paris')).toBe('Europe/Paris');
    expect(ianaForName('tzone://Microsoft/Utc')).toBe('UTC');
    expect(ianaForName('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaForName('(UTC-08:00) Pacific Time (US & Canada)')).toBe('America/Los_Angeles');
    expect(ianaForName('Customized Time Zone')).toBeNull();
    expect(ianaForName('Eastern')).toBeNull();
  });
});

describe('custom VTIMEZONE', () => {
  const text = normaliseLineBreaks(
    [
      'BEGIN:VTIMEZONE',
      'TZID:Customized Time Zone',
      'BEGIN:STANDARD',
      'DTSTART:16010101T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010101T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ].join('\n'),
  );
  const warnings = new WarningLog();
  const [record] = scanComponents(text, warnings).records;
  const component = readComponent(text, record, warnings);

  it('converts with the rules of the file, RFC 5545 gap rule included', () => {
    const clock = buildVtimezoneClock(component, 'Customized Time Zone');
    expect(clock).not.toBeNull();
    expect(new Date(clock?.toInstant(local(2024, 7, 1, 12)) ?? 0).toISOString()).toBe('2024-07-01T10:00:00.000Z');
    // 2024-03-31 02:30 does not exist in central Europe: read with the winter offset, i.e. 03:30 summer time.
    expect(new Date(clock?.toInstant(local(2024, 3, 31, 2, 30)) ?? 0).toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('is shown in the IANA zone whose offsets it matches', () => {
    const clock = buildVtimezoneClock(component, 'Customized Time Zone');
    if (!clock) throw new Error('no clock');
    const zone = matchIanaZone(clock, [], 2024);
    expect(zone).not.toBeNull();
    expect(ianaClock(zone ?? 'UTC').format(Date.UTC(2024, 6, 1, 10))).toBe('2024-07-01T12:00:00+02:00');
  });
});
