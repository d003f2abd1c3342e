import { calendar, options, vevent } from './__fixtures__/build-ics';
import { parseIcs } from './index';

/**
 * Rules that can never give an occurrence after DTSTART. ical.js searches for
 * the next one without a limit of its own; each of these once kept a worker
 * busy for ever. DTSTART stays the first instance (RFC 5545 §3.8.5.3).
 */

const TUESDAY = 'DTSTART:20260106T100000Z';

function expand(rrule: string, dtstart = TUESDAY) {
  const { events, warnings } = parseIcs(
    calendar(...vevent('UID:never@spec', dtstart, `RRULE:${rrule}`), ...vevent('UID:weekly@spec', TUESDAY, 'RRULE:FREQ=WEEKLY;COUNT=3')),
    options(),
  );
  return {
    starts: events.filter((event) => event.uid === 'never@spec').map((event) => event.start),
    others: events.filter((event) => event.uid === 'weekly@spec').map((event) => event.start),
    warnings: warnings.filter((warning) => warning.uid === 'never@spec').map((warning) => warning.message),
  };
}

const weeklyThrice = ['2026-01-06T10:00:00Z', '2026-01-13T10:00:00Z', '2026-01-20T10:00:00Z'];

describe('rules that never match again', () => {
  it('keeps DTSTART of FREQ=DAILY;INTERVAL=7;BYDAY=MO from a Tuesday, refuses the rule, and reads the rest of the feed', () => {
    const { starts, others, warnings } = expand('FREQ=DAILY;INTERVAL=7;BYDAY=MO');
    expect(starts).toEqual(['2026-01-06T10:00:00Z']);
    expect(warnings).toEqual([
      'line 8: RRULE "FREQ=DAILY;INTERVAL=7;BYDAY=MO" not expanded: it can never produce a date (every step falls on TU, a weekday its BYDAY does not list)',
    ]);
    expect(others).toEqual(weeklyThrice);
  });

  it.each([
    'FREQ=DAILY;INTERVAL=14;BYDAY=MO,WE',
    'FREQ=DAILY;INTERVAL=7;BYDAY=MO;COUNT=5',
    'FREQ=DAILY;INTERVAL=7;BYDAY=MO;UNTIL=20300101T000000Z',
    'FREQ=DAILY;INTERVAL=7;BYDAY=MO;BYHOUR=9,10',
    'FREQ=DAILY;INTERVAL=7;BYDAY=MO;BYMONTH=3',
    'FREQ=DAILY;INTERVAL=7;BYDAY=MO;BYSETPOS=1',
    'FREQ=HOURLY;INTERVAL=168;BYDAY=MO',
    'FREQ=MINUTELY;INTERVAL=10080;BYDAY=MO',
    'FREQ=SECONDLY;INTERVAL=604800;BYDAY=MO',
  ])('refuses %s, whose every step falls on a Tuesday', (rrule) => {
    const { starts, others, warnings } = expand(rrule);
    expect(starts).toEqual(['2026-01-06T10:00:00Z']);
    expect(warnings).toEqual([expect.stringContaining('every step falls on TU, a weekday its BYDAY does not list')]);
    expect(others).toEqual(weeklyThrice);
  });

  it('refuses such a rule on an all-day series too', () => {
    const { starts, warnings } = expand('FREQ=DAILY;INTERVAL=7;BYDAY=SA,SU', 'DTSTART;VALUE=DATE:20260106');
    expect(starts).toEqual(['2026-01-06']);
    expect(warnings).toEqual([expect.stringContaining('every step falls on TU')]);
  });

  it.each(['FREQ=WEEKLY;INTERVAL=2;BYMONTHDAY=31;BYMONTH=2', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4'])(
    'refuses %s, whose BY-parts contradict each other',
    (rrule) => {
      const { starts, warnings } = expand(rrule);
      expect(starts).toEqual(['2026-01-06T10:00:00Z']);
      expect(warnings).toEqual([expect.stringContaining('it can never produce a date (its BY-parts contradict each other)')]);
    },
  );

  it.each(['FREQ=WEEKLY;BYDAY=TU;BYWEEKNO=2', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYWEEKNO=2'])(
    'stops %s, on which ical.js stops moving forward, with a warning',
    (rrule) => {
      const { starts, others, warnings } = expand(rrule);
      expect(starts).toEqual(['2026-01-06T10:00:00Z']);
      expect(warnings).toEqual([`line 8: RRULE "${rrule}" stopped: ical.js made no progress in 1000 steps; later occurrences are not expanded`]);
      expect(others).toEqual(weeklyThrice);
    },
  );

  it('ends, without a warning, a rule whose next candidate lies past the window (every 146,097 days is the same date)', () => {
    const { starts, warnings } = expand('FREQ=DAILY;INTERVAL=146097;BYMONTH=2');
    expect(starts).toEqual(['2026-01-06T10:00:00Z']);
    expect(warnings).toEqual([]);
  });

  it.each(['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', 'FREQ=YEARLY;BYWEEKNO=53', 'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29'])(
    'ends %s, which ical.js gives up on itself, with DTSTART alone',
    (rrule) => {
      expect(expand(rrule).starts).toEqual(['2026-01-06T10:00:00Z']);
    },
  );

  it('reads a feed of many never-matching series promptly', () => {
    const lines = Array.from({ length: 50 }, (_, i) => [
      ...vevent(`UID:stuck-${i}`, TUESDAY, 'RRULE:FREQ=WEEKLY;BYDAY=TU;BYWEEKNO=2'),
      ...vevent(`UID:never-${i}`, TUESDAY, 'RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO'),
    ]).flat();
    const started = performance.now();
    const { events } = parseIcs(calendar(...lines), options());
    expect(events).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
