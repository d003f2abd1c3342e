import { canonicalTimeZone, isIanaTimeZone, isKnownZone } from './zone-validity';

const resolved = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

describe('canonicalTimeZone', () => {
  it.each([
    ['europe/berlin', 'Europe/Berlin'],
    ['EUROPE/BERLIN', 'Europe/Berlin'],
    ['america/port-au-prince', 'America/Port-au-Prince'],
    ['antarctica/dumontdurville', 'Antarctica/DumontDUrville'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/calcutta', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ])('stores %p as %p', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each(['Mars/Olympus', '+01:00', '', 'europe berlin'])('leaves %p, which is no zone, for validation to refuse', (input) => {
    expect(canonicalTimeZone(input)).toBe(input);
  });

  it('names every zone this runtime knows by a name for the same zone, and is idempotent', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const canonical = canonicalTimeZone(zone);
      expect([zone, resolved(canonical)]).toEqual([zone, resolved(zone)]);
      expect(canonicalTimeZone(canonical)).toBe(canonical);
    }
  });
});

describe('isIanaTimeZone', () => {
  it.each(['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5'])('accepts %p', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus', '+01:00', '', 'europe berlin', 'W. Europe Standard Time', 42])('refuses %p', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
  });
});

describe('isKnownZone', () => {
  it.each(['Europe/Berlin', 'europe/berlin', 'UTC', 'Etc/UTC', 'Etc/GMT+5', 'EST5EDT', 'US/Pacific'])('knows %p', (zone) => {
    expect(isKnownZone(zone)).toBe(true);
    expect(isKnownZone(zone)).toBe(true); // the cached answer
  });

  it.each(['Mars/Olympus', '', 'W. Europe Standard Time'])('does not know %p', (zone) => {
    expect(isKnownZone(zone)).toBe(false);
  });

  it('knows every zone this runtime lists', () => {
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => !isKnownZone(zone))).toEqual([]);
  });
});
