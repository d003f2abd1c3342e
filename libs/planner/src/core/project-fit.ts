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
/** A touch's notes lower-cased once: a plan checks every update against every touch of every person it names. */
const loweredNotes = new WeakMap<PlannerInteraction, string>();
function notesLowered(interaction: PlannerInteraction): string {
  let lower = loweredNotes.get(interaction);
  if (lower === undefined) {
    lower = interaction.notes.toLowerCase();
    loweredNotes.set(interaction, lower);
  }
  return lower;
}

export function alreadyShared(update: PlannerProjectUpdate, interactions: readonly PlannerInteraction[]): boolean {
  const title = update.title.trim().toLowerCase();
  const url = update.url?.trim().toLowerCase() ?? null;
  return interactions.some((interaction) => {
    if (interaction.direction !== 'OUTBOUND') return false;
    const notes = notesLowered(interaction);
    return (title.length > 0 && notes.includes(title)) || (url !== null && url.length > 0 && notes.includes(url));
  });
}

function pushSource(sources: SourceRef[], source: SourceRef): void {
  if (!sources.some((known) => known.kind === source.kind && known.id === source.id)) sources.push(source);
}

/** The interview promise an update delivers: they are about the same thing. */
/** The text a promise is compared with, once per update (a plan asks it for every person and promise). */
const deliveryTexts = new WeakMap<PlannerProjectUpdate, string>();

export function promiseDelivered(update: PlannerProjectUpdate, promise: string): boolean {
  let text = deliveryTexts.get(update);
  if (text === undefined) {
    text = `${update.title} ${update.summary} ${update.tags.join(' ')}`;
    deliveryTexts.set(update, text);
  }
  return sharesSubject(promise, text);
}

function someTagFits(tags: readonly string[], phrase: string): boolean {
  for (const tag of tags) if (phraseFits(tag, phrase)) return true;
  return false;
}

/** The first of `phrases` that one of the update's tags fits. */
function firstFitting(phrases: readonly string[], tags: readonly string[]): string | undefined {
  for (const phrase of phrases) if (someTagFits(tags, phrase)) return phrase;
  return undefined;
}

function deliveredPromise(update: PlannerProjectUpdate, interviews: readonly PlannerInterview[]): UpdateFit['promise'] {
  for (const interview of interviews) {
    for (const text of interview.promises) if (promiseDelivered(update, text)) return { interview, text };
  }
  return null;
}

/**
 * The user's project updates worth sharing with `contact`, best first: one
 * that keeps an interview promise, then the most grounds, then the newest.
 * Called for every person of every plan item, so an update that does not
 * fit allocates nothing.
 */
export function fittingUpdates(contact: PlannerContact, context: FitContext): UpdateFit[] {
  const fits: UpdateFit[] = [];
  const event = context.event;
  for (const update of context.projectUpdates) {
    if (alreadyShared(update, context.interactions)) continue;
    const promise = deliveredPromise(update, context.interviews);
    const interest = firstFitting(contact.interests, update.tags);
    let topic: { interview: PlannerInterview; text: string } | null = null;
    for (const interview of context.interviews) {
      const found = firstFitting(interview.topics, update.tags);
      if (found !== undefined) {
        topic = { interview, text: found };
        break;
      }
    }
    let eventTag: string | undefined;
    if (event) {
      for (const tag of update.tags) {
        if (phraseFits(tag, event.title) || event.categories.some((category) => phraseFits(tag, category))) {
          eventTag = tag;
          break;
        }
      }
    }
    const company = contact.companyName && contact.companyId && someTagFits(update.tags, contact.companyName) ? contact.companyName : null;
    if (!promise && interest === undefined && !topic && eventTag === undefined && !company) continue;

    const grounds: string[] = [];
    const sources: SourceRef[] = [{ kind: 'PROJECT_UPDATE', id: update.id }];
    if (promise) pushSource(sources, { kind: 'INTERVIEW', id: promise.interview.id });
    if (interest !== undefined) {
      grounds.push(`${possessive(firstName(contact.name))} interest in ${clean(interest, 60)}`);
      pushSource(sources, { kind: 'CONTACT_NOTE', id: contact.id });
    }
    if (topic) {
      grounds.push(`the interview topic ${clean(topic.text, 60)}`);
      pushSource(sources, { kind: 'INTERVIEW', id: topic.interview.id });
    }
    if (event && eventTag !== undefined) {
      grounds.push(`the event's theme (${clean(eventTag, 40)})`);
      pushSource(sources, { kind: 'EVENT', id: event.id });
    }
    if (company && contact.companyId) {
      grounds.push(clean(company, 60));
      pushSource(sources, { kind: 'COMPANY', id: contact.companyId });
    }
    fits.push({ update, promise, grounds, sources });
  }
  return fits.sort(
    (a, b) =>
      Number(b.promise !== null) - Number(a.promise !== null) ||
      b.grounds.length - a.grounds.length ||
      (a.update.occurredOn < b.update.occurredOn ? 1 : a.update.occurredOn > b.update.occurredOn ? -1 : 0) ||
      (a.update.id < b.update.id ? -1 : a.update.id > b.update.id ? 1 : 0),
  );
}

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
