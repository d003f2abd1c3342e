import {
  addDays,
  dayHeading,
  dayKey,
  eventDayKey,
  eventTime,
  formatAllDay,
  formatEventMoment,
  formatMoment,
  formatRange,
  formatWhen,
  fromLocalInput,
  fromNow,
  todayIn,
  toLocalInput,
} from '../apps/web/src/ui/time';

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

  it('says how far a moment is from now, in words', () => {
    expect(fromNow('2026-12-09T12:00:00Z', now)).toBe('in 2 days');
    expect(fromNow('2026-12-07T09:00:00Z', now)).toBe('3 hours ago');
    expect(fromNow('2026-12-07T12:00:20Z', now)).toBe('now');
    expect(formatWhen('2026-12-07T11:55:00Z', 'Europe/Berlin', 'never', now)).toBe('Mon 7 Dec, 12:55 (5 minutes ago)');
    expect(formatWhen(null, 'Europe/Berlin')).toBe('never');
    expect(formatWhen(null, 'Europe/Berlin', 'not yet')).toBe('not yet');
  });

  it('does calendar arithmetic on dates, and knows today in the user zone', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-29', -1)).toBe('2027-03-28');
    expect(todayIn('Pacific/Auckland', new Date('2026-12-07T12:00:00Z'))).toBe('2026-12-08');
    expect(todayIn('America/New_York', new Date('2026-12-07T03:00:00Z'))).toBe('2026-12-06');
    expect(dayHeading('2026-12-10')).toBe('Thursday 10 December');
  });

  it('keeps all-day dates as they are in every zone, the end date exclusive', () => {
    expect(formatAllDay('2026-12-10', '2026-12-11')).toBe('Thu 10 Dec');
    expect(formatAllDay('2026-12-10', '2026-12-13')).toBe('Thu 10 Dec – Sat 12 Dec');
    expect(formatAllDay('2026-12-10', null)).toBe('Thu 10 Dec');
    expect(formatEventMoment('2026-12-10', 'Pacific/Honolulu')).toBe('Thu 10 Dec');
    expect(formatEventMoment('2026-12-10T17:30:00Z', 'Europe/Berlin')).toMatch(/^Thu 10 Dec(?: 2026)?, 18:30$/);
  });

  it('shows and groups an event by its own dates when all-day, by the user zone otherwise', () => {
    const allDay = { allDay: true, start: '2026-12-10', end: '2026-12-12', startsAt: '2026-12-10T00:00:00Z', endsAt: '2026-12-12T00:00:00Z' };
    expect(eventTime(allDay, 'America/New_York')).toBe('Thu 10 Dec – Fri 11 Dec (all day)');
    expect(eventDayKey(allDay, 'America/New_York')).toBe('2026-12-10');
    const timed = { allDay: false, start: '2026-12-10T23:30:00Z', end: null, startsAt: '2026-12-10T23:30:00Z', endsAt: '2026-12-11T01:00:00Z' };
    expect(eventTime(timed, 'Europe/Berlin')).toMatch(/^Fri 11 Dec(?: 2026)?, 00:30–02:00$/);
    expect(eventDayKey(timed, 'Europe/Berlin')).toBe('2026-12-11');
  });
});
