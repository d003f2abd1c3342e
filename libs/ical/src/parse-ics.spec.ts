import { UnreadableSourceError, type NormalizedEvent } from '@app/event-model';
import { calendar, options, vevent, window } from './__fixtures__/build-ics';
import { looksLikeIcs, parseIcs } from './index';

const parse = (text: string, overrides: Parameters<typeof options>[0] = {}) => parseIcs(text, options(overrides));
const starts = (events: NormalizedEvent[]) => events.map((e) => e.start);

describe('time zones', () => {
  it('reads a time in the DST gap as the time after it (2007-03-11 02:30 New York is 03:30-04:00)', () => {
    const [event] = parse(calendar(...vevent('DTSTART;TZID=America/New_York:20070311T023000', 'DTEND;TZID=America/New_York:20070311T040000'))).events;
    expect(event.start).toBe('2007-03-11T03:30:00-04:00');
    expect(event.end).toBe('2007-03-11T04:00:00-04:00');
    expect(event.timeZone).toBe('America/New_York');
  });

  it('reads a repeated time at the DST overlap as the first one (2007-11-04 01:30 is -04:00)', () => {
    const [event] = parse(calendar(...vevent('DTSTART;TZID=America/New_York:20071104T013000'))).events;
    expect(event.start).toBe('2007-11-04T01:30:00-04:00');
  });

  it('maps Windows zone ids and Outlook display names to IANA zones', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:a', 'DTSTART;TZID=W. Europe Standard Time:20240115T090000'),
        ...vevent('UID:b', 'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20240715T090000'),
        ...vevent('UID:c', 'DTSTART;TZID="(GMT+10:00) Canberra, Melbourne, Sydney":20240115T090000'),
      ),
    );
    expect(events.map((e) => [e.start, e.timeZone])).toEqual([
      ['2024-01-15T09:00:00+01:00', 'Europe/Berlin'],
      ['2024-07-15T09:00:00-04:00', 'America/New_York'],
      ['2024-01-15T09:00:00+11:00', 'Australia/Sydney'],
    ]);
  });

  it('prefers the tz database over a VTIMEZONE that contradicts a known zone name, with a warning', () => {
    const { events, warnings } = parse(
      calendar(
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Berlin',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0500',
        'TZOFFSETTO:+0500',
        'END:STANDARD',
        'END:VTIMEZONE',
        ...vevent('DTSTART;TZID=Europe/Berlin:20240115T090000'),
      ),
    );
    expect(events[0].start).toBe('2024-01-15T09:00:00+01:00');
    expect(warnings[0].message).toContain('disagrees with the tz database');
  });

  it('uses the VTIMEZONE of a TZID no database knows, shown in the matching IANA zone', () => {
    const { events } = parse(
      calendar(
        ...vevent('DTSTART;TZID=Eastern:20240715T090000'),
        'BEGIN:VTIMEZONE',
        'TZID:Eastern',
        'BEGIN:STANDARD',
        'DTSTART:20071104T020000',
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20070311T020000',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0400',
        'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
      ),
    );
    expect(events[0].start).toBe('2024-07-15T09:00:00-04:00');
    expect(events[0].timeZone).toBe('America/New_York');
  });

  it('reads an unknown TZID without VTIMEZONE like a floating time, with a warning', () => {
    const { events, warnings } = parse(calendar(...vevent('DTSTART;TZID=Mars/Olympus:20240115T090000')), { defaultTimeZone: 'Europe/Paris' });
    expect(events[0]).toMatchObject({ start: '2024-01-15T09:00:00+01:00', timeZone: 'Europe/Paris', floating: true });
    expect(warnings[0].message).toContain('unknown time zone "Mars/Olympus"');
  });

  it('reads floating times in X-WR-TIMEZONE (not floating), else in the default zone (floating)', () => {
    const withCalendarZone = parse(calendar('X-WR-TIMEZONE:America/Chicago', ...vevent('DTSTART:20240115T090000')), { defaultTimeZone: 'Asia/Tokyo' });
    expect(withCalendarZone.events[0]).toMatchObject({ start: '2024-01-15T09:00:00-06:00', timeZone: 'America/Chicago', floating: false });
    const withDefault = parse(calendar(...vevent('DTSTART:20240115T090000')), { defaultTimeZone: 'Asia/Tokyo' });
    expect(withDefault.events[0]).toMatchObject({ start: '2024-01-15T09:00:00+09:00', timeZone: 'Asia/Tokyo', floating: true });
  });

  it('keeps UTC times in UTC with no zone', () => {
    const [event] = parse(calendar(...vevent('DTSTART;TZID=Europe/Berlin:20240115T090000Z'))).events;
    expect(event).toMatchObject({ start: '2024-01-15T09:00:00Z', timeZone: null, floating: false });
  });
});

