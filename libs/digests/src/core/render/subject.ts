import type { DigestContent } from '../types';

/** "1 upcoming event", "3 upcoming events". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const count = (section: readonly unknown[] | null) => section?.length ?? 0;

/** True when every section the user has on is empty: there is nothing to tell (the service may skip sending). */
export function isEmptyDigest(content: DigestContent): boolean {
  return count(content.events) + count(content.changes) + count(content.actions) + count(content.sources) === 0;
}

/**
 * What the digest holds, in counts: "3 upcoming events, 2 follow-ups due (1
 * overdue), 1 schedule change, 1 source failing"; empty when nothing.
 * Built from counts only, so no user text reaches the Subject header.
 */
export function digestSummary(content: DigestContent): string {
  const parts: string[] = [];
  if (count(content.events)) parts.push(plural(count(content.events), 'upcoming event'));
  if (count(content.actions)) {
    const overdue = content.actions?.filter((a) => a.overdue).length ?? 0;
    parts.push(`${plural(count(content.actions), 'follow-up')} due${overdue ? ` (${overdue} overdue)` : ''}`);
  }
  if (count(content.changes)) parts.push(plural(count(content.changes), 'schedule change'));
  if (count(content.sources)) parts.push(`${plural(count(content.sources), 'source')} failing`);
  return parts.join(', ');
}

/** "This week: 3 upcoming events, 2 follow-ups due (1 overdue)", "Today: …", "Nothing new this week"; "[Test] " first for a test send. */
export function digestSubject(content: DigestContent): string {
  const weekly = content.period.frequency === 'WEEKLY';
  const summary = digestSummary(content);
  const subject = summary ? `${weekly ? 'This week' : 'Today'}: ${summary}` : `Nothing new ${weekly ? 'this week' : 'today'}`;
  return content.test ? `[Test] ${subject}` : subject;
}
