import { wallMs as localWallMs, type LocalDateTime } from '@app/zones';

/**
 * A date or date-time as written by a page, before any zone is applied.
 * Hand-written because the libraries (Date.parse, date-fns parseISO) turn
 * the text into an instant at once and so lose what matters here: whether
 * an offset was written at all (floating time) and which one.
 */
export interface WrittenDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  /** null for a date-only value. */
  time: { hour: number; minute: number; second: number } | null;
  /** Minutes east of UTC when the text carries an offset or "Z", else null (floating). */
  offsetMinutes: number | null;
}

// Extended ISO 8601 as pages write it: also unpadded months and days
// ("2019-9-13T10:00", EventON), a space instead of "T", fractional seconds,
// and offsets as "Z", "+01:00", "+0100" or "+01".
const EXTENDED = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// Basic format as classic hCalendar writes it: "19970324T123000Z".
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d{1,9})?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MAX_LENGTH = 64;

export function parseWrittenDateTime(text: string | null | undefined): WrittenDateTime | null {
  if (!text) return null;
  const value = text.trim();
  if (value.length === 0 || value.length > MAX_LENGTH) return null;
  const m = EXTENDED.exec(value) ?? BASIC.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { year, month, day, time: null, offsetMinutes: null };
  const time = { hour: Number(m[4]), minute: Number(m[5]), second: m[6] ? Number(m[6]) : 0 };
  if (time.hour > 23 || time.minute > 59 || time.second > 60) return null;
  time.second = Math.min(time.second, 59); // a leap second is read as :59
  const offsetMinutes = m[7] === undefined ? null : parseOffset(m[7]);
  if (offsetMinutes === undefined) return null;
  return { year, month, day, time, offsetMinutes };
}

function parseOffset(text: string): number | null | undefined {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return (text[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toLocal(value: WrittenDateTime): LocalDateTime {
  const t = value.time ?? { hour: 0, minute: 0, second: 0 };
  return { year: value.year, month: value.month, day: value.day, hour: t.hour, minute: t.minute, second: t.second };
}

/** The wall clock as if it were UTC, in ms: for comparing and shifting wall-clock times. */
export function wallMs(value: WrittenDateTime): number {
  return localWallMs(toLocal(value));
}

/**
 * ISO 8601 durations as schema.org `duration` uses them ("PT2H", "P1DT30M"),
 * in ms; null when unreadable. Years and months are refused: their length
 * depends on the calendar and no event page needs them.
 */
export function parseDuration(text: string | null | undefined): number | null {
  if (!text || text.length > MAX_LENGTH) return null;
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim())) return null;
  const [w, d, h, min, s] = m.slice(1).map((v) => (v ? Number(v) : 0));
  const ms = ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000;
  return ms > 0 ? ms : null;
}
