import { formatDay, localDate } from './format';
import { addDays, addLocalDays, localDaysBetween, localToInstant, localWeekday, startOfLocalDay, toLocal, type LocalDateTime } from './local-time';
import { wallClockToInstantMs, wallClockToInstantWith } from './wall-clock';

const at = (iso: string) => new Date(iso);
const local = (year: number, month: number, day: number, hour: number, minute = 0): LocalDateTime => ({ year, month, day, hour, minute, second: 0 });

describe('wall-clock times (RFC 5545 §3.3.5)', () => {
  it('reads a time in the spring-forward gap with the offset before the gap', () => {
    expect(localToInstant(local(2007, 3, 11, 2, 30), 'America/New_York')).toEqual(at('2007-03-11T07:30:00Z'));
    expect(localToInstant(local(2024, 3, 31, 2, 30), 'Europe/Berlin')).toEqual(at('2024-03-31T01:30:00Z'));
  });

  it('reads a repeated time at the fall-back overlap as the first one', () => {
    expect(localToInstant(local(2007, 11, 4, 1, 30), 'America/New_York')).toEqual(at('2007-11-04T05:30:00Z'));
    expect(localToInstant(local(2024, 10, 27, 2, 30), 'Europe/Berlin')).toEqual(at('2024-10-27T00:30:00Z'));
  });

  it('keeps milliseconds, and reads a missing millisecond as 0', () => {
    expect(localToInstant({ ...local(2024, 7, 1, 12), millisecond: 250 }, 'Europe/Berlin')).toEqual(at('2024-07-01T10:00:00.250Z'));
    expect(toLocal(at('2024-07-01T10:00:00.250Z'), 'Europe/Berlin')).toEqual({ ...local(2024, 7, 1, 12), millisecond: 250 });
  });

  it('applies the same rule to any clock', () => {
    // A clock one hour ahead from 2024-03-31T01:00Z, like Berlin's switch to summer time.
    const switchAt = Date.UTC(2024, 2, 31, 1);
    const clock = (instantMs: number) => (instantMs < switchAt ? 3_600_000 : 7_200_000);
    for (const wall of [Date.UTC(2024, 2, 31, 2, 30), Date.UTC(2024, 2, 30, 12), Date.UTC(2024, 3, 1, 12)]) {
      expect(wallClockToInstantWith(wall, clock)).toBe(wallClockToInstantMs(wall, 'Europe/Berlin'));
    }
  });
});

describe('zoned calendar helpers', () => {
  it('adds local days, honouring N exactly across DST', () => {
    expect(addLocalDays(at('2024-10-20T10:00:00Z'), 10, 'Europe/Berlin')).toEqual(at('2024-10-30T11:00:00Z'));
    expect(addLocalDays(at('2024-11-20T10:00:00Z'), -7, 'Europe/Berlin')).toEqual(at('2024-11-13T10:00:00Z'));
  });

  it('reads dates and day counts on the local calendar', () => {
    expect(localDate(at('2024-11-15T23:30:00Z'), 'Europe/Berlin')).toBe('2024-11-16');
    expect(localDate(at('2024-11-15T23:30:00Z'), 'UTC')).toBe('2024-11-15');
    expect(localDaysBetween(at('2024-11-15T22:30:00Z'), at('2024-11-15T23:30:00Z'), 'Europe/Berlin')).toBe(1);
    expect(startOfLocalDay(at('2024-11-15T23:30:00Z'), 'Europe/Berlin')).toEqual(at('2024-11-15T23:00:00Z'));
  });

  it('formats short readable dates', () => {
    expect(formatDay(at('2024-11-12T10:00:00Z'), 'Europe/Berlin')).toBe('12 Nov');
    expect(formatDay(at('2024-11-15T23:30:00Z'), 'Europe/Berlin', true)).toBe('Sat 16 Nov');
  });
});

describe('local dates', () => {
  it('names the weekday of the local date', () => {
    expect(localWeekday(at('2024-11-15T23:30:00Z'), 'Europe/Berlin')).toBe(6);
    expect(localWeekday(at('2024-11-15T23:30:00Z'), 'UTC')).toBe(5);
  });

  it('adds days to a YYYY-MM-DD date across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});
