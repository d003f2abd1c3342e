import { formatDay } from '@app/zones';
import { hasBannedPhrase } from './drafts/banned-phrases';
import { companyRoleVerb } from './labels';
import { uniqueSources } from './sources';
import { fittingUpdates, interviewsFor, promiseDelivered, alreadyShared } from './project-fit';
import { youPromised } from './promises';
import { capitalize, clean, firstName, phraseFits, uncapitalize } from './text';
import type { PlannerContact, PlannerEvent, PlannerInteraction, PlannerInterview, PlannerMatch, PlannerProjectUpdate, SourceRef } from './types';

export type TalkingPointKind =
  'PROMISE' | 'PROJECT_UPDATE' | 'EVENT_TOPIC' | 'INTERVIEW_TOPIC' | 'INTERVIEW_QUESTION' | 'CONCERN' | 'SHARED_INTEREST' | 'COFFEE_INVITE';

/** One sentence to say, with the notes it comes from (never empty). */
export interface TalkingPoint {
  kind: TalkingPointKind;
  text: string;
  sources: SourceRef[];
}

export interface TalkingPointContext {
  timeZone: string;
  /** The user's interviews; those with this contact (or else their company) are used. */
  interviews: readonly PlannerInterview[];
  /** The user's logged touches; those with this contact are used. */
  interactions: readonly PlannerInteraction[];
  projectUpdates: readonly PlannerProjectUpdate[];
  event?: PlannerEvent | null;
  /** Matches of `event`, to know what the contact or their company does there. */
  matches?: readonly PlannerMatch[];
  /** Interviews after `now` have not happened and are ignored. */
  now?: Date;
  /** At most this many points (default 6). */
  max?: number;
}

const ACTIVE_ROLES = new Set(['SPEAKER', 'PERFORMER', 'HOST', 'ORGANIZER']);

/**
 * Deterministic template sentences grounded in the user's own data. A
 * sentence is only produced with at least one source: no source, no sentence.
 */
export function talkingPoints(contact: PlannerContact, context: TalkingPointContext): TalkingPoint[] {
  const zone = context.timeZone;
  const first = firstName(contact.name) || contact.name;
  const now = context.now;
  const interviews = interviewsFor(contact, context.interviews).filter((interview) => !now || interview.occurredAt <= now);
  const interactions = context.interactions
    .filter((interaction) => interaction.contactId === contact.id && (!now || interaction.occurredAt <= now))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const event = context.event ?? null;
  const points: TalkingPoint[] = [];
  const add = (kind: TalkingPointKind, text: string, sources: SourceRef[]) => {
    if (sources.length === 0 || hasBannedPhrase(text)) return;
    if (points.some((point) => point.text === text)) return;
    points.push({ kind, text, sources: uniqueSources(sources) });
  };

  const latest = interviews[0] ?? null;
  const interviewSource = (interview: PlannerInterview): SourceRef => ({ kind: 'INTERVIEW', id: interview.id });
  const interviewName = (interview: PlannerInterview) =>
    interview.contactIds.includes(contact.id) || !contact.companyName
      ? `your interview on ${formatDay(interview.occurredAt, zone)}`
      : `your ${clean(contact.companyName, 60)} interview on ${formatDay(interview.occurredAt, zone)}`;

  const fits = fittingUpdates(contact, { interviews, interactions, projectUpdates: context.projectUpdates, event });

  // Promises first: keeping one is the strongest reason to write.
  if (latest) {
    for (const promise of latest.promises.slice(0, 2)) {
      const delivering = fits.find((fit) => fit.promise?.text === promise);
      const keptAlready = context.projectUpdates.some((update) => promiseDelivered(update, promise) && alreadyShared(update, interactions));
      if (delivering) {
        const { update } = delivering;
        add('PROMISE', `${youPromised(promise)}: here it is, “${clean(update.title, 100)}”${update.url ? ` (${update.url})` : ''}.`, [
          interviewSource(latest),
          { kind: 'PROJECT_UPDATE', id: update.id },
        ]);
      } else if (!keptAlready) {
        add('PROMISE', `${youPromised(promise)} at ${interviewName(latest)}: bring it, or say when it will be ready.`, [interviewSource(latest)]);
      }
    }
  }

  const shareable = fits.find((fit) => fit.promise === null && fit.grounds.length > 0);
  if (shareable) {
    const { update } = shareable;
    add(
      'PROJECT_UPDATE',
      `Share “${clean(update.title, 100)}”${update.url ? ` (${update.url})` : ''}: it fits ${shareable.grounds.join(' and ')}.`,
      shareable.sources,
    );
  }

  if (event) addEventPoint(contact, first, event, context.matches ?? [], add);

  if (latest && latest.topics.length > 0) {
    const topics = latest.topics.slice(0, 2).map((topic) => clean(topic, 60));
    add('INTERVIEW_TOPIC', `Pick up the thread from ${interviewName(latest)}: ${topics.join(' and ')}.`, [interviewSource(latest)]);
  }
  if (latest && latest.questionsAsked.length > 0) {
    add(
      'INTERVIEW_QUESTION',
      `You were asked “${clean(latest.questionsAsked[0], 100)}” at ${interviewName(latest)}; bring a sharper answer or what you have tried since.`,
      [interviewSource(latest)],
    );
  }
  if (latest && latest.concerns.length > 0) {
    add(
      'CONCERN',
      `${capitalize(interviewName(latest))} raised a concern (${uncapitalize(clean(latest.concerns[0], 80))}); have one concrete example that answers it.`,
      [interviewSource(latest)],
    );
  }

  const eventTerms = event ? [event.title, ...event.categories] : [];
  const interest = contact.interests.find((candidate) => eventTerms.some((term) => phraseFits(candidate, term))) ?? contact.interests[0] ?? null;
  if (interest) {
    const onTheme = event !== null && eventTerms.some((term) => phraseFits(interest, term));
    add(
      'SHARED_INTEREST',
      onTheme
        ? `${first} is interested in ${clean(interest, 60)}, a theme of “${clean(event.title, 80)}”; ask what the team is working on there.`
        : `${first} is interested in ${clean(interest, 60)}; ask what the team is working on there.`,
      onTheme && event
        ? [
            { kind: 'CONTACT_NOTE', id: contact.id },
            { kind: 'EVENT', id: event.id },
          ]
        : [{ kind: 'CONTACT_NOTE', id: contact.id }],
    );
  }

  if (!hasOpenCoffeeInvitation(interactions)) {
    if (latest && latest.topics.length > 0) {
      add('COFFEE_INVITE', `Invite ${first} to a 20-minute coffee to continue the conversation on ${clean(latest.topics[0], 60)}.`, [interviewSource(latest)]);
    } else if (event) {
      add('COFFEE_INVITE', `Invite ${first} to a 20-minute coffee in the week after “${clean(event.title, 80)}”.`, [{ kind: 'EVENT', id: event.id }]);
    } else if (interest) {
      add('COFFEE_INVITE', `Invite ${first} to a 20-minute coffee to hear more about ${clean(interest, 60)}.`, [{ kind: 'CONTACT_NOTE', id: contact.id }]);
    }
  }

  return points.slice(0, context.max ?? 6);
}

