import { formatDay } from '@app/zones';
import { isEngagement } from '../history';
import { companyRoleVerb, interactionLabel } from '../labels';
import { promisedThing } from '../promises';
import { clean, firstName, joinList, uncapitalize } from '../text';
import type { MatchRole, SourceRef } from '../types';
import type { DraftInput, DraftKind, Piece } from './draft.types';

/**
 * The sentences drafts are made of. Each piece names its sources and offers
 * shorter forms, so a tight channel drops detail (a topic, a long event
 * title) before it would ever cut a word.
 */

export interface Facts {
  first: string;
  company: string | null;
  companySource: SourceRef | null;
  day: (date: Date) => string;
  weekday: (date: Date) => string;
}

export function facts(input: DraftInput): Facts {
  const { contact, timeZone } = input;
  const first = firstName(contact.name);
  return {
    // A single-word "name" longer than a greeting should be is left out rather than cut.
    first: first.length <= 40 ? first : '',
    company: contact.companyName ? clean(contact.companyName) : null,
    companySource: contact.companyId ? { kind: 'COMPANY', id: contact.companyId } : null,
    day: (date) => formatDay(date, timeZone),
    weekday: (date) => formatDay(date, timeZone, true),
  };
}

export const src = (kind: SourceRef['kind'], id: string): SourceRef => ({ kind, id });

/** Variants with and without an inserted phrase: a tight channel drops the phrase instead of cutting it. */
export function withPhrase(phrase: string, full: (text: string) => string, without: string): string[] {
  const text = clean(phrase, Number.MAX_SAFE_INTEGER);
  return text.length <= MAX_PHRASE_CHARS ? [...new Set([full(text), without])] : [without];
}

/** Longer than this, a title or topic is an essay pasted in a field: no sentence quotes it. */
const MAX_PHRASE_CHARS = 200;

export function interviewHook(input: DraftInput, f: Facts, kind: DraftKind): Piece | null {
  const interview = input.interview;
  if (!interview) return null;
  const day = f.day(interview.occurredAt);
  const topics = interview.topics.map((topic) => clean(topic));
  const present = interview.contactIds.includes(input.contact.id);
  const sources = [src('INTERVIEW', interview.id)];
  if (!present) {
    const team = f.company ? `the ${f.company} team` : 'your team';
    return {
      variants: topics[0]
        ? withPhrase(topics[0], (t) => `I interviewed with ${team} on ${day} and enjoyed the conversation about ${t}.`, `I interviewed with ${team} on ${day}.`)
        : [`I interviewed with ${team} on ${day}.`],
      sources,
      required: true,
    };
  }
  if (kind === 'THANK_YOU') {
    const both = topics.length > 1 ? [`Thank you for your time on ${day}. I enjoyed our conversation about ${joinList(topics.slice(0, 2))}.`] : [];
    return {
      variants: [
        ...both,
        ...(topics[0]
          ? withPhrase(topics[0], (t) => `Thank you for your time on ${day}. I enjoyed our conversation about ${t}.`, `Thank you for your time on ${day}.`)
          : [`Thank you for your time on ${day}.`]),
      ],
      sources,
      required: true,
    };
  }
  if (kind === 'LINKEDIN_CONNECT') {
    return {
      variants: topics[0]
        ? withPhrase(
            topics[0],
            (t) => `Thank you for the interview on ${day}; I enjoyed our conversation about ${t}.`,
            `Thank you for the interview on ${day}.`,
          )
        : [`Thank you for the interview on ${day}.`],
      sources,
      required: true,
    };
  }
  return {
    variants: topics[0]
      ? withPhrase(
          topics[0],
          (t) => `Our conversation on ${day} about ${t} has stayed with me${f.company ? `, and I remain very interested in joining ${f.company}` : ''}.`,
          `Our conversation on ${day} has stayed with me.`,
        )
      : [`Our conversation on ${day} has stayed with me.`],
    sources,
    required: true,
  };
}

export function metHook(input: DraftInput, f: Facts): Piece | null {
  const met = input.metAt;
  const event = input.event;
  if (!met && !event) return null;
  const when = met?.occurredAt ?? event?.startsAt ?? null;
  const sources = [...(event ? [src('EVENT', event.id)] : []), ...(met ? [src('INTERACTION', met.id)] : [])];
  const onDay = when ? ` on ${f.weekday(when)}` : '';
  const variants = event ? withPhrase(event.title, (t) => `Good to meet you at “${t}”${onDay}.`, `Good to meet you${onDay}.`) : [`Good to meet you${onDay}.`];
  // What was talked about is recorded with the meeting: a draft recalls it only when it can cite that meeting.
  const topic = met ? input.talkedAbout?.map((phrase) => clean(phrase)).find(Boolean) : undefined;
  const recalled = topic ? variants.flatMap((v) => withPhrase(topic, (t) => `${v.slice(0, -1)}; I enjoyed our conversation about ${t}.`, v).slice(0, 1)) : [];
  return { variants: [...new Set([...recalled, ...variants])], sources, required: true };
}

