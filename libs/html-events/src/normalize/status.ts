import type { EventStatusValue } from '@app/event-model';

/**
 * schema.org eventStatus -> iCalendar STATUS. Accepts the full URL, the
 * "schema:" prefix, the bare name and the free-text values some plugins
 * write ("on-schedule", "cancelled").
 *
 * EventPostponed -> TENTATIVE: schema.org says the event "has been postponed
 * and no new date has been set", so the date shown is no longer to be
 * relied on, yet the event has not been called off. TENTATIVE ("not
 * confirmed", RFC 5545 §3.8.1.11) is the iCalendar status that says exactly
 * that; CANCELLED would hide it from a user who still wants to go when the
 * new date comes. EventRescheduled and EventMovedOnline carry a valid (new)
 * date or place, so they stay CONFIRMED.
 */
export function statusFromSchema(value: string | null): EventStatusValue | null {
  if (!value) return null;
  const name = value
    .trim()
    .replace(/^.*[/:#]/, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (!name) return null;
  if (/cancel/.test(name)) return 'CANCELLED';
  if (/postpone|tentative/.test(name)) return 'TENTATIVE';
  if (/scheduled|rescheduled|movedonline|onschedule|confirmed|active/.test(name)) return 'CONFIRMED';
  return null;
}

const CANCELLED = labelPatterns(String.raw`cancell?ed`);
const POSTPONED = labelPatterns(String.raw`postponed`);

/**
 * What the title says about the status, judged by how it says it. Producers
 * often mark a cancellation only in the name ("Board Meeting – CANCELLED",
 * "Cancelled: Rules Committee"), sometimes while eventStatus still says
 * EventScheduled. The word must stand out as a label (capitals, a leading
 * "Cancelled:", a trailing "Cancelled", brackets) so that a title such as
 * "Cancelled Plans: an improv night" is not taken for a cancellation.
 */
export function statusFromTitle(title: string): EventStatusValue | null {
  if (labelled(title, CANCELLED)) return 'CANCELLED';
  if (labelled(title, POSTPONED)) return 'TENTATIVE';
  return null;
}

/** The ways a word stands out as a label: in capitals, leading with a separator, trailing, in brackets. */
function labelPatterns(word: string): RegExp[] {
  return [
    new RegExp(String.raw`\b${word.toUpperCase()}\b`),
    new RegExp(String.raw`^\W*${word}\s*(?:$|[:\-–—|!/])`, 'i'),
    new RegExp(String.raw`\b${word}\W*$`, 'i'),
    new RegExp(String.raw`[\[(]\s*${word}\s*[\])]`, 'i'),
  ];
}

function labelled(title: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(title));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+${DAY}\b`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}\b`, 'gi');

/**
 * The month/day pairs a title names ("January 3rd", "3 Jan"). A site that
 * publishes each occurrence of a series as its own item may leave a
 * "Cancelled: ... January 3rd" title on every later occurrence: a
 * cancellation that names another day is stale for this occurrence.
 */
export function datesNamedIn(title: string): { month: number; day: number }[] {
  const found: { month: number; day: number }[] = [];
  for (const m of title.matchAll(MONTH_DAY)) found.push({ month: monthIndex(m[1]), day: Number(m[2]) });
  for (const m of title.matchAll(DAY_MONTH)) found.push({ month: monthIndex(m[2]), day: Number(m[1]) });
  return found.filter((d) => d.day >= 1 && d.day <= 31);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export interface StatusDecision {
  status: EventStatusValue;
  /** Set when the title and the structured status disagree, to explain the choice. */
  note: string | null;
}

/**
 * The event's status from its structured status and its title. A label in
 * the title wins over a structured "scheduled" (plugins emit EventScheduled
 * by default) unless the title names a different day than the event's
 * (`localDate`, "YYYY-MM-DD"), in which case the title is stale.
 */
export function decideStatus(structured: EventStatusValue | null, title: string, localDate: string): StatusDecision {
  const fromTitle = statusFromTitle(title);
  if (structured === 'CANCELLED' || fromTitle === null || fromTitle === structured) {
    return { status: structured ?? 'CONFIRMED', note: null };
  }
  const [, month, day] = localDate.split('-').map(Number);
  const named = datesNamedIn(title);
  if (named.length > 0 && !named.some((d) => d.month === month && d.day === day)) {
    return {
      status: structured ?? 'CONFIRMED',
      note: `title "${title}" names another day than ${localDate}: its ${fromTitle.toLowerCase()} label was taken as stale`,
    };
  }
  return { status: fromTitle, note: null };
}