function addEventPoint(
  contact: PlannerContact,
  first: string,
  event: PlannerEvent,
  matches: readonly PlannerMatch[],
  add: (kind: TalkingPointKind, text: string, sources: SourceRef[]) => void,
): void {
  const title = clean(event.title, 80);
  const eventSource: SourceRef = { kind: 'EVENT', id: event.id };
  const forEvent = matches.filter((match) => match.eventId === event.id).sort((a, b) => b.score - a.score);
  const own = forEvent.find((match) => match.kind === 'PERSON' && match.contactId === contact.id && ACTIVE_ROLES.has(match.role));
  if (own) {
    const text =
      own.role === 'SPEAKER' || own.role === 'PERFORMER'
        ? `Ask ${first} a question about the talk at “${title}”.`
        : `Thank ${first} for ${own.role === 'HOST' ? 'hosting' : 'organising'} “${title}” and ask what the next one will cover.`;
    add('EVENT_TOPIC', text, [eventSource]);
    return;
  }
  const company = forEvent.find((match) => match.kind === 'COMPANY' && match.companyId !== null && match.companyId === contact.companyId);
  if (company && contact.companyName && contact.companyId) {
    add('EVENT_TOPIC', `${clean(contact.companyName, 60)} ${companyRoleVerb(company.role)} “${title}”: ask ${first} how the team is involved.`, [
      eventSource,
      { kind: 'COMPANY', id: contact.companyId },
    ]);
    return;
  }
  const topics = forEvent.filter((match) => match.kind === 'TOPIC' && match.topicPhrase).map((match) => clean(match.topicPhrase ?? '', 50));
  if (topics.length > 0) {
    add('EVENT_TOPIC', `“${title}” covers ${topics[0]}: ask ${first} how the team approaches it.`, [eventSource]);
  }
}

function hasOpenCoffeeInvitation(interactions: readonly PlannerInteraction[]): boolean {
  const coffees = interactions.filter((interaction) => interaction.kind === 'COFFEE');
  const last = coffees[coffees.length - 1];
  return last !== undefined && last.direction === 'OUTBOUND' && last.awaitingReply;
}