describe('all-day events', () => {
  it('stay dates whatever the zone, end exclusive, one day when no end is given', () => {
    for (const defaultTimeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      const { events } = parse(
        calendar(
          ...vevent('UID:a', 'DTSTART;VALUE=DATE:20240301', 'DTEND;VALUE=DATE:20240303'),
          ...vevent('UID:b', 'DTSTART;TZID=US/Pacific:20240301', 'DTEND;TZID=US/Pacific:20240302'),
          ...vevent('UID:c', 'DTSTART;VALUE=DATE:20240301'),
          ...vevent('UID:d', 'DTSTART;VALUE=DATE:20240301', 'DURATION:PT86400S'),
        ),
        { defaultTimeZone },
      );
      expect(events.map((e) => [e.allDay, e.start, e.end, e.timeZone, e.floating])).toEqual([
        [true, '2024-03-01', '2024-03-03', null, false],
        [true, '2024-03-01', '2024-03-02', null, false],
        [true, '2024-03-01', '2024-03-02', null, false],
        [true, '2024-03-01', '2024-03-02', null, false],
      ]);
    }
  });

  it("turns Outlook's flagged midnight-to-midnight date-times into dates", () => {
    const [event] = parse(
      calendar(
        ...vevent(
          'DTSTART;TZID=W. Europe Standard Time:20240301T000000',
          'DTEND;TZID=W. Europe Standard Time:20240303T000000',
          'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
        ),
      ),
    ).events;
    expect(event).toMatchObject({ allDay: true, start: '2024-03-01', end: '2024-03-03', timeZone: null });
  });

  it('selects dates by the window whatever zone the window was computed in', () => {
    const text = calendar(...vevent('DTSTART;VALUE=DATE:20240301', 'RRULE:FREQ=DAILY;COUNT=10'));
    for (const offset of ['-10:00', '+00:00', '+09:00']) {
      const { events } = parse(text, { window: window(`2024-03-03T00:00:00${offset}`, `2024-03-05T00:00:00${offset}`) });
      expect(starts(events)).toEqual(['2024-03-03', '2024-03-04']);
    }
  });
});

describe('DURATION', () => {
  it('counts days nominally (same wall-clock time) and hours exactly across DST', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:days', 'DTSTART;TZID=America/New_York:20070310T120000', 'DURATION:P1D'),
        ...vevent('UID:hours', 'DTSTART;TZID=America/New_York:20070310T120000', 'DURATION:PT24H'),
        ...vevent('UID:both', 'DTSTART;TZID=America/New_York:20070310T120000', 'DURATION:P1DT1H'),
      ),
    );
    expect(events.map((e) => e.end)).toEqual(['2007-03-11T12:00:00-04:00', '2007-03-11T13:00:00-04:00', '2007-03-11T13:00:00-04:00']);
  });

  it('gives each instance of a series the nominal length (RFC 5545 §3.8.5.3)', () => {
    const { events } = parse(calendar(...vevent('DTSTART;TZID=America/New_York:20070309T120000', 'DURATION:P1D', 'RRULE:FREQ=DAILY;COUNT=3')));
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2007-03-09T12:00:00-05:00', '2007-03-10T12:00:00-05:00'],
      ['2007-03-10T12:00:00-05:00', '2007-03-11T12:00:00-04:00'],
      ['2007-03-11T12:00:00-04:00', '2007-03-12T12:00:00-04:00'],
    ]);
  });

  it('ends a date-time with no DTEND or DURATION at its start (§3.6.1), and drops an end before the start with a warning', () => {
    const { events, warnings } = parse(
      calendar(...vevent('UID:a', 'DTSTART:20240101T100000Z'), ...vevent('UID:b', 'DTSTART:20240101T100000Z', 'DTEND:20240101T090000Z')),
    );
    expect(events.map((e) => e.end)).toEqual(['2024-01-01T10:00:00Z', null]);
    expect(warnings.map((w) => w.message)).toContain('line 13: DTEND is before DTSTART; end dropped');
  });
});

describe('DTSTART alone (RFC 5545 §3.6.1)', () => {
  it('ends a DATE-TIME at its start, in its own zone, and lasts a DATE one day', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:utc', 'DTSTART:20270114T173000Z'),
        ...vevent('UID:zoned', 'DTSTART;TZID=Europe/Berlin:20270114T183000'),
        ...vevent('UID:floating', 'DTSTART:20270114T183000'),
        ...vevent('UID:date', 'DTSTART;VALUE=DATE:20270114'),
      ),
      { defaultTimeZone: 'America/Chicago' },
    );
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['utc', '2027-01-14T17:30:00Z', '2027-01-14T17:30:00Z'],
      ['zoned', '2027-01-14T18:30:00+01:00', '2027-01-14T18:30:00+01:00'],
      ['floating', '2027-01-14T18:30:00-06:00', '2027-01-14T18:30:00-06:00'],
      ['date', '2027-01-14', '2027-01-15'],
    ]);
  });

  it('ends every instance of a series at its start, an override without its own end too', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:s', 'DTSTART;TZID=Europe/Berlin:20270322T090000', 'RRULE:FREQ=DAILY;COUNT=3'),
        ...vevent('UID:s', 'RECURRENCE-ID;TZID=Europe/Berlin:20270324T090000', 'DTSTART;TZID=Europe/Berlin:20270324T110000'),
      ),
    );
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2027-03-22T09:00:00+01:00', '2027-03-22T09:00:00+01:00'],
      ['2027-03-23T09:00:00+01:00', '2027-03-23T09:00:00+01:00'],
      ['2027-03-24T11:00:00+01:00', '2027-03-24T11:00:00+01:00'],
    ]);
  });

  it('leaves the end unknown when a DTEND is there but unreadable', () => {
    const { events, warnings } = parse(calendar(...vevent('DTSTART:20270114T173000Z', 'DTEND:tomorrow')));
    expect(events[0].end).toBeNull();
    expect(warnings.map((w) => w.message)).toContain('line 8: DTEND "tomorrow" is not a date; ignored');
  });
});

