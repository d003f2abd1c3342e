import { addLocalDays, formatDay } from '@app/zones';
import { nextIntroductionEvent, ON_STAGE } from '../events-index';
import { outboundAfter, type ContactHistory } from '../history';
import { companyRoleVerb, personRoleVerb } from '../labels';
import { clean, firstName } from '../text';
import { blank, type CadenceContext, type Candidate } from './candidate';

/** The next upcoming event where the contact (or, when the user is going, their company) will be. */
export function eventIntroduction(history: ContactHistory, context: CadenceContext): Candidate | null {
  const { zone, now, rules } = context;
  const contact = history.contact;
  const link = nextIntroductionEvent(contact.id, contact.companyId, context.events, now);
  if (!link) return null;
  const { event } = link;
  const daysBefore = [...rules.eventHeadsUp.daysBefore].sort((a, b) => b - a);
  const remindAt = daysBefore.map((days) => addLocalDays(event.startsAt, -days, zone));
  // A message since the first heads-up means the user already said they will be there.
  if (outboundAfter(history, remindAt[0].getTime()).length > 0) return null;
  const first = firstName(contact.name);
  const title = clean(event.title, 80);
  const when = formatDay(event.startsAt, zone, true);
  const heads = daysBefore.length > 1 ? `${daysBefore.slice(0, -1).join(', ')} and ${daysBefore[daysBefore.length - 1]}` : `${daysBefore[0]}`;
  const reason =
    link.personMatch && ON_STAGE.has(link.personMatch.role)
      ? `${first} ${personRoleVerb(link.personMatch.role)} at “${title}” on ${when}: say you will be there (heads-up ${heads} days before)`
      : link.personMatch
        ? `You are going to “${title}” on ${when}, where ${first} ${personRoleVerb(link.personMatch.role)}: tell ${first} you will be there`
        : `You are going to “${title}” on ${when}, which ${contact.companyName ? clean(contact.companyName, 60) : 'their company'} ${companyRoleVerb(
            link.companyMatch?.role ?? 'MENTION',
          )}: tell ${first} you will be there`;
  return {
    ...blank('EVENT_INTRODUCTION', 'EVENT_INTRODUCTION', event.id, remindAt[0]),
    latestAt: remindAt[remindAt.length - 1],
    remindAt,
    event: link,
    interview: history.interviews[history.interviews.length - 1] ?? null,
    sources: [{ kind: 'EVENT', id: event.id }],
    reason,
  };
}
