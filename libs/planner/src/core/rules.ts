/**
 * Cadence rules as data: the defaults are the practitioner table in
 * docs/PRODUCT.md, every number editable per user. Durations say whether
 * they count business days (Mon–Fri in the user's zone) where the table does.
 */

export interface CadenceRules {
  /** Interview ended: one thank-you per interviewer. */
  thankYou: {
    withinHours: number;
  };
  /** No reply after an interview: check in, check in again, then stop. */
  interviewSilence: {
    firstCheckInDays: number;
    firstCheckInBusinessDays: boolean;
    /** Counted from the previous check-in. */
    repeatCheckInMinDays: number;
    repeatCheckInMaxDays: number;
    repeatCheckInBusinessDays: boolean;
    stopAfterUnanswered: number;
  };
  /** Met someone at an event. */
  metAtEvent: {
    followUpMinDays: number;
    followUpMaxDays: number;
    /** With business days a Friday meeting is followed up on Monday or Tuesday. */
    followUpBusinessDays: boolean;
    linkedinNoteWithinHours: number;
    reminderAfterDays: number;
    maxReminders: number;
  };
  /** A coffee or networking request nobody answered. */
  coffeeRequest: {
    waitDays: number;
    maxMessages: number;
  };
  /** Ongoing relationship: any touch resets the clock. */
  keepInTouch: {
    idealDays: number;
    maxDays: number;
  };
  /** Upcoming event with a tracked person. */
  eventHeadsUp: {
    daysBefore: number[];
  };
  linkedinNote: {
    maxChars: number;
    premiumMaxChars: number;
  };
  email: {
    maxWords: number;
  };
  /** The post-event checklist (meeting someone at an event, item by item). */
  checklist: {
    /** A promise made at the event with no date of its own is due this many days after the meeting. */
    promiseWithinDays: number;
    /** A project update with a matching tag, this many days after the last touch. */
    projectUpdateAfterDays: number;
    /** An open item this many days past its last moment is marked stale (never deleted). */
    staleAfterDays: number;
  };
  /** Anti-pestering budget, per person. */
  budget: {
    windowDays: number;
    maxUnansweredPerWindow: number;
    maxUnansweredTotal: number;
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner as object);
  return Object.freeze(value);
}

/** Frozen all the way down: a caller editing it would change every user's defaults. */
export const DEFAULT_CADENCE_RULES: CadenceRules = deepFreeze({
  thankYou: { withinHours: 24 },
  interviewSilence: {
    firstCheckInDays: 5,
    firstCheckInBusinessDays: true,
    repeatCheckInMinDays: 10,
    repeatCheckInMaxDays: 14,
    repeatCheckInBusinessDays: false,
    stopAfterUnanswered: 2,
  },
  metAtEvent: {
    followUpMinDays: 1,
    followUpMaxDays: 2,
    followUpBusinessDays: true,
    linkedinNoteWithinHours: 24,
    reminderAfterDays: 7,
    maxReminders: 1,
  },
  coffeeRequest: { waitDays: 7, maxMessages: 3 },
  keepInTouch: { idealDays: 30, maxDays: 60 },
  eventHeadsUp: { daysBefore: [7, 1] },
  linkedinNote: { maxChars: 200, premiumMaxChars: 300 },
  email: { maxWords: 150 },
  checklist: { promiseWithinDays: 3, projectUpdateAfterDays: 30, staleAfterDays: 14 },
  budget: { windowDays: 7, maxUnansweredPerWindow: 1, maxUnansweredTotal: 3 },
});

/** A fresh, editable copy of the defaults. */
export function defaultCadenceRules(): CadenceRules {
  return structuredClone(DEFAULT_CADENCE_RULES);
}

export type CadenceRulesPatch = { [G in keyof CadenceRules]?: Partial<CadenceRules[G]> };

/** Applies a partial edit (as `updateCadenceRules` receives it) on top of `base`. */
export function mergeCadenceRules(base: CadenceRules, patch: CadenceRulesPatch): CadenceRules {
  const merged = structuredClone(base);
  for (const group of Object.keys(patch) as (keyof CadenceRules)[]) {
    const changes = patch[group];
    if (changes) Object.assign(merged[group], structuredClone(changes));
  }
  return merged;
}

/** Same shape as the common FieldError, so the API can raise BAD_USER_INPUT with it directly. */
export interface CadenceRuleProblem {
  field: string;
  message: string;
}

const MAX_DAYS = 365;

