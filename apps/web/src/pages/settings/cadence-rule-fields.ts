import type { CadenceRulesInput, CadenceRulesQuery } from '../../gql/graphql';

export type CadenceRules = CadenceRulesQuery['cadenceRules'];
export type RuleGroupName = keyof CadenceRules;

/** One editable number, yes/no or list of day counts inside a group; min/max mirror the API's ranges. */
export type RuleField =
  | { kind: 'number'; name: string; label: string; min: number; max: number }
  | { kind: 'flag'; name: string; label: string }
  | { kind: 'days'; name: string; label: string; hint: string };

export interface RuleGroup {
  group: RuleGroupName;
  legend: string;
  about: string;
  fields: RuleField[];
}

const days = (name: string, label: string, min: number, max = 365): RuleField => ({ kind: 'number', name, label: `${label} (days)`, min, max });
const count = (name: string, label: string, min: number, max: number): RuleField => ({ kind: 'number', name, label: `${label} (count)`, min, max });

/**
 * Every field of CadenceRules, grouped as the API groups them, labelled in
 * words with the unit; the order follows a relationship's life.
 */
export const RULE_GROUPS: RuleGroup[] = [
  {
    group: 'thankYou',
    legend: 'Thank-you after an interview',
    about: 'One thank-you per interviewer.',
    fields: [{ kind: 'number', name: 'withinHours', label: 'Send the thank-you within (hours)', min: 1, max: 168 }],
  },
  {
    group: 'interviewSilence',
    legend: 'Silence after an interview',
    about: 'Check in, check in again, then stop.',
    fields: [
      days('firstCheckInDays', 'First check-in after', 1),
      { kind: 'flag', name: 'firstCheckInBusinessDays', label: 'Count business days for the first check-in' },
      days('repeatCheckInMinDays', 'Check in again after at least', 1),
      days('repeatCheckInMaxDays', 'Check in again after at most', 1),
      { kind: 'flag', name: 'repeatCheckInBusinessDays', label: 'Count business days for checking in again' },
      count('stopAfterUnanswered', 'Stop after unanswered check-ins', 1, 10),
    ],
  },
  {
    group: 'metAtEvent',
    legend: 'Met someone at an event',
    about: 'With business days, a Friday meeting is followed up on Monday or Tuesday.',
    fields: [
      days('followUpMinDays', 'Follow up after', 0, 30),
      days('followUpMaxDays', 'Follow up at the latest after', 1, 30),
      { kind: 'flag', name: 'followUpBusinessDays', label: 'Count business days for the follow-up' },
      { kind: 'number', name: 'linkedinNoteWithinHours', label: 'LinkedIn note within (hours)', min: 1, max: 168 },
      days('reminderAfterDays', 'Reminder after', 1),
      count('maxReminders', 'Reminders at most', 0, 10),
    ],
  },
  {
    group: 'coffeeRequest',
    legend: 'Unanswered coffee or networking request',
    about: 'Wait between messages, and give up after a few.',
    fields: [days('waitDays', 'Wait between messages', 1), count('maxMessages', 'Messages at most', 1, 10)],
  },
  {
    group: 'keepInTouch',
    legend: 'Keeping in touch',
    about: 'Any touch resets the clock.',
    fields: [days('idealDays', 'Keep in touch ideally every', 1), days('maxDays', 'Keep in touch at least every', 1)],
  },
  {
    group: 'eventHeadsUp',
    legend: 'Heads-up before an event with someone you track',
    about: 'A reminder this many days before the event.',
    fields: [{ kind: 'days', name: 'daysBefore', label: 'Heads-up before the event (days)', hint: 'Comma-separated, 1 to 5 of them, e.g. 7, 1.' }],
  },
  {
    group: 'linkedinNote',
    legend: 'LinkedIn connection note',
    about: 'Drafted notes stay within your account’s limit (set LinkedIn Premium in your profile).',
    fields: [
      { kind: 'number', name: 'maxChars', label: 'Note length, free account (characters)', min: 60, max: 300 },
      { kind: 'number', name: 'premiumMaxChars', label: 'Note length, Premium account (characters)', min: 60, max: 300 },
    ],
  },
  {
    group: 'email',
    legend: 'Follow-up emails',
    about: 'Drafted emails stay short.',
    fields: [{ kind: 'number', name: 'maxWords', label: 'Email length at most (words)', min: 60, max: 500 }],
  },
  {
    group: 'checklist',
    legend: 'Post-event checklist',
    about: 'The follow-up items after an event you went to.',
    fields: [
      days('promiseWithinDays', 'A promise without a date is due after', 0, 90),
      days('projectUpdateAfterDays', 'Project update after the last touch', 1),
      days('staleAfterDays', 'Mark an item stale when overdue by', 1),
    ],
  },
  {
    group: 'budget',
    legend: 'Anti-pestering budget (per person)',
    about: 'The planner holds back a touch that would break it, and says why.',
    fields: [
      days('windowDays', 'Budget window', 1, 90),
      count('maxUnansweredPerWindow', 'Unanswered touches per window at most', 1, 10),
      count('maxUnansweredTotal', 'Unanswered touches in total at most', 1, 20),
    ],
  },
];