describe('duplicates within a file', () => {
  it('keep the highest SEQUENCE, then the latest DTSTAMP, then the later copy', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:seq', 'SUMMARY:new', 'SEQUENCE:2', 'DTSTAMP:20240101T000000Z', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:seq', 'SUMMARY:old', 'SEQUENCE:1', 'DTSTAMP:20240301T000000Z', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:stamp', 'SUMMARY:old', 'SEQUENCE:1', 'DTSTAMP:20240101T000000Z', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:stamp', 'SUMMARY:new', 'SEQUENCE:1', 'DTSTAMP:20240102T000000Z', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:order', 'SUMMARY:old', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:order', 'SUMMARY:new', 'DTSTART:20240110T100000Z'),
      ),
    );
    expect(events.map((e) => [e.uid, e.title])).toEqual([
      ['seq', 'new'],
      ['stamp', 'new'],
      ['order', 'new'],
    ]);
    expect(events[0].sequence).toBe(2);
    expect(events[1].stampedAt).toBe('2024-01-02T00:00:00Z');
  });

  it('give UID-less events a stable synthetic UID, different per event', () => {
    const text = calendar(
      ...['BEGIN:VEVENT', 'SUMMARY:No uid', 'DTSTART:20240110T100000Z', 'END:VEVENT'],
      ...['BEGIN:VEVENT', 'SUMMARY:No uid either', 'DTSTART:20240110T100000Z', 'END:VEVENT'],
    );
    const uids = parse(text).events.map((e) => e.uid);
    expect(uids[0]).toMatch(/^topofmind-[0-9a-f]{32}$/);
    expect(uids[1]).not.toBe(uids[0]);
    expect(parse(text).events.map((e) => e.uid)).toEqual(uids);
  });
});

