import { addLocalDays, formatDay } from '@app/zones';
import type { ContactHistory } from '../history';
import { interactionLabel } from '../labels';
import { firstName } from '../text';
import type { TouchKind } from '../types';
import { blank, type CadenceContext, type Candidate } from './candidate';

/** Ongoing relationship: every 30 days ideally, 60 at most, counted from the last touch of any kind. */
export function keepInTouch(history: ContactHistory, context: CadenceContext): Candidate | null {
  const { rules, zone, now } = context;
  const { contact, lastTouch } = history;
  const first = firstName(contact.name);
  if (!lastTouch) {
    // No clock has started: the only sensible first move is to connect, if the note has anything to say.
    if (contact.linkedinConnected || (contact.interests.length === 0 && !contact.companyName)) return null;
    return {
      ...blank('FIRST_CONNECT', 'LINKEDIN_CONNECT', contact.id, now),
      sources: contact.interests.length > 0 || !contact.companyId ? [{ kind: 'CONTACT_NOTE', id: contact.id }] : [{ kind: 'COMPANY', id: contact.companyId }],
      reason: `No touch with ${first} logged yet and not connected on LinkedIn`,
    };
  }
  const { idealDays, maxDays } = rules.keepInTouch;
  const dueAt = addLocalDays(lastTouch.at, idealDays, zone);
  const latestAt = addLocalDays(lastTouch.at, maxDays, zone);
  const label = `${interactionLabel(lastTouch.kind)} on ${formatDay(lastTouch.at, zone)}`;
  const lastInteraction = history.interactions[history.interactions.length - 1] ?? null;
  const update = context.fits[0] ?? null;
  const kind: TouchKind = update
    ? 'PROJECT_UPDATE'
    : !contact.linkedinConnected
      ? 'LINKEDIN_CONNECT'
      : !history.interactions.some((interaction) => interaction.kind === 'COFFEE')
        ? 'COFFEE_INVITE'
        : 'FOLLOW_UP_EMAIL';
  const overdue = now.getTime() > latestAt.getTime();
  return {
    ...blank('KEEP_IN_TOUCH', kind, lastTouch.source.id, dueAt),
    latestAt,
    interview: history.interviews[history.interviews.length - 1] ?? null,
    lastTouch: lastInteraction,
    update,
    sources: [lastTouch.source],
    reason: overdue
      ? `Last touch was your ${label}, more than ${maxDays} days ago (${maxDays} at most)`
      : `Last touch was your ${label}: keep in touch every ${idealDays} days`,
  };
}