/** The form's values, keyed "group.field": numbers and day lists as typed, flags as booleans. */
export type RuleValues = Record<string, string | boolean>;

export const ruleKey = (group: RuleGroupName, name: string) => `${group}.${name}`;

/** Every input name the API may name in an error (the day list also per item, "eventHeadsUp.daysBefore.0"). */
export const RULE_FIELD_NAMES: string[] = RULE_GROUPS.flatMap(({ group, fields }) =>
  fields.flatMap((f) =>
    f.kind === 'days' ? [ruleKey(group, f.name), ...[0, 1, 2, 3, 4].map((i) => `${ruleKey(group, f.name)}.${i}`)] : [ruleKey(group, f.name)],
  ),
);

export function valuesOf(rules: CadenceRules): RuleValues {
  const values: RuleValues = {};
  for (const { group, fields } of RULE_GROUPS) {
    const current = rules[group] as Record<string, number | boolean | number[]>;
    for (const field of fields) {
      const value = current[field.name];
      values[ruleKey(group, field.name)] = Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? value : String(value);
    }
  }
  return values;
}

/** A day list typed as "7, 1" → [7, 1]; null when an item is not a whole number. */
export function parseDayList(text: string): number[] | null {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return items.every((s) => /^\d+$/.test(s)) ? items.map(Number) : null;
}

/**
 * The whole form as an update. A number that is blank or not whole is sent
 * as null: the API then says beside the field what range it takes.
 */
export function inputOf(values: RuleValues): CadenceRulesInput {
  const input: Record<string, Record<string, number | boolean | number[] | null>> = {};
  for (const { group, fields } of RULE_GROUPS) {
    const patch: Record<string, number | boolean | number[] | null> = {};
    for (const field of fields) {
      const value = values[ruleKey(group, field.name)];
      if (field.kind === 'flag') patch[field.name] = value === true;
      else if (field.kind === 'days') patch[field.name] = parseDayList(String(value)) ?? [];
      else patch[field.name] = /^\d+$/.test(String(value).trim()) ? Number(value) : null;
    }
    input[group] = patch;
  }
  return input;
}

const LABELS = new Map(RULE_GROUPS.flatMap(({ group, fields }) => fields.map((f) => [ruleKey(group, f.name), f.label] as const)));

/** The API names other rules by path ("must be at least metAtEvent.followUpMinDays (5)"): say their labels instead. */
export function inWords(message: string | null): string | null {
  return message && message.replace(/\b[a-zA-Z]+\.[a-zA-Z]+\b/g, (path) => (LABELS.has(path) ? `“${LABELS.get(path)}”` : path));
}