describe('recurrence', () => {
  const weekly = [
    'UID:w',
    'SUMMARY:Weekly',
    'DTSTART;TZID=Europe/Berlin:20240101T100000',
    'DTEND;TZID=Europe/Berlin:20240101T110000',
    'RRULE:FREQ=WEEKLY;COUNT=4',
  ];

  it('expands within the window and marks instances with their recurrenceId', () => {
    const { events } = parse(calendar(...vevent(...weekly)), { window: window('2024-01-05T00:00:00Z', '2024-01-20T00:00:00Z') });
    expect(events.map((e) => [e.recurrenceId, e.start, e.recurring])).toEqual([
      ['2024-01-08T09:00:00Z', '2024-01-08T10:00:00+01:00', true],
      ['2024-01-15T09:00:00Z', '2024-01-15T10:00:00+01:00', true],
    ]);
  });

  it('keeps single events whatever their date', () => {
    const { events } = parse(calendar(...vevent('DTSTART:19990101T100000Z')), { window: window('2024-01-01', '2024-02-01') });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ recurring: false, recurrenceId: null });
  });

  it('changes only the moved instance, which keeps its original recurrenceId', () => {
    const { events } = parse(
      calendar(
        ...vevent(...weekly),
        ...vevent(
          'UID:w',
          'SUMMARY:Moved',
          'RECURRENCE-ID;TZID=Europe/Berlin:20240108T100000',
          'DTSTART;TZID=Europe/Berlin:20240109T140000',
          'DTEND;TZID=Europe/Berlin:20240109T150000',
        ),
      ),
    );
    expect(events.map((e) => [e.recurrenceId, e.title, e.start])).toEqual([
      ['2024-01-01T09:00:00Z', 'Weekly', '2024-01-01T10:00:00+01:00'],
      ['2024-01-08T09:00:00Z', 'Moved', '2024-01-09T14:00:00+01:00'],
      ['2024-01-15T09:00:00Z', 'Weekly', '2024-01-15T10:00:00+01:00'],
      ['2024-01-22T09:00:00Z', 'Weekly', '2024-01-22T10:00:00+01:00'],
    ]);
  });

  it('cancels only the instance whose override is STATUS:CANCELLED, matched even when written in UTC', () => {
    const { events } = parse(
      calendar(...vevent(...weekly), ...vevent('UID:w', 'RECURRENCE-ID:20240115T090000Z', 'DTSTART;TZID=Europe/Berlin:20240115T100000', 'STATUS:CANCELLED')),
    );
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CONFIRMED']);
  });

  it('applies an override that comes before its master, and keeps one without a master as a single event', () => {
    const { events, warnings } = parse(
      calendar(
        ...vevent('UID:w', 'SUMMARY:Early', 'RECURRENCE-ID;TZID=Europe/Berlin:20240101T100000', 'DTSTART;TZID=Europe/Berlin:20240101T120000'),
        ...vevent(...weekly),
        ...vevent('UID:orphan', 'SUMMARY:Orphan', 'RECURRENCE-ID:20300101T090000Z', 'DTSTART:20300101T100000Z'),
      ),
      { window: window('2024-01-01', '2024-01-02') },
    );
    expect(events.map((e) => [e.uid, e.title, e.recurrenceId])).toEqual([
      ['w', 'Early', '2024-01-01T09:00:00Z'],
      ['orphan', 'Orphan', '2030-01-01T09:00:00Z'],
    ]);
    expect(warnings.some((w) => w.message.includes('series that is not in the feed'))).toBe(true);
  });

  it('includes an override moved into the window and drops one moved out of it', () => {
    const { events } = parse(
      calendar(
        ...vevent(...weekly),
        ...vevent('UID:w', 'SUMMARY:In', 'RECURRENCE-ID;TZID=Europe/Berlin:20240122T100000', 'DTSTART;TZID=Europe/Berlin:20240102T100000'),
        ...vevent('UID:w', 'SUMMARY:Out', 'RECURRENCE-ID;TZID=Europe/Berlin:20240101T100000', 'DTSTART;TZID=Europe/Berlin:20240301T100000'),
      ),
      { window: window('2024-01-01', '2024-01-05') },
    );
    expect(events.map((e) => e.title)).toEqual(['In']);
  });

  it('applies RDATE (PERIOD too), several EXDATE lines and comma lists', () => {
    const { events } = parse(
      calendar(
        ...vevent(
          'DTSTART:20240101T100000Z',
          'DTEND:20240101T110000Z',
          'RRULE:FREQ=DAILY;COUNT=6',
          'EXDATE:20240102T100000Z,20240103T100000Z',
          'EXDATE:20240105T100000Z',
          'RDATE:20240110T100000Z',
          'RDATE;VALUE=PERIOD:20240112T080000Z/20240112T120000Z',
        ),
      ),
    );
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2024-01-01T10:00:00Z', '2024-01-01T11:00:00Z'],
      ['2024-01-04T10:00:00Z', '2024-01-04T11:00:00Z'],
      ['2024-01-06T10:00:00Z', '2024-01-06T11:00:00Z'],
      ['2024-01-10T10:00:00Z', '2024-01-10T11:00:00Z'],
      ['2024-01-12T08:00:00Z', '2024-01-12T12:00:00Z'],
    ]);
  });

  it('includes the last instance when a UTC UNTIL equals it on a zoned series', () => {
    const { events } = parse(calendar(...vevent('DTSTART;TZID=Europe/Kiev:20160825T140000', 'RRULE:FREQ=DAILY;UNTIL=20160828T110000Z')));
    expect(events.map((e) => e.start.slice(0, 10))).toEqual(['2016-08-25', '2016-08-26', '2016-08-27', '2016-08-28']);
  });

  it('matches date-time overrides of an all-day series by the date written (Exchange, Google)', () => {
    const { events } = parse(
      calendar(
        ...vevent('DTSTART;VALUE=DATE:20260219', 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4'),
        ...vevent('SUMMARY:Moved', 'RECURRENCE-ID;TZID=W. Europe Standard Time:20260226T000000', 'DTSTART;VALUE=DATE:20260227'),
        ...vevent('SUMMARY:Google', 'RECURRENCE-ID:20260224T000000Z', 'DTSTART;VALUE=DATE:20260224'),
      ),
    );
    expect(events.map((e) => [e.recurrenceId, e.start, e.title])).toEqual([
      ['2026-02-19', '2026-02-19', 'Spec event'],
      ['2026-02-24', '2026-02-24', 'Google'],
      ['2026-02-26', '2026-02-27', 'Moved'],
      ['2026-03-03', '2026-03-03', 'Spec event'],
    ]);
  });

  it('reads floating EXDATE and RECURRENCE-ID values on the series wall clock', () => {
    const { events } = parse(
      calendar(
        ...vevent(...weekly, 'EXDATE:20240108T100000'),
        ...vevent('UID:w', 'SUMMARY:Later', 'RECURRENCE-ID:20240115T100000', 'DTSTART;TZID=Europe/Berlin:20240115T120000'),
      ),
      { defaultTimeZone: 'America/New_York' },
    );
    expect(events.map((e) => [e.title, e.start])).toEqual([
      ['Weekly', '2024-01-01T10:00:00+01:00'],
      ['Later', '2024-01-15T12:00:00+01:00'],
      ['Weekly', '2024-01-22T10:00:00+01:00'],
    ]);
  });

  it('starts an override without DTSTART at its RECURRENCE-ID, with the length of the series', () => {
    const { events } = parse(calendar(...vevent(...weekly), ...vevent('UID:w', 'SUMMARY:Renamed', 'RECURRENCE-ID;TZID=Europe/Berlin:20240108T100000')));
    expect(events[1]).toMatchObject({ title: 'Renamed', start: '2024-01-08T10:00:00+01:00', end: '2024-01-08T11:00:00+01:00' });
  });

  it('keeps the cap exact when EXDATEs remove instances', () => {
    const { events } = parse(calendar(...vevent('DTSTART:20240101T100000Z', 'RRULE:FREQ=DAILY', 'EXDATE:20240102T100000Z,20240103T100000Z')), {
      maxOccurrencesPerSeries: 5,
    });
    expect(events.map((e) => e.start.slice(8, 10))).toEqual(['01', '04', '05', '06', '07']);
  });

  it('keeps February 29th yearly series to leap years (RFC 5545 §3.3.10)', () => {
    const { events } = parse(calendar(...vevent('DTSTART;VALUE=DATE:20040229', 'RRULE:FREQ=YEARLY')), { window: window('2004-01-01', '2013-01-01') });
    expect(starts(events)).toEqual(['2004-02-29', '2008-02-29', '2012-02-29']);
  });

  it('gives the same instances when a long series is fast-forwarded to the window', () => {
    const rules = [
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;INTERVAL=5',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'FREQ=HOURLY;INTERVAL=7',
    ];
    for (const rule of rules) {
      const text = calendar(...vevent('DTSTART;TZID=America/New_York:20100131T083000', `RRULE:${rule}`));
      const late = parse(text, { window: window('2024-01-01', '2024-07-01') }).events;
      // COUNT disables fast-forwarding: the same rule walked from DTSTART must give the same instances.
      const walked = parse(calendar(...vevent('DTSTART;TZID=America/New_York:20100131T083000', `RRULE:${rule};COUNT=1000000`)), {
        window: window('2024-01-01', '2024-07-01'),
      }).events;
      expect(starts(late)).toEqual(starts(walked));
      expect(late.length).toBeGreaterThan(0);
    }
  });
});

