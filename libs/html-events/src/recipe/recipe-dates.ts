import { UTCDate, utc } from '@date-fns/utc';
// One module each: date-fns' index loads all of its 300 functions.
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { parseWrittenDateTime, type WrittenDateTime } from '../normalize/datetime';

// Parsed in UTC (the `in: utc` context) so that the wall clock read is
// exactly the text's, whatever the server's zone: a local-time parse shifts
// times that fall in the server's own DST gap. The recipe's zone is applied
// afterwards.

/** Format letters that carry a time of day / a year (date-fns tokens, quoted literals removed). */
const TIME_TOKENS = /[HhKkmaBb]/;
const YEAR_TOKENS = /[yYuR]/;

function tokens(pattern: string): string {
  return pattern.replace(/'(?:[^']|'')*'?/g, '');
}

export function hasTime(pattern: string): boolean {
  return TIME_TOKENS.test(tokens(pattern));
}

/** The text normalised for matching: single spaces, no surrounding blanks. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A date (and time when the format has one) from page text, trying each
 * format in turn, then ISO 8601. A format without a year takes the year of
 * `reference`, or the next one when that puts the date more than a month
 * before it: listings of upcoming events omit the year.
 */
export function parseRecipeDate(text: string, formats: readonly string[], reference: Date): WrittenDateTime | null {
  const value = normalise(text);
  if (!value || value.length > 200) return null;
  const ref = new UTCDate(reference.getTime());
  for (const pattern of formats) {
    const parsed = tryParse(value, pattern, ref);
    if (!parsed) continue;
    if (!YEAR_TOKENS.test(tokens(pattern)) && parsed.getTime() < reference.getTime() - 31 * 86_400_000) {
      parsed.setFullYear(parsed.getFullYear() + 1);
    }
    return {
      year: parsed.getFullYear(),
      month: parsed.getMonth() + 1,
      day: parsed.getDate(),
      time: hasTime(pattern) ? { hour: parsed.getHours(), minute: parsed.getMinutes(), second: parsed.getSeconds() } : null,
      offsetMinutes: null,
    };
  }
  return parseWrittenDateTime(value);
}

/** Hours/minutes from a time text ("6:30 pm", "18:30"). */
export function parseRecipeTime(text: string, formats: readonly string[]): { hour: number; minute: number; second: number } | null {
  const value = normalise(text).replace(/\b([ap])\.?m\.?/i, '$1m');
  if (!value || value.length > 50) return null;
  for (const pattern of formats) {
    const parsed = tryParse(value, pattern, new UTCDate(2000, 0, 1));
    if (parsed) return { hour: parsed.getHours(), minute: parsed.getMinutes(), second: parsed.getSeconds() };
  }
  return null;
}

function tryParse(value: string, pattern: string, reference: UTCDate): UTCDate | null {
  try {
    const parsed = parse(value, pattern, reference, { in: utc });
    return isValid(parsed) ? parsed : null;
  } catch {
    // An invalid format (validateRecipe reports it) matches nothing.
    return null;
  }
}

/**
 * Why a format cannot serve, or null when it can: it must be a valid
 * date-fns format and read back the month and day (and hour and minute when
 * `needTime`) it writes.
 */
export function formatProblem(pattern: string, needTime: boolean): string | null {
  const sample = new UTCDate(2023, 10, 23, 17, 45);
  let written: string;
  try {
    written = format(sample, pattern, { in: utc });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const read = tryParse(written, pattern, new UTCDate(2000, 0, 1));
  if (!read) return `it cannot read back what it writes ("${written}")`;
  if (needTime) {
    if (read.getHours() !== 17 || read.getMinutes() !== 45) return 'it does not give an hour and minutes';
  } else if (read.getMonth() !== 10 || read.getDate() !== 23) {
    return 'it does not give a month and day';
  }
  return null;
}
