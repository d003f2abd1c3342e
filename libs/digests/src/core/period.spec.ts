import { currentPeriod, isDue, parseLocalTime } from './period';
import type { DigestPeriod, DigestSchedule } from './types';

const BERLIN = 'Europe/Berlin';
const LA = 'America/Los_Angeles';
const KIRITIMATI = 'Pacific/Kiritimati'; // UTC+14
const at = (iso: string) => new Date(iso);

const daily = (localTime = '08:00'): DigestSchedule => ({ frequency: 'DAILY', weekday: 'MONDAY', localTime });
const weekly = (weekday: DigestSchedule['weekday'] = 'MONDAY', localTime = '08:00'): DigestSchedule => ({ frequency: 'WEEKLY', weekday, localTime });

function period(now: string, zone: string, schedule: DigestSchedule): DigestPeriod {
  const p = currentPeriod(at(now), zone, schedule);
  if (!p) throw new Error('expected a period');
  return p;
}

/** The local date of an instant as Intl prints it: an oracle independent of @app/zones. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function intlDate(instant: Date, zone: string): string {
  let format = formatters.get(zone);
  if (!format) formatters.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(instant);
}

/** The Monday of the ISO week holding a "YYYY-MM-DD" date. */
function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

describe('parseLocalTime', () => {
  it('reads "HH:MM" from 00:00 to 23:59', () => {
    expect(parseLocalTime('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseLocalTime('08:05')).toEqual({ hour: 8, minute: 5 });
    expect(parseLocalTime('23:59')).toEqual({ hour: 23, minute: 59 });
  });

  it.each(['24:00', '9:00', '08:60', '0800', ' 08:00', '08:00 ', '08:00\n', '08:00:00', '8:5', '', '٠٨:٠٠', '-1:00', '+8:00'])('refuses %j', (text) => {
    expect(parseLocalTime(text)).toBeNull();
  });
});

describe('currentPeriod', () => {
  it('is null when digests are off', () => {
    expect(currentPeriod(at('2026-12-09T12:00:00Z'), BERLIN, { frequency: 'OFF', weekday: 'MONDAY', localTime: '08:00' })).toBeNull();
  });

  it('DAILY: the local date of now, from local midnight, due at the local time', () => {
    // 23:30 on Wednesday 9 Dec in Berlin (UTC+1).
    expect(period('2026-12-09T22:30:00Z', BERLIN, daily('08:00'))).toEqual({
      key: 'DAILY:2026-12-09',
      frequency: 'DAILY',
      start: at('2026-12-08T23:00:00Z'),
      sendAt: at('2026-12-09T07:00:00Z'),
    });
    // An hour later it is Thursday in Berlin, though still Wednesday in UTC.
    expect(period('2026-12-09T23:30:00Z', BERLIN, daily('08:00')).key).toBe('DAILY:2026-12-10');
  });

  it('WEEKLY: the local Monday-to-Sunday week, due on the weekday at the local time', () => {
    expect(period('2026-12-09T12:00:00Z', BERLIN, weekly('FRIDAY', '17:45'))).toEqual({
      key: 'WEEKLY:2026-12-07',
      frequency: 'WEEKLY',
      start: at('2026-12-06T23:00:00Z'),
      sendAt: at('2026-12-11T16:45:00Z'),
    });
  });

  it('ends the week on Sunday night and starts the next on Monday at local midnight', () => {
    expect(period('2026-12-13T22:59:59Z', BERLIN, weekly()).key).toBe('WEEKLY:2026-12-07'); // Sun 23:59:59
    const monday = period('2026-12-13T23:00:00Z', BERLIN, weekly()); // Mon 00:00
    expect(monday.key).toBe('WEEKLY:2026-12-14');
    expect(monday.start).toEqual(at('2026-12-13T23:00:00Z'));
    // A weekly digest on Sunday belongs to the week that ends that day.
    expect(period('2026-12-13T22:59:59Z', BERLIN, weekly('SUNDAY', '20:00')).sendAt).toEqual(at('2026-12-13T19:00:00Z'));
  });

  it('reads the week in the user zone: Sunday night in Los Angeles is Monday in Berlin', () => {
    const now = '2026-12-14T07:30:00Z'; // Sun 13 Dec 23:30 in LA, Mon 14 Dec 08:30 in Berlin
    expect(period(now, LA, weekly()).key).toBe('WEEKLY:2026-12-07');
    expect(period(now, LA, weekly()).sendAt).toEqual(at('2026-12-07T16:00:00Z'));
    expect(period(now, BERLIN, weekly()).key).toBe('WEEKLY:2026-12-14');
    expect(period(now, LA, daily()).key).toBe('DAILY:2026-12-13');
  });

  it('works at UTC+14: Monday in Kiritimati while UTC is still on Sunday', () => {
    const p = period('2026-12-13T10:30:00Z', KIRITIMATI, weekly('MONDAY', '07:00')); // Mon 14 Dec 00:30 there
    expect(p).toEqual({ key: 'WEEKLY:2026-12-14', frequency: 'WEEKLY', start: at('2026-12-13T10:00:00Z'), sendAt: at('2026-12-13T17:00:00Z') });
    expect(period('2026-12-13T09:59:59Z', KIRITIMATI, weekly()).key).toBe('WEEKLY:2026-12-07');
  });

  it('keys a period by local dates only: a zone change keeps the key of the same local day and week', () => {
    // Wednesday 9 Dec at 10:00, first in Berlin, then (the user moved) in Los Angeles and Kiritimati: different instants, same local date.
    const instants = [
      ['2026-12-09T09:00:00Z', BERLIN],
      ['2026-12-09T18:00:00Z', LA],
      ['2026-12-08T20:00:00Z', KIRITIMATI],
    ] as const;
    for (const schedule of [weekly('THURSDAY', '09:00'), daily('21:00')]) {
      const keys = new Set(instants.map(([now, zone]) => period(now, zone, schedule).key));
      expect([...keys]).toEqual([schedule.frequency === 'WEEKLY' ? 'WEEKLY:2026-12-07' : 'DAILY:2026-12-09']);
    }
    // Nor does the send time take part in the key.
    expect(period('2026-12-09T09:00:00Z', BERLIN, weekly('SUNDAY', '23:59')).key).toBe('WEEKLY:2026-12-07');
  });

  it('names every instant by its local date and that date’s Monday, in zones from UTC-11 to UTC+14', () => {
    const zones = ['Pacific/Pago_Pago', LA, 'America/Santiago', 'UTC', BERLIN, 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', KIRITIMATI];
    const wrong: string[] = [];
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 19 * 3600_000 + 13 * 60_000) {
      const now = new Date(ms);
      for (const zone of zones) {
        const date = intlDate(now, zone);
        const w = period(now.toISOString(), zone, weekly('WEDNESDAY', '12:00'));
        const d = period(now.toISOString(), zone, daily('12:00'));
        const ok =
          w.key === `WEEKLY:${mondayOf(date)}` &&
          w.start.getTime() <= ms &&
          intlDate(w.start, zone) === mondayOf(date) &&
          d.key === `DAILY:${date}` &&
          d.start.getTime() <= ms &&
          intlDate(d.sendAt, zone) === date;
        if (!ok) wrong.push(`${now.toISOString()} ${zone}: ${w.key} ${d.key}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('DST', () => {
    it('Berlin, spring forward on Sunday 2026-03-29: a send time in the gap is read with the winter offset', () => {
      // 02:30 does not exist that night; read as 02:30 CET it is 01:30 UTC, which the clocks show as 03:30 CEST.
      const p = period('2026-03-25T12:00:00Z', BERLIN, weekly('SUNDAY', '02:30'));
      expect(p).toEqual({ key: 'WEEKLY:2026-03-23', frequency: 'WEEKLY', start: at('2026-03-22T23:00:00Z'), sendAt: at('2026-03-29T01:30:00Z') });
      // The rest of the day is on summer time, and the next week starts at midnight CEST (22:00 UTC).
      expect(period('2026-03-29T12:00:00Z', BERLIN, daily('08:00')).sendAt).toEqual(at('2026-03-29T06:00:00Z'));
      expect(period('2026-03-29T21:59:59Z', BERLIN, weekly()).key).toBe('WEEKLY:2026-03-23');
      const next = period('2026-03-29T22:00:00Z', BERLIN, weekly());
      expect(next.key).toBe('WEEKLY:2026-03-30');
      expect(next.start).toEqual(at('2026-03-29T22:00:00Z'));
      expect(next.sendAt).toEqual(at('2026-03-30T06:00:00Z'));
    });

    it('Los Angeles, fall back on Sunday 2026-11-01: a repeated send time is its first occurrence, and the 25-hour day is one period', () => {
      const p = period('2026-11-01T12:00:00Z', LA, daily('01:30'));
      expect(p).toEqual({ key: 'DAILY:2026-11-01', frequency: 'DAILY', start: at('2026-11-01T07:00:00Z'), sendAt: at('2026-11-01T08:30:00Z') });
      // 01:30 again, now on standard time: same day, same key, already due.
      const again = period('2026-11-01T09:30:00Z', LA, daily('01:30'));
      expect(again.key).toBe('DAILY:2026-11-01');
      expect(isDue(at('2026-11-01T09:30:00Z'), again)).toBe(true);
      // Monday starts at midnight PST (08:00 UTC), 25 hours after Sunday began.
      expect(period('2026-11-02T07:59:59Z', LA, weekly()).key).toBe('WEEKLY:2026-10-26');
      const monday = period('2026-11-02T08:00:00Z', LA, weekly('SUNDAY', '01:30'));
      expect(monday).toEqual({ key: 'WEEKLY:2026-11-02', frequency: 'WEEKLY', start: at('2026-11-02T08:00:00Z'), sendAt: at('2026-11-08T09:30:00Z') });
    });

    it('Santiago, where midnight is skipped: the day starts when the clocks jump to 01:00', () => {
      const p = period('2026-09-06T12:00:00Z', 'America/Santiago', daily('00:30'));
      expect(p.key).toBe('DAILY:2026-09-06');
      expect(p.start).toEqual(at('2026-09-06T04:00:00Z'));
      expect(p.sendAt).toEqual(at('2026-09-06T04:30:00Z')); // 00:30 -04 does not exist either: 01:30 -03
    });
  });

  it('refuses a malformed send time or weekday instead of guessing', () => {
    expect(() => currentPeriod(at('2026-12-09T12:00:00Z'), BERLIN, daily('8:00'))).toThrow(RangeError);
    expect(() => currentPeriod(at('2026-12-09T12:00:00Z'), BERLIN, weekly('FUNDAY' as never))).toThrow(RangeError);
  });
});

describe('isDue', () => {
  it('is due from sendAt on, not a millisecond before', () => {
    const p = period('2026-12-09T05:00:00Z', BERLIN, daily('08:00'));
    expect(isDue(at('2026-12-09T06:59:59.999Z'), p)).toBe(false);
    expect(isDue(at('2026-12-09T07:00:00Z'), p)).toBe(true);
    expect(isDue(at('2026-12-09T22:59:59Z'), p)).toBe(true);
  });
});
