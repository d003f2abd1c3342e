import { formatInstant, formatMoment, formatOffset, formatTime, formatWall, isoDate } from './format';

describe('formatOffset', () => {
  it.each([
    [0, 'Z'],
    [120, '+02:00'],
    [-210, '-03:30'],
    [345, '+05:45'],
  ])('prints %p minutes as %p', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});

describe('formatInstant', () => {
  it('prints the instant with the offset in force in the zone', () => {
    expect(formatInstant(new Date('2020-09-10T07:00:00Z'), 'Europe/Berlin')).toBe('2020-09-10T09:00:00+02:00');
    expect(formatInstant(new Date('2020-12-10T08:00:00Z'), 'Europe/Berlin')).toBe('2020-12-10T09:00:00+01:00');
    expect(formatInstant(new Date('2020-12-10T08:00:00Z'), 'Asia/Kathmandu')).toBe('2020-12-10T13:45:00+05:45');
  });

  it('prints UTC with "Z", with or without a zone, in whole seconds', () => {
    expect(formatInstant(new Date('2020-09-10T07:00:00.900Z'), null)).toBe('2020-09-10T07:00:00Z');
    expect(formatInstant(new Date('2020-09-10T07:00:00Z'), 'UTC')).toBe('2020-09-10T07:00:00Z');
  });

  it('pads years before 1000 to four digits', () => {
    expect(formatInstant(new Date(Date.UTC(999, 0, 2, 3, 4, 5)), null)).toBe('0999-01-02T03:04:05Z');
    expect(formatWall(Date.UTC(999, 0, 2, 3, 4, 5), 'Z')).toBe('0999-01-02T03:04:05Z');
    expect(isoDate({ year: 999, month: 1, day: 2 })).toBe('0999-01-02');
  });
});

describe('formatTime and formatMoment', () => {
  it('give the wall-clock time and the day with it, in the zone', () => {
    const instant = new Date('2026-12-11T18:05:00Z');
    expect(formatTime(instant, 'Europe/Berlin')).toBe('19:05');
    expect(formatTime(instant, 'America/Los_Angeles')).toBe('10:05');
    expect(formatMoment(instant, 'Europe/Berlin')).toBe('Fri 11 Dec, 19:05');
    expect(formatMoment(new Date('2026-12-11T23:30:00Z'), 'Europe/Berlin')).toBe('Sat 12 Dec, 00:30');
  });
});