describe('limits', () => {
  it('caps instances per series with a warning', () => {
    const { events, warnings } = parse(calendar(...vevent('DTSTART:20240101T100000Z', 'RRULE:FREQ=DAILY')), { maxOccurrencesPerSeries: 10 });
    expect(events).toHaveLength(10);
    expect(events[9].start).toBe('2024-01-10T10:00:00Z');
    expect(warnings.some((w) => w.message.includes('more than 10 occurrences'))).toBe(true);
  });

  it.each([
    ['FREQ=SECONDLY', 86_400],
    ['FREQ=MINUTELY;INTERVAL=5', 288],
    ['FREQ=HOURLY', 24],
  ])('keeps at most 24 occurrences a day of a sub-daily rule (%s), moving on to the next day, with a warning', (rule) => {
    const { events, warnings } = parse(calendar(...vevent('DTSTART:20261210T000000Z', `RRULE:${rule}`)), { window: window('2026-12-01', '2026-12-14') });
    const perDay = new Map<string, number>();
    for (const e of events) perDay.set(e.start.slice(0, 10), (perDay.get(e.start.slice(0, 10)) ?? 0) + 1);
    expect([...perDay.keys()]).toEqual(['2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect([...perDay.values()].every((n) => n === 24)).toBe(true);
    expect(events[24].start).toBe('2026-12-11T00:00:00Z');
    const capWarnings = warnings.filter((w) => w.message.includes('more than 24 occurrences on some days'));
    expect(capWarnings.length).toBe(rule === 'FREQ=HOURLY' ? 0 : 1);
  });

  it('stops a COUNT rule at its first overfull day, with a warning (COUNT rules cannot jump ahead)', () => {
    const { events, warnings } = parse(calendar(...vevent('DTSTART:20261210T000000Z', 'RRULE:FREQ=MINUTELY;COUNT=5000')));
    expect(events).toHaveLength(24);
    expect(warnings.some((w) => w.message.includes('RRULE with COUNT has more than 24 occurrences a day'))).toBe(true);
  });

  it('caps explicit RDATEs per day as well', () => {
    const rdates = Array.from({ length: 40 }, (_, i) => `20261210T${String(Math.floor(i / 2)).padStart(2, '0')}${i % 2 ? '30' : '00'}00Z`).join(',');
    const { events, warnings } = parse(calendar(...vevent('DTSTART:20261210T000000Z', `RDATE:${rdates}`)));
    expect(events).toHaveLength(24);
    expect(warnings.some((w) => w.message.includes('only the first 24 of each day'))).toBe(true);
  });

  it('reads 200 FREQ=SECONDLY series (a 26 KB expansion bomb) within the per-day and per-source caps', () => {
    const bomb = calendar(
      ...Array.from({ length: 200 }, (_, i) => vevent(`UID:bomb-${i}`, 'DTSTART:20261210T000000Z', 'RRULE:FREQ=SECONDLY', `SUMMARY:Bomb ${i}`)).flat(),
    );
    const { events, capped, warnings } = parse(bomb, { window: window('2026-11-01', '2027-12-01') });
    expect(events.length).toBeLessThanOrEqual(50_000);
    expect(capped).toBe(true);
    // Hundreds of warnings of three kinds read as a few lines, and the source's cap is among them.
    expect(warnings.length).toBeLessThan(15);
    expect(warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the feed has more than 50000 events/),
        expect.stringMatching(/^\d+ more warnings like "line \d+: the series has more than 24 occurrences on some days/),
      ]),
    );
    const perSeriesDay = new Map<string, number>();
    for (const e of events) {
      const key = `${e.uid} ${e.start.slice(0, 10)}`;
      perSeriesDay.set(key, (perSeriesDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perSeriesDay.values())).toBe(24);
  });

  it('caps events per source with a warning', () => {
    const many = Array.from({ length: 30 }, (_, i) => vevent(`UID:e${i}`, `DTSTART:202401${String(i + 1).padStart(2, '0')}T100000Z`)).flat();
    const { events, warnings } = parse(calendar(...many), { maxEventsPerSource: 12 });
    expect(events).toHaveLength(12);
    expect(warnings.some((w) => w.message.includes('more than 12 events'))).toBe(true);
  });

  it.each([
    ['FREQ=SECONDLY', 'DTSTART:20200101T000000Z'],
    ['FREQ=SECONDLY;COUNT=100000000', 'DTSTART:20200101T000000Z'],
    ['FREQ=SECONDLY;BYMONTH=3', 'DTSTART:20200101T000000Z'],
    ['FREQ=MINUTELY;BYHOUR=3', 'DTSTART:20200101T000000Z'],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'DTSTART:20200101T000000Z'],
    ['FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31', 'DTSTART:20200101T000000Z'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'DTSTART:20200101T000000Z'],
  ])('bounds the work of an expansion bomb (%s)', (rule, start) => {
    const began = performance.now();
    const { events } = parse(calendar(...vevent(start, `RRULE:${rule}`)), { window: window('2020-01-01', '2030-01-01') });
    // A hang detector; the work bound is the count below.
    expect(performance.now() - began).toBeLessThan(10_000);
    expect(events.length).toBeLessThanOrEqual(1_000);
  });

  it('keeps DTSTART and warns, with the line, when ical.js rejects a rule', () => {
    const { events, warnings } = parse(calendar(...vevent('DTSTART:20240101T100000Z', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=3')));
    expect(events).toHaveLength(1);
    expect(warnings).toContainEqual(expect.objectContaining({ line: 8, message: expect.stringContaining('could not be expanded') }));
  });
});

describe('iTIP methods', () => {
  it('turns METHOD:CANCEL into cancellations, per instance too, and applies them to older copies in the file', () => {
    const text = [
      calendar('METHOD:REQUEST', ...vevent('UID:m', 'SEQUENCE:1', 'DTSTART:20240101T100000Z', 'RRULE:FREQ=DAILY;COUNT=3')),
      calendar('METHOD:CANCEL', ...vevent('UID:m', 'SEQUENCE:2', 'RECURRENCE-ID:20240102T100000Z', 'STATUS:CANCELLED')),
      calendar('METHOD:CANCEL', ...vevent('UID:gone', 'SEQUENCE:0', 'STATUS:CANCELLED')),
    ].join('');
    const { events, cancellations } = parse(text);
    expect(cancellations).toEqual([
      { uid: 'm', recurrenceId: '2024-01-02T10:00:00Z', sequence: 2 },
      { uid: 'gone', recurrenceId: null, sequence: 0 },
    ]);
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
  });

  it('reads a CANCEL for an event it does not hold as that event, cancelled, and marks the file a message rather than a listing', () => {
    const text = [
      calendar(
        'METHOD:CANCEL',
        ...vevent('UID:review@corp', 'SEQUENCE:1', 'DTSTART:20270105T140000Z', 'DTEND:20270105T150000Z', 'SUMMARY:Canceled: Design review', 'STATUS:CANCELLED'),
      ),
      calendar('METHOD:CANCEL', ...vevent('UID:standup@corp', 'SEQUENCE:2', 'RECURRENCE-ID:20270106T090000Z', 'SUMMARY:Abgesagt: Standup')),
      calendar('METHOD:CANCEL', ...vevent('UID:bare@corp', 'SEQUENCE:0')),
    ].join('');
    const { events, cancellations, partial } = parse(text);
    expect(events.map((e) => [e.uid, e.recurrenceId, e.title, e.start, e.status, e.recurring])).toEqual([
      ['review@corp', null, 'Design review', '2027-01-05T14:00:00Z', 'CANCELLED', false],
      ['standup@corp', '2027-01-06T09:00:00Z', 'Standup', '2027-01-06T09:00:00Z', 'CANCELLED', true],
    ]);
    expect(cancellations.map((c) => [c.uid, c.recurrenceId])).toEqual([
      ['review@corp', null],
      ['standup@corp', '2027-01-06T09:00:00Z'],
      ['bare@corp', null],
    ]);
    expect(partial).toBe(true);
    expect(parse(calendar(...vevent('DTSTART:20270105T140000Z'))).partial).toBeUndefined();
  });

  it('keeps no events from REPLY or COUNTER messages', () => {
    const text = [
      calendar('METHOD:REPLY', ...vevent('UID:r', 'DTSTART:20240101T100000Z')),
      calendar('METHOD:COUNTER', ...vevent('UID:c', 'DTSTART:20240101T100000Z')),
    ].join('');
    const { events, warnings } = parse(text);
    expect(events).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('METHOD:REPLY'), expect.stringContaining('METHOD:COUNTER')]);
  });
});

describe('robustness', () => {
  it('skips a malformed component with its line number and keeps the rest', () => {
    const { events, warnings } = parse(
      calendar(
        ...vevent('UID:ok1', 'DTSTART:20240101T100000Z'),
        ...vevent('UID:bad', 'DTSTART:tomorrow'),
        ...vevent('UID:nostart'),
        ...vevent('UID:ok2', 'DTSTART:20240102T100000Z'),
      ),
    );
    expect(events.map((e) => e.uid)).toEqual(['ok1', 'ok2']);
    expect(warnings).toEqual([
      { line: 9, uid: 'bad', message: 'VEVENT at line 9 skipped: DTSTART "tomorrow" is not a date' },
      { line: 14, uid: 'nostart', message: 'VEVENT at line 14 skipped: no DTSTART' },
    ]);
  });

  it('reads quirky but readable input: leading blank lines, no VERSION, unknown components, trailing spaces', () => {
    const text =
      '\r\n\r\nBEGIN:VCALENDAR\r\nBEGIN:X-THING\r\nFOO:bar\r\nEND:X-THING\r\nBEGIN:VEVENT  \r\nUID:a \r\nSUMMARY:Trailing   \r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR';
    const { events } = parse(text);
    expect(events.map((e) => [e.uid, e.title])).toEqual([['a', 'Trailing']]);
  });

  it.each([
    ['', 'empty'],
    ['<!DOCTYPE html><html><body>Events</body></html>', 'web page'],
    ['{"events": []}', 'JSON'],
    ['\u0000\u0001\u0002binary', 'binary'],
    ['just some text', 'no BEGIN:VCALENDAR'],
  ])('throws UnreadableSourceError for input that is not a calendar (%#: %s)', (text, words) => {
    expect(() => parse(text)).toThrow(UnreadableSourceError);
    expect(() => parse(text)).toThrow(new RegExp(words.split(' ')[0], 'i'));
  });

  it('sniffs iCalendar text for AUTO detection', () => {
    expect(looksLikeIcs('\uFEFFBEGIN:VCALENDAR\r\n')).toBe(true);
    expect(looksLikeIcs('\n\nbegin:vevent\n')).toBe(true);
    expect(looksLikeIcs('Notice: x\nBEGIN:VCALENDAR\n')).toBe(true);
    expect(looksLikeIcs('<html><pre>\nBEGIN:VCALENDAR\n</pre>')).toBe(false);
    expect(looksLikeIcs('{"a":1}')).toBe(false);
  });
});

describe('fields', () => {
  it('reads title, description, location, URL, organizer, categories and status', () => {
    const [event] = parse(
      calendar(
        ...vevent(
          'SUMMARY:  AT&amp;T   meetup\\, Berlin  ',
          'DESCRIPTION:Line one\\nLine <b>two</b>',
          'LOCATION:Hall 1\\nMain St. 5',
          'URL:https://example.org/e/1',
          'ORGANIZER;CN="Doe, Jane":MAILTO:Jane.Doe@Example.org',
          'CATEGORIES:Tech,Networking',
          'CATEGORIES:tech, Jobs',
          'STATUS:TENTATIVE',
          'SEQUENCE:4',
          'DTSTAMP:20240101T120000',
          'DTSTART:20240110T100000Z',
        ),
      ),
      { defaultTimeZone: 'Europe/Berlin' },
    ).events;
    expect(event).toMatchObject({
      title: 'AT&T meetup, Berlin',
      description: 'Line one\nLine two',
      location: 'Hall 1, Main St. 5',
      url: 'https://example.org/e/1',
      organizer: { name: 'Doe, Jane', email: 'Jane.Doe@Example.org' },
      categories: ['Tech', 'Networking', 'Jobs'],
      status: 'TENTATIVE',
      sequence: 4,
      stampedAt: '2024-01-01T11:00:00Z',
      venue: null,
      people: [],
    });
  });

  it('titles an event without SUMMARY "(untitled)" with a warning', () => {
    const { events, warnings } = parse(calendar('BEGIN:VEVENT', 'UID:x', 'DTSTART:20240110T100000Z', 'END:VEVENT'));
    expect(events[0].title).toBe('(untitled)');
    expect(warnings[0].message).toContain('no SUMMARY');
  });

  it('uses X-ALT-DESC only when DESCRIPTION is empty', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:a', 'DESCRIPTION:\\n', 'X-ALT-DESC;FMTTYPE=text/html:<p>Hello <i>there</i></p>', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:b', 'DESCRIPTION:Plain', 'X-ALT-DESC;FMTTYPE=text/html:<p>Rich</p>', 'DTSTART:20240110T100000Z'),
      ),
    );
    expect(events.map((e) => e.description)).toEqual(['Hello there', 'Plain']);
  });

  it('finds the online meeting link in conference properties, LOCATION, URL, then DESCRIPTION; http(s) only', () => {
    const { events } = parse(
      calendar(
        ...vevent('UID:google', 'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij', 'LOCATION:https://zoom.us/j/1', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:teams', 'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/1', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:location', 'LOCATION:https://bluejeans.com/7999979999', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:url', 'URL:https://zoom.us/j/42', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:description', 'DESCRIPTION:Join: https://meet.jit.si/room. See you', 'DTSTART:20240110T100000Z'),
        ...vevent('UID:script', 'X-GOOGLE-CONFERENCE:javascript:alert(1)', 'URL:javascript:alert(1)', 'DTSTART:20240110T100000Z'),
      ),
    );
    expect(events.map((e) => [e.uid, e.onlineUrl, e.location])).toEqual([
      ['google', 'https://meet.google.com/abc-defg-hij', null],
      ['teams', 'https://teams.microsoft.com/l/meetup-join/1', null],
      ['location', 'https://bluejeans.com/7999979999', null],
      ['url', 'https://zoom.us/j/42', null],
      ['description', 'https://meet.jit.si/room', null],
      ['script', null, null],
    ]);
    expect(events[5].url).toBeNull();
  });

  it('lists RFC 9073 speakers as people, never attendees', () => {
    const [event] = parse(
      calendar(
        ...vevent(
          'ATTENDEE;CN=Invitee:mailto:invitee@example.org',
          'DTSTART:20240110T100000Z',
          'BEGIN:PARTICIPANT',
          'UID:p1',
          'PARTICIPANT-TYPE:SPEAKER',
          'SUMMARY:Ada Lovelace',
          'CALENDAR-ADDRESS:mailto:ada@example.org',
          'END:PARTICIPANT',
          'BEGIN:PARTICIPANT',
          'UID:p2',
          'PARTICIPANT-TYPE:CONTACT',
          'SUMMARY:Front desk',
          'END:PARTICIPANT',
        ),
      ),
    ).events;
    expect(event.people).toEqual([{ name: 'Ada Lovelace', role: 'SPEAKER', affiliation: null, email: 'ada@example.org', url: null }]);
  });

  it("reads Apple's structured location as the venue", () => {
    const [event] = parse(
      calendar(
        ...vevent(
          'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="1 Infinite Loop\\nCupertino";X-TITLE=Apple Park:geo:37.33,-122.03',
          'DTSTART:20240110T100000Z',
        ),
      ),
    ).events;
    expect(event.venue).toEqual({ name: 'Apple Park', address: '1 Infinite Loop, Cupertino' });
    expect(event.location).toBe('Apple Park, 1 Infinite Loop, Cupertino');
  });
});

describe('capped results', () => {
  it('says when a cap cut the feed short, so missing events are not taken as removed', () => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0'];
    for (let i = 0; i < 5; i++)
      lines.push('BEGIN:VEVENT', `UID:e${i}`, 'DTSTAMP:20260101T000000Z', `DTSTART:2026060${i + 1}T100000Z`, 'SUMMARY:x', 'END:VEVENT');
    lines.push('END:VCALENDAR');
    const options = { defaultTimeZone: 'UTC', window: { from: new Date('2026-01-01'), to: new Date('2027-01-01') }, maxOccurrencesPerSeries: 100 };
    expect(parseIcs(lines.join('\r\n'), { ...options, maxEventsPerSource: 3 }).capped).toBe(true);
    expect(parseIcs(lines.join('\r\n'), { ...options, maxEventsPerSource: 10 }).capped).toBe(false);
  });
});
