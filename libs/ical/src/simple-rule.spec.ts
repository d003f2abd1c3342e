import ICAL from 'ical.js';
import type { LocalDateTime } from '@app/zones';
import { seededRandom as random } from '@app/testing';
import { simpleStepper } from './simple-rule';

/** What ical.js's RecurIterator returns, as wall-clock fields, up to `limit` times. */
function icalTimes(rule: ICAL.Recur, begin: LocalDateTime, isDate: boolean, limit: number): LocalDateTime[] {
  const iterator = rule.iterator(ICAL.Time.fromData({ ...begin, isDate }));
  const out: LocalDateTime[] = [];
  for (let next = iterator.next(); next && out.length < limit; next = iterator.next()) {
    out.push({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second });
  }
  return out;
}

function simpleTimes(rule: ICAL.Recur, begin: LocalDateTime, limit: number): LocalDateTime[] | null {
  const until = rule.until
    ? { year: rule.until.year, month: rule.until.month, day: rule.until.day, hour: rule.until.hour, minute: rule.until.minute, second: rule.until.second }
    : null;
  const step = simpleStepper(rule, begin, until);
  if (!step) return null;
  const out: LocalDateTime[] = [];
  for (let next = step(); next && out.length < limit; next = step()) out.push(next);
  return out;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

describe('simpleStepper', () => {
  it('returns exactly what ical.js returns for simple DAILY and WEEKLY rules (random rules, starts and limits)', () => {
    const next = random(11);
    const pick = (n: number) => Math.floor(next() * n);
    let compared = 0;
    for (let i = 0; i < 1_000; i++) {
      const isDate = next() < 0.3;
      // Starts cluster around New Year, where week numbering and day-of-year arithmetic wrap.
      const nearNewYear = next() < 0.4;
      const begin: LocalDateTime = {
        year: 1995 + pick(45),
        month: nearNewYear ? [1, 12][pick(2)] : 1 + pick(12),
        day: nearNewYear ? [1, 2, 3, 4, 28, 29, 30, 31][pick(8)] : 1 + pick(28),
        hour: isDate ? 0 : pick(24),
        minute: isDate ? 0 : pick(4) * 15,
        second: 0,
      };
      const parts = [`FREQ=${next() < 0.5 ? 'DAILY' : 'WEEKLY'}`];
      if (next() < 0.5) parts.push(`INTERVAL=${1 + pick(9)}`);
      if (next() < 0.7) parts.push(`BYDAY=${WEEKDAYS.filter(() => next() < 0.35).join(',') || WEEKDAYS[pick(7)]}`);
      if (next() < 0.5) parts.push(`WKST=${WEEKDAYS[pick(7)]}`);
      const end = next();
      if (end < 0.3) parts.push(`COUNT=${1 + pick(40)}`);
      const rule = ICAL.Recur.fromString(parts.join(';'));
      if (end > 0.7) {
        const until = {
          ...begin,
          year: begin.year + pick(2),
          month: 1 + pick(12),
          day: 1 + pick(28),
          hour: isDate ? 0 : 23,
          minute: isDate ? 0 : 59,
          second: isDate ? 0 : 59,
        };
        rule.until = ICAL.Time.fromData({ ...until, isDate });
      }
      const ours = simpleTimes(rule, begin, 60);
      if (!ours) continue;
      compared++;
      expect({ rule: parts.join(';'), begin, times: ours }).toEqual({ rule: parts.join(';'), begin, times: icalTimes(rule, begin, isDate, 60) });
    }
    // Most random rules are simple ones; the rest go to ical.js.
    expect(compared).toBeGreaterThan(600);
  });

  it('agrees with ical.js on odd INTERVAL and COUNT values', () => {
    const begin: LocalDateTime = { year: 2026, month: 3, day: 3, hour: 10, minute: 0, second: 0 }; // a Tuesday
    for (const text of ['FREQ=DAILY;INTERVAL=0', 'FREQ=WEEKLY;INTERVAL=-1', 'FREQ=DAILY;COUNT=0', 'FREQ=DAILY;COUNT=-2', 'FREQ=WEEKLY;BYDAY=TU,SA;COUNT=1']) {
      const rule = ICAL.Recur.fromString(text);
      expect({ text, times: simpleTimes(rule, begin, 30) }).toEqual({ text, times: icalTimes(rule, begin, false, 30) });
    }
  });

  it('leaves other rules to ical.js', () => {
    const begin: LocalDateTime = { year: 2026, month: 3, day: 3, hour: 10, minute: 0, second: 0 }; // a Tuesday
    for (const text of [
      'FREQ=MONTHLY',
      'FREQ=WEEKLY;BYDAY=1TU',
      'FREQ=DAILY;BYHOUR=9,10',
      'FREQ=WEEKLY;BYDAY=MO',
      'FREQ=DAILY;INTERVAL=7;BYDAY=MO',
      'FREQ=HOURLY',
    ]) {
      expect(simpleStepper(ICAL.Recur.fromString(text), begin, null)).toBeNull();
    }
  });
});
