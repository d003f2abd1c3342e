import { calendar, options, vevent, window } from './__fixtures__/build-ics';
import { parseIcs } from './index';

const parse = (text: string, overrides: Parameters<typeof options>[0] = {}) => parseIcs(text, options(overrides));
const berlin = (...lines: string[]) => calendar('X-WR-TIMEZONE:Europe/Berlin', ...lines);

describe('UTC times in a calendar that names its zone (X-WR-TIMEZONE, Google and Apple exports)', () => {
  it('shows a single event in the calendar zone: its wall time and offset, the same instant', () => {
    const { events } = parse(berlin(...vevent('DTSTART:20270114T173000Z', 'DTEND:20270114T193000Z')), { defaultTimeZone: 'Asia/Tokyo' });
    expect(events[0]).toMatchObject({ start: '2027-01-14T18:30:00+01:00', end: '2027-01-14T20:30:00+01:00', timeZone: 'Europe/Berlin', floating: false });
    expect(Date.parse(events[0].start)).toBe(Date.parse('2027-01-14T17:30:00Z'));
  });

  it('uses the offset in force at each instant (summer time)', () => {
    const [event] = parse(berlin(...vevent('DTSTART:20270714T163000Z', 'DURATION:PT2H'))).events;
    expect([event.start, event.end]).toEqual(['2027-07-14T18:30:00+02:00', '2027-07-14T20:30:00+02:00']);
  });

  it('lets a TZID on the event win over X-WR-TIMEZONE', () => {
    const { events } = parse(
      berlin(
        ...vevent('UID:tzid', 'DTSTART;TZID=America/New_York:20270120T090000', 'DTEND;TZID=America/New_York:20270120T100000'),
        ...vevent('UID:utc-end', 'DTSTART;TZID=America/New_York:20270121T090000', 'DTEND:20270121T150000Z'),
      ),
    );
    expect(events.map((e) => [e.uid, e.start, e.end, e.timeZone])).toEqual([
      ['tzid', '2027-01-20T09:00:00-05:00', '2027-01-20T10:00:00-05:00', 'America/New_York'],
      ['utc-end', '2027-01-21T09:00:00-05:00', '2027-01-21T10:00:00-05:00', 'America/New_York'],
    ]);
  });

  it('keeps UTC when X-WR-TIMEZONE is missing, says UTC, or names no known zone', () => {
    const utc = vevent('DTSTART:20270114T173000Z');
    const none = parse(calendar(...utc), { defaultTimeZone: 'Europe/Berlin' });
    const saysUtc = parse(calendar('X-WR-TIMEZONE:Etc/UTC', ...utc));
    const unknown = parse(calendar('X-WR-TIMEZONE:Mars/Olympus', ...utc));
    for (const { events } of [none, saysUtc, unknown]) expect([events[0].start, events[0].timeZone]).toEqual(['2027-01-14T17:30:00Z', null]);
    expect(unknown.warnings.map((w) => w.message)).toContain('X-WR-TIMEZONE "Mars/Olympus" is not a known zone; ignored');
  });

  it('gives each VCALENDAR of a file its own zone', () => {
    const text = [
      calendar('X-WR-TIMEZONE:Europe/Berlin', ...vevent('UID:berlin', 'DTSTART:20270114T173000Z')),
      calendar('X-WR-TIMEZONE:America/Chicago', ...vevent('UID:chicago', 'DTSTART:20270114T173000Z')),
    ].join('');
    expect(parse(text).events.map((e) => [e.uid, e.start, e.timeZone])).toEqual([
      ['berlin', '2027-01-14T18:30:00+01:00', 'Europe/Berlin'],
      ['chicago', '2027-01-14T11:30:00-06:00', 'America/Chicago'],
    ]);
  });

  it('leaves all-day events dates', () => {
    const [event] = parse(berlin(...vevent('DTSTART;VALUE=DATE:20270114'))).events;
    expect(event).toMatchObject({ start: '2027-01-14', end: '2027-01-15', allDay: true, timeZone: null });
  });

  describe('a weekly series stored in UTC', () => {
    // 10:00 in Berlin, written as 09:00Z in winter; summer time starts on 2027-03-28.
    const weekly = (...extra: string[]) => vevent('UID:weekly', 'DTSTART:20261104T090000Z', 'DTEND:20261104T100000Z', 'RRULE:FREQ=WEEKLY', ...extra);
    const springWindow = window('2027-03-15T00:00:00Z', '2027-04-10T00:00:00Z');

    it('repeats on the calendar zone’s wall clock across the change to summer time', () => {
      const { events } = parse(berlin(...weekly()), { window: springWindow });
      expect(events.map((e) => [e.start, e.end, e.recurrenceId])).toEqual([
        ['2027-03-17T10:00:00+01:00', '2027-03-17T11:00:00+01:00', '2027-03-17T09:00:00Z'],
        ['2027-03-24T10:00:00+01:00', '2027-03-24T11:00:00+01:00', '2027-03-24T09:00:00Z'],
        ['2027-03-31T10:00:00+02:00', '2027-03-31T11:00:00+02:00', '2027-03-31T08:00:00Z'],
        ['2027-04-07T10:00:00+02:00', '2027-04-07T11:00:00+02:00', '2027-04-07T08:00:00Z'],
      ]);
      expect(events.every((e) => e.timeZone === 'Europe/Berlin' && e.recurring)).toBe(true);
    });

    it('and across the change back to winter time', () => {
      const summer = vevent('UID:summer', 'DTSTART:20270908T160000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=10');
      const { events } = parse(berlin(...summer), { window: window('2027-10-20T00:00:00Z', '2027-11-10T00:00:00Z') });
      expect(events.map((e) => e.start)).toEqual(['2027-10-20T18:00:00+02:00', '2027-10-27T18:00:00+02:00', '2027-11-03T18:00:00+01:00']);
    });

    it('applies UTC EXDATE, RECURRENCE-ID and UNTIL values as instants of those occurrences', () => {
      const { events } = parse(
        berlin(
          ...weekly('EXDATE:20270324T090000Z,20270331T080000Z'),
          ...vevent('UID:weekly', 'RECURRENCE-ID:20270407T080000Z', 'DTSTART:20270407T090000Z', 'DTEND:20270407T100000Z', 'SUMMARY:Moved'),
        ),
        { window: springWindow },
      );
      expect(events.map((e) => [e.start, e.title, e.recurrenceId])).toEqual([
        ['2027-03-17T10:00:00+01:00', 'Spec event', '2027-03-17T09:00:00Z'],
        ['2027-04-07T11:00:00+02:00', 'Moved', '2027-04-07T08:00:00Z'],
      ]);
      const until = parse(berlin(...vevent('UID:until', 'DTSTART:20261104T090000Z', 'RRULE:FREQ=WEEKLY;UNTIL=20270331T080000Z')), { window: springWindow });
      expect(until.events.map((e) => e.start).at(-1)).toBe('2027-03-31T10:00:00+02:00');
    });

    it('repeats at a fixed UTC time, shown in the calendar zone, when the file’s own UTC exceptions say its producer did', () => {
      // Data::ICal-style: the producer expanded at 09:00Z all year, so its summer EXDATE and RECURRENCE-ID say 09:00Z.
      const { events } = parse(
        berlin(
          ...weekly('EXDATE:20270331T090000Z'),
          ...vevent('UID:weekly', 'RECURRENCE-ID:20270414T090000Z', 'DTSTART:20270414T100000Z', 'DTEND:20270414T110000Z', 'SUMMARY:Moved'),
        ),
        { window: window('2027-03-15T00:00:00Z', '2027-04-20T00:00:00Z') },
      );
      expect(events.map((e) => [e.start, e.end, e.title, e.recurrenceId, e.timeZone])).toEqual([
        ['2027-03-17T10:00:00+01:00', '2027-03-17T11:00:00+01:00', 'Spec event', '2027-03-17T09:00:00Z', 'Europe/Berlin'],
        ['2027-03-24T10:00:00+01:00', '2027-03-24T11:00:00+01:00', 'Spec event', '2027-03-24T09:00:00Z', 'Europe/Berlin'],
        ['2027-04-07T11:00:00+02:00', '2027-04-07T12:00:00+02:00', 'Spec event', '2027-04-07T09:00:00Z', 'Europe/Berlin'],
        ['2027-04-14T12:00:00+02:00', '2027-04-14T13:00:00+02:00', 'Moved', '2027-04-14T09:00:00Z', 'Europe/Berlin'],
      ]);
    });

    it('repeats at the same UTC time, by RFC 5545, when the calendar names no zone', () => {
      const { events } = parse(calendar(...weekly()), { window: springWindow, defaultTimeZone: 'Europe/Berlin' });
      expect(events.map((e) => e.start)).toEqual(['2027-03-17T09:00:00Z', '2027-03-24T09:00:00Z', '2027-03-31T09:00:00Z', '2027-04-07T09:00:00Z']);
    });
  });
});
