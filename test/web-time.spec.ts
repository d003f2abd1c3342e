import { dayKey, formatMoment, formatRange, fromLocalInput, toLocalInput } from '../apps/web/src/ui/time';

/** The web app shows every time in the user's zone, in words. */
describe('web app times', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('reads "Thu 10 Dec, 18:30" in the user zone, with the year only when it is not this year', () => {
    expect(formatMoment('2026-12-10T17:30:00Z', 'Europe/Berlin', now)).toBe('Thu 10 Dec, 18:30');
    expect(formatMoment('2026-12-10T17:30:00Z', 'America/New_York', now)).toBe('Thu 10 Dec, 12:30');
    expect(formatMoment('2027-01-05T09:00:00Z', 'UTC', now)).toBe('Tue 5 Jan 2027, 09:00');
  });

  it('groups by the day in the user zone, not in UTC', () => {
    expect(dayKey('2026-12-10T23:30:00Z', 'Europe/Berlin')).toBe('2026-12-11');
    expect(dayKey('2026-12-10T23:30:00Z', 'UTC')).toBe('2026-12-10');
  });

  it('shows a range on one day as 18:30–20:00', () => {
    expect(formatRange('2026-12-10T17:30:00Z', '2026-12-10T19:00:00Z', 'Europe/Berlin')).toMatch(/18:30–20:00$/);
    expect(formatRange('2026-12-10T17:30:00Z', '2026-12-11T01:00:00Z', 'Europe/Berlin')).toMatch(/18:30 – Fri 11 Dec, 02:00$/);
  });

  it('turns a wall-clock input into the instant it means in the zone, across DST changes', () => {
    expect(fromLocalInput('2026-12-10T18:30', 'Europe/Berlin')).toBe('2026-12-10T17:30:00.000Z');
    expect(fromLocalInput('2026-07-10T18:30', 'Europe/Berlin')).toBe('2026-07-10T16:30:00.000Z');
    expect(fromLocalInput('2027-03-28T03:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
    expect(toLocalInput('2026-12-10T17:30:00Z', 'Europe/Berlin')).toBe('2026-12-10T18:30');
  });
});