/** Keeping a promise. "I am sharing" rather than "here is": the promised thing may be plural ("the numbers"). */
export function promisePiece(input: DraftInput, f: Facts, recallInterview = true): Piece | null {
  const fit = input.update;
  if (!fit?.promise) return null;
  const { thing, isObject } = promisedThing(fit.promise.text);
  const title = clean(fit.update.title);
  const link = fit.update.url ? ` (${fit.update.url})` : '';
  const what = isObject ? thing : `“${title}”`;
  const opening = recallInterview ? `As promised at our interview on ${f.day(fit.promise.interview.occurredAt)}` : 'As promised';
  return {
    variants: [
      ...(isObject ? [`${opening}, I am sharing ${what}: “${title}”${link}.`] : []),
      `${opening}, I am sharing ${what}${link}.`,
      `As promised, I am sharing ${what}${link}.`,
      // A bare link ends the sentence without a full stop, so no client folds the stop into the URL.
      ...(fit.update.url ? [`As promised: ${fit.update.url}`] : []),
    ],
    sources: fit.sources,
  };
}

/**
 * Keeping a promise made when meeting at an event, sourced by the meeting
 * (or the event). An update that delivers it adds its title and link; a
 * bare link stands in for the sentence when a note is tight.
 */
export function keptPromisePiece(input: DraftInput): Piece | null {
  const promise = input.promise?.trim();
  if (!promise) return null;
  const { thing, isObject } = promisedThing(promise);
  // A promise too long to quote whole (cut with an ellipsis) is referred to, not quoted.
  const quotable = !thing.endsWith('…');
  const fit = input.update;
  const url = fit?.update.url ?? null;
  const link = url ? ` (${url})` : '';
  const title = fit ? clean(fit.update.title) : null;
  const heard = input.metAt ? [src('INTERACTION', input.metAt.id)] : input.event ? [src('EVENT', input.event.id)] : [];
  const shortest = url ? `As promised: ${url}` : isObject ? 'As promised, I am sharing what I mentioned.' : 'Following up on what I promised when we met.';
  const variants = !quotable
    ? [...(title ? [`As promised, I am sharing “${title}”${link}.`] : []), shortest]
    : isObject
      ? [
          ...(title ? [`As promised, I am sharing ${thing}: “${title}”${link}.`] : []),
          `As promised, I am sharing ${thing}${link}.`,
          ...(url ? [] : [`As promised, I am sharing ${thing}.`]),
          shortest,
        ]
      : [`Following up on my promise to ${thing.replace(/^to\s+/i, '')}${link}.`, shortest];
  return { variants: [...new Set(variants)], sources: [...heard, ...(fit ? [src('PROJECT_UPDATE', fit.update.id)] : [])], required: true };
}

export function updatePiece(input: DraftInput): Piece | null {
  const fit = input.update;
  if (!fit || fit.promise) return null;
  const title = clean(fit.update.title);
  const link = fit.update.url ? ` (${fit.update.url})` : '';
  const why = fit.grounds.length > 0 ? `, which touches on ${fit.grounds.join(' and ')}` : '';
  return {
    variants: [
      `I recently published “${title}”${link}${why}.`,
      `I recently published “${title}”${link}.`,
      ...(fit.update.url ? [`I recently published this: ${fit.update.url}`] : []),
    ],
    sources: fit.sources,
  };
}

export function summaryPiece(input: DraftInput): Piece | null {
  const fit = input.update;
  if (!fit || !fit.update.summary.trim()) return null;
  const summary = clean(fit.update.summary, 1000);
  return { variants: [`In short: ${uncapitalize(summary)}.`], sources: [src('PROJECT_UPDATE', fit.update.id)] };
}

export function questionPiece(input: DraftInput): Piece | null {
  const interview = input.interview;
  const question = interview?.questionsAsked[0];
  if (!interview || !question || !interview.contactIds.includes(input.contact.id)) return null;
  return {
    variants: [`I have kept thinking about your question, “${clean(question)}”, and would be glad to go deeper on it.`],
    sources: [src('INTERVIEW', interview.id)],
  };
}

const PERSON_EVENT_VERB: Partial<Record<MatchRole, string>> = {
  SPEAKER: 'speaking at',
  PERFORMER: 'presenting at',
  HOST: 'hosting',
  ORGANIZER: 'organising',
  SPONSOR: 'sponsoring',
};

