import { promisedThing } from './promises';
import { clean, phraseFits, possessive, firstName, sharesSubject, STOP_WORDS, words } from './text';
import type { PlannerContact, PlannerEvent, PlannerInteraction, PlannerInterview, PlannerProjectUpdate, SourceRef } from './types';

/** Why one of the user's project updates is worth sharing with this contact. */
export interface UpdateFit {
  update: PlannerProjectUpdate;
  /** The interview promise this update delivers, if any. */
  promise: { interview: PlannerInterview; text: string } | null;
  /** Readable grounds, e.g. "Priya's interest in PostgreSQL". */
  grounds: string[];
  /** The update itself first, then every note the grounds come from. */
  sources: SourceRef[];
}

export interface FitContext {
  /** Interviews with the contact (or their company), newest first. */
  interviews: readonly PlannerInterview[];
  interactions: readonly PlannerInteraction[];
  projectUpdates: readonly PlannerProjectUpdate[];
  event?: PlannerEvent | null;
}

/** An update counts as shared once a logged project-update touch names its title or link. */
export function alreadyShared(update: PlannerProjectUpdate, interactions: readonly PlannerInteraction[]): boolean {
  const title = update.title.trim().toLowerCase();
  const url = update.url?.trim().toLowerCase() ?? null;
  return interactions.some((interaction) => {
    if (interaction.direction !== 'OUTBOUND') return false;
    const notes = interaction.notes.toLowerCase();
    return (title.length > 0 && notes.includes(title)) || (url !== null && url.length > 0 && notes.includes(url));
  });
}

function pushSource(sources: SourceRef[], source: SourceRef): void {
  if (!sources.some((known) => known.kind === source.kind && known.id === source.id)) sources.push(source);
}

/** The interview promise an update delivers: they are about the same thing. */
export function promiseDelivered(update: PlannerProjectUpdate, promise: string): boolean {
  return sharesSubject(promise, `${update.title} ${update.summary} ${update.tags.join(' ')}`);
}

/**
 * Unshared updates that fit the contact, best first: a kept promise, then the
 * most grounds, then the newest. Tags are compared word for word, so the
 * "payments" tag fits the topic "idempotency keys in payment APIs".
 */
export function fittingUpdates(contact: PlannerContact, context: FitContext): UpdateFit[] {
  const first = firstName(contact.name);
  const fits: UpdateFit[] = [];
  for (const update of context.projectUpdates) {
    if (alreadyShared(update, context.interactions)) continue;
    const grounds: string[] = [];
    const sources: SourceRef[] = [{ kind: 'PROJECT_UPDATE', id: update.id }];
    let promise: UpdateFit['promise'] = null;

    for (const interview of context.interviews) {
      const kept = interview.promises.find((text) => promiseDelivered(update, text));
      if (kept && !promise) {
        promise = { interview, text: kept };
        pushSource(sources, { kind: 'INTERVIEW', id: interview.id });
      }
    }
    const interests = contact.interests.filter((interest) => update.tags.some((tag) => phraseFits(tag, interest)));
    if (interests.length > 0) {
      grounds.push(`${possessive(first)} interest in ${clean(interests[0], 60)}`);
      pushSource(sources, { kind: 'CONTACT_NOTE', id: contact.id });
    }
    for (const interview of context.interviews) {
      const topic = interview.topics.find((candidate) => update.tags.some((tag) => phraseFits(tag, candidate)));
      if (topic) {
        grounds.push(`the interview topic ${clean(topic, 60)}`);
        pushSource(sources, { kind: 'INTERVIEW', id: interview.id });
        break;
      }
    }
    const event = context.event;
    if (event) {
      const eventTerms = [event.title, ...event.categories];
      const tag = update.tags.find((candidate) => eventTerms.some((term) => phraseFits(candidate, term)));
      if (tag) {
        grounds.push(`the event's theme (${clean(tag, 40)})`);
        pushSource(sources, { kind: 'EVENT', id: event.id });
      }
    }
    if (contact.companyName && contact.companyId && update.tags.some((tag) => phraseFits(tag, contact.companyName ?? ''))) {
      grounds.push(clean(contact.companyName, 60));
      pushSource(sources, { kind: 'COMPANY', id: contact.companyId });
    }
    if (promise || grounds.length > 0) fits.push({ update, promise, grounds, sources });
  }
  return fits.sort(
    (a, b) =>
      Number(b.promise !== null) - Number(a.promise !== null) ||
      b.grounds.length - a.grounds.length ||
      (a.update.occurredOn < b.update.occurredOn ? 1 : a.update.occurredOn > b.update.occurredOn ? -1 : 0) ||
      (a.update.id < b.update.id ? -1 : a.update.id > b.update.id ? 1 : 0),
  );
}

/** Interviews with the contact, newest first; without any, those with the contact's company. */
export function interviewsFor(contact: PlannerContact, interviews: readonly PlannerInterview[]): PlannerInterview[] {
  const newestFirst = (a: PlannerInterview, b: PlannerInterview) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const own = interviews.filter((interview) => interview.contactIds.includes(contact.id));
  if (own.length > 0) return [...own].sort(newestFirst);
  if (!contact.companyId) return [];
  return interviews.filter((interview) => interview.companyId === contact.companyId).sort(newestFirst);
}

/** Words that say what form a promised thing takes, not what it is about: "the deck", "my notes". */
const ARTEFACT_WORDS = new Set(
  'deck slides slide notes note numbers results write writeup link links article post blog doc docs document paper repo code details recording video'.split(
    ' ',
  ),
);

/**
 * A promise made in passing names its subject in a few words ("the
 * cold-start benchmark notes"): an update delivers it only when it is about
 * every one of them. One shared word ("benchmark") is another benchmark.
 * "Send the deck" names no subject, so no update is taken to deliver it.
 */
function deliversPassingPromise(update: PlannerProjectUpdate, promise: string): boolean {
  const subject = words(promisedThing(promise).thing).filter((word) => word.length > 2 && !STOP_WORDS.has(word) && !ARTEFACT_WORDS.has(word));
  if (subject.length === 0) return false;
  const about = new Set(words(`${update.title} ${update.summary} ${update.tags.join(' ')}`));
  return subject.every((word) => about.has(word));
}

/**
 * The unshared update that delivers a promise made outside an interview (at
 * an event: "send the deck"), newest first; null when none is about it yet.
 */
export function updateKeepingPromise(
  promise: string,
  projectUpdates: readonly PlannerProjectUpdate[],
  interactions: readonly PlannerInteraction[],
): UpdateFit | null {
  const delivering = projectUpdates
    .filter((update) => !alreadyShared(update, interactions) && deliversPassingPromise(update, promise))
    .sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const update = delivering[0];
  return update ? { update, promise: null, grounds: [], sources: [{ kind: 'PROJECT_UPDATE', id: update.id }] } : null;
}