export function validateCadenceRules(rules: CadenceRules): CadenceRuleProblem[] {
  const problems: CadenceRuleProblem[] = [];
  const whole = (field: string, value: unknown, min: number, max: number): value is number => {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    if (!ok) problems.push({ field, message: `must be a whole number from ${min} to ${max}` });
    return ok;
  };
  const flag = (field: string, value: unknown) => {
    if (typeof value !== 'boolean') problems.push({ field, message: 'must be true or false' });
  };
  const ordered = (lowField: string, low: number, highField: string, high: number) => {
    if (low > high) problems.push({ field: highField, message: `must be at least ${lowField} (${low})` });
  };

  whole('thankYou.withinHours', rules.thankYou?.withinHours, 1, 168);

  const silence = rules.interviewSilence;
  whole('interviewSilence.firstCheckInDays', silence?.firstCheckInDays, 1, MAX_DAYS);
  flag('interviewSilence.firstCheckInBusinessDays', silence?.firstCheckInBusinessDays);
  const repeatMin = whole('interviewSilence.repeatCheckInMinDays', silence?.repeatCheckInMinDays, 1, MAX_DAYS);
  const repeatMax = whole('interviewSilence.repeatCheckInMaxDays', silence?.repeatCheckInMaxDays, 1, MAX_DAYS);
  if (repeatMin && repeatMax) {
    ordered('interviewSilence.repeatCheckInMinDays', silence.repeatCheckInMinDays, 'interviewSilence.repeatCheckInMaxDays', silence.repeatCheckInMaxDays);
  }
  flag('interviewSilence.repeatCheckInBusinessDays', silence?.repeatCheckInBusinessDays);
  whole('interviewSilence.stopAfterUnanswered', silence?.stopAfterUnanswered, 1, 10);

  const met = rules.metAtEvent;
  const metMin = whole('metAtEvent.followUpMinDays', met?.followUpMinDays, 0, 30);
  const metMax = whole('metAtEvent.followUpMaxDays', met?.followUpMaxDays, 1, 30);
  if (metMin && metMax) ordered('metAtEvent.followUpMinDays', met.followUpMinDays, 'metAtEvent.followUpMaxDays', met.followUpMaxDays);
  flag('metAtEvent.followUpBusinessDays', met?.followUpBusinessDays);
  whole('metAtEvent.linkedinNoteWithinHours', met?.linkedinNoteWithinHours, 1, 168);
  whole('metAtEvent.reminderAfterDays', met?.reminderAfterDays, 1, MAX_DAYS);
  whole('metAtEvent.maxReminders', met?.maxReminders, 0, 10);

  whole('coffeeRequest.waitDays', rules.coffeeRequest?.waitDays, 1, MAX_DAYS);
  whole('coffeeRequest.maxMessages', rules.coffeeRequest?.maxMessages, 1, 10);

  const ideal = whole('keepInTouch.idealDays', rules.keepInTouch?.idealDays, 1, MAX_DAYS);
  const max = whole('keepInTouch.maxDays', rules.keepInTouch?.maxDays, 1, MAX_DAYS);
  if (ideal && max) ordered('keepInTouch.idealDays', rules.keepInTouch.idealDays, 'keepInTouch.maxDays', rules.keepInTouch.maxDays);

  const daysBefore = rules.eventHeadsUp?.daysBefore;
  if (!Array.isArray(daysBefore) || daysBefore.length === 0 || daysBefore.length > 5) {
    problems.push({ field: 'eventHeadsUp.daysBefore', message: 'must list 1 to 5 day counts' });
  } else {
    daysBefore.forEach((days, i) => whole(`eventHeadsUp.daysBefore.${i}`, days, 0, 90));
    if (new Set(daysBefore).size !== daysBefore.length) {
      problems.push({ field: 'eventHeadsUp.daysBefore', message: 'must not repeat a day count' });
    }
  }

  // LinkedIn itself caps invitation notes at 300 characters; below ~60 no note can recall anything.
  const chars = whole('linkedinNote.maxChars', rules.linkedinNote?.maxChars, 60, 300);
  const premium = whole('linkedinNote.premiumMaxChars', rules.linkedinNote?.premiumMaxChars, 60, 300);
  if (chars && premium) ordered('linkedinNote.maxChars', rules.linkedinNote.maxChars, 'linkedinNote.premiumMaxChars', rules.linkedinNote.premiumMaxChars);

  whole('email.maxWords', rules.email?.maxWords, 60, 500);

  whole('checklist.promiseWithinDays', rules.checklist?.promiseWithinDays, 0, 90);
  whole('checklist.projectUpdateAfterDays', rules.checklist?.projectUpdateAfterDays, 1, MAX_DAYS);
  whole('checklist.staleAfterDays', rules.checklist?.staleAfterDays, 1, MAX_DAYS);

  const budget = rules.budget;
  whole('budget.windowDays', budget?.windowDays, 1, 90);
  const perWindow = whole('budget.maxUnansweredPerWindow', budget?.maxUnansweredPerWindow, 1, 10);
  const total = whole('budget.maxUnansweredTotal', budget?.maxUnansweredTotal, 1, 20);
  if (perWindow && total) ordered('budget.maxUnansweredPerWindow', budget.maxUnansweredPerWindow, 'budget.maxUnansweredTotal', budget.maxUnansweredTotal);

  return problems;
}