export function eventIntroPieces(input: DraftInput, f: Facts): Piece[] {
  const event = input.event;
  if (!event) return [];
  const eventSources = [src('EVENT', event.id)];
  const when = f.weekday(event.startsAt);
  const personVerb = input.eventRole ? PERSON_EVENT_VERB[input.eventRole] : undefined;
  if (personVerb) {
    return [
      {
        variants: withPhrase(event.title, (t) => `I see you are ${personVerb} “${t}” on ${when}.`, `I see you are ${personVerb} an event on ${when}.`),
        sources: eventSources,
        required: true,
      },
      { variants: ['I will be there and would like to say hello afterwards.', 'I will be there too.'], sources: eventSources, required: true },
    ];
  }
  if (input.companyEventRole && f.company && f.companySource) {
    const verb = companyRoleVerb(input.companyEventRole);
    return [
      {
        variants: withPhrase(event.title, (t) => `I see ${f.company} ${verb} “${t}” on ${when}.`, `I see ${f.company} ${verb} an event on ${when}.`),
        sources: [...eventSources, f.companySource],
        required: true,
      },
      { variants: ['I will be there and would like to say hello if you are going.', 'I will be there too.'], sources: eventSources, required: true },
    ];
  }
  return [
    {
      variants: withPhrase(
        event.title,
        (t) => `I will be at “${t}” on ${when} and would like to say hello if you are going.`,
        `I will be at an event on ${when} and would like to say hello if you are going.`,
      ),
      sources: eventSources,
      required: true,
    },
  ];
}

export function interestPiece(input: DraftInput, f: Facts): Piece | null {
  const interest = input.contact.interests[0];
  if (!interest) return null;
  const where = f.company ? ` at ${f.company}` : '';
  return {
    variants: [
      ...new Set([`I am keen to learn how the team${where} approaches ${clean(interest)}.`, `I am keen to learn how the team approaches ${clean(interest)}.`]),
    ],
    sources: [src('CONTACT_NOTE', input.contact.id)],
  };
}

export function coffeeAsk(input: DraftInput, grounding: SourceRef[], withTopic = true): Piece | null {
  if (grounding.length === 0) return null;
  const topic = withTopic ? input.interview?.topics[0] : undefined;
  return {
    variants: [
      ...(topic ? [`Would you be open to a 20-minute coffee in the next few weeks? I would like to hear how the team approaches ${clean(topic)}.`] : []),
      'Would you be open to a 20-minute coffee in the next few weeks?',
      'Would you be open to a 20-minute coffee?',
    ],
    sources: grounding,
    required: true,
  };
}

export const present = (...pieces: (Piece | null)[]): Piece[] => pieces.filter((piece): piece is Piece => piece !== null);

/** Sources of the first piece: the grounding an ask inherits. */
export const grounding = (pieces: Piece[]): SourceRef[] => pieces[0]?.sources ?? [];

export function interviewRecall(input: DraftInput, f: Facts): Piece | null {
  const interview = input.interview;
  if (!interview || !interview.topics[0] || !interview.contactIds.includes(input.contact.id)) return null;
  return {
    variants: withPhrase(
      interview.topics[0],
      (t) => `It would be good to continue our conversation about ${t} from ${f.day(interview.occurredAt)}.`,
      `It would be good to continue our conversation from ${f.day(interview.occurredAt)}.`,
    ),
    sources: [src('INTERVIEW', interview.id)],
  };
}

/** Thanks for the last conversation, when the last touch was one (a call, a coffee, their reply). */
export function lastTouchPiece(input: DraftInput, f: Facts): Piece | null {
  const last = input.lastTouch;
  if (!last) return null;
  const day = f.day(last.occurredAt);
  const text = !isEngagement(last)
    ? `A short follow-up to my ${interactionLabel(last.kind)} on ${day}.`
    : last.kind === 'MET_AT_EVENT'
      ? `It was good to meet you on ${day}.`
      : `Thank you again for ${last.direction === 'INBOUND' ? 'your' : 'the'} ${interactionLabel(last.kind)} on ${day}.`;
  return { variants: [text], sources: [src('INTERACTION', last.id)], required: true };
}

/** The last resort for a first note: the contact's company, which the user tracks. */
export function companyPiece(f: Facts): Piece | null {
  if (!f.company || !f.companySource) return null;
  return {
    variants: withPhrase(f.company, (name) => `I am keen to learn more about the engineering team at ${name}.`, 'I am keen to learn more about your team.'),
    sources: [f.companySource],
  };
}
