import { addLocalDays, formatDay, localDate } from '@app/zones';
import { addRuleDays } from '../business-days';
import { eventLinks, firstEventLink, isCancelled, type ContactEventLink } from '../events-index';
import { outboundAfter, type ContactHistory } from '../history';
import { interactionLabel, plural } from '../labels';
import { clean, firstName } from '../text';
import type { PlannerInteraction, SourceRef, TouchKind } from '../types';
import { blank, HOUR_MS, type CadenceContext, type Candidate, type Step, type TouchRule, type Trigger } from './candidate';

/** The event a meeting happened at: one on the same local date where the contact or their company was matched. */
function eventMetAt(history: ContactHistory, met: PlannerInteraction, context: CadenceContext): ContactEventLink | null {
  const date = localDate(met.occurredAt, context.zone);
  const links = eventLinks(history.contact.id, history.contact.companyId, context.events);
  const sameDay = (link: ContactEventLink) => !isCancelled(link.event) && localDate(link.event.startsAt, context.zone) === date;
  return firstEventLink(links, (link) => sameDay(link) && link.personMatch !== null) ?? firstEventLink(links, sameDay);
}

/** Met someone at an event: a LinkedIn note or a follow-up within 1–2 business days, one reminder, then stop. */
export function metSequence(history: ContactHistory, trigger: Extract<Trigger, { type: 'MET_AT_EVENT' }>, context: CadenceContext): Step {
  const { rules, zone } = context;
  const met = rules.metAtEvent;
  const first = firstName(history.contact.name);
  const link = eventMetAt(history, trigger.interaction, context);
  const where = link ? ` at “${clean(link.event.title, 80)}”` : '';
  const when = formatDay(trigger.at, zone, true);
  const outbound = outboundAfter(history, trigger.at.getTime());
  const sources: SourceRef[] = [trigger.source, ...(link ? [{ kind: 'EVENT' as const, id: link.event.id }] : [])];
  const base = (rule: TouchRule, kind: TouchKind, dueAt: Date): Candidate => ({
    ...blank(rule, kind, trigger.id, dueAt),
    metAt: trigger.interaction,
    event: link,
    sources,
  });

  if (outbound.length === 0) {
    if (!history.contact.linkedinConnected) {
      const deadline = new Date(trigger.at.getTime() + met.linkedinNoteWithinHours * HOUR_MS);
      return {
        candidate: {
          ...base('MET_AT_EVENT_FOLLOW_UP', 'LINKEDIN_CONNECT', deadline),
          latestAt: deadline,
          reason: `You met ${first}${where} on ${when} and are not connected on LinkedIn: send a note within ${met.linkedinNoteWithinHours} hours`,
        },
      };
    }
    const dueAt = addRuleDays(trigger.at, met.followUpMinDays, met.followUpBusinessDays, zone);
    const latestAt = addRuleDays(trigger.at, met.followUpMaxDays, met.followUpBusinessDays, zone);
    const unit = met.followUpBusinessDays ? 'business days' : 'days';
    return {
      candidate: {
        ...base('MET_AT_EVENT_FOLLOW_UP', 'FOLLOW_UP_EMAIL', dueAt),
        latestAt,
        reason: `You met ${first}${where} on ${when}: follow up by ${formatDay(latestAt, zone, true)} (within ${met.followUpMinDays}–${met.followUpMaxDays} ${unit})`,
      },
    };
  }

  const last = outbound[outbound.length - 1];
  const reminders = outbound.length - 1;
  const lastSource: SourceRef = { kind: 'INTERACTION', id: last.id };
  if (reminders >= met.maxReminders) {
    return {
      stop: {
        rule: 'MET_AT_EVENT_REMINDER',
        kind: 'FOLLOW_UP_EMAIL',
        anchorId: trigger.id,
        wouldBeDueAt: addLocalDays(last.occurredAt, met.reminderAfterDays, zone),
        reason: `Your follow-up after meeting ${first} on ${formatDay(trigger.at, zone)} and ${plural(reminders, 'reminder')} went unanswered; wait for a reply`,
        sources: [...sources, ...outbound.map((touch): SourceRef => ({ kind: 'INTERACTION', id: touch.id }))],
      },
    };
  }
  return {
    candidate: {
      ...base('MET_AT_EVENT_REMINDER', 'FOLLOW_UP_EMAIL', addLocalDays(last.occurredAt, met.reminderAfterDays, zone)),
      previous: last,
      sources: [...sources, lastSource],
      reason: `No reply to your ${interactionLabel(last.kind)} on ${formatDay(last.occurredAt, zone)} after meeting ${first}: one reminder ${met.reminderAfterDays} days later`,
    },
  };
}
