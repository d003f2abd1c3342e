import { promisedThing } from '../promises';
import { clean } from '../text';
import type { DraftInput, DraftPlan, Piece } from './draft.types';
import {
  coffeeAsk,
  companyPiece,
  eventIntroPieces,
  facts,
  grounding,
  interestPiece,
  interviewHook,
  interviewRecall,
  keptPromisePiece,
  lastTouchPiece,
  metHook,
  present,
  promisePiece,
  questionPiece,
  src,
  summaryPiece,
  updatePiece,
} from './pieces';

/** One plan per draft kind: which pieces, in which order. Every plan recalls something specific first. */

export function linkedInConnectPlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const eventTitle = input.event ? clean(input.event.title) : null;
  const subjects = [
    ...(eventTitle && (input.metAt || input.metAtEvent) ? [`Good to meet you at ${eventTitle}`] : []),
    ...(eventTitle && !input.metAt && !input.metAtEvent ? [`See you at ${eventTitle}?`] : []),
    ...(input.interview ? [`Thank you for the interview on ${f.day(input.interview.occurredAt)}`] : []),
    'Staying in touch',
  ];
  const base = { kind: 'LINKEDIN_CONNECT' as const, greetingName: f.first, subjects };
  // Before an event: say you will be there. After meeting someone: recall the meeting.
  if (!input.metAt && !input.metAtEvent && input.event) {
    return { ...base, pieces: present(...eventIntroPieces(input, f), interviewRecall(input, f)) };
  }
  const hook =
    (input.metAt || input.metAtEvent ? metHook(input, f) : null) ??
    interviewHook(input, f, 'LINKEDIN_CONNECT') ??
    updatePiece(input) ??
    interestPiece(input, f) ??
    companyPiece(f);
  const hooks = present(hook);
  const ask: Piece | null = hook ? { variants: ['I would like to stay in touch.', 'Glad to connect.'], sources: hook.sources, required: true } : null;
  // After "thank you for the interview on 11 Nov" the promise need not name the date again.
  const interviewFirst = hook !== null && hook.sources.some((source) => source.kind === 'INTERVIEW');
  return { ...base, pieces: present(...hooks, promisePiece(input, f, !interviewFirst), ask) };
}

export function thankYouPlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const hook = interviewHook(input, f, 'THANK_YOU');
  const closing: Piece | null = hook
    ? {
        variants: [f.company ? `I am excited about the chance to join the team at ${f.company}.` : 'I am excited about the chance to join the team.'],
        sources: f.companySource ? [f.companySource] : hook.sources,
      }
    : null;
  const title = input.interview?.title ? clean(input.interview.title) : null;
  const day = input.interview ? f.day(input.interview.occurredAt) : '';
  return {
    kind: 'THANK_YOU',
    greetingName: f.first,
    subjects: [...(title ? [`Thank you: ${title} on ${day}`] : []), `Thank you for the interview on ${day}`],
    pieces: present(hook, promisePiece(input, f, false), questionPiece(input), closing),
  };
}

export function checkInPlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const interview = input.interview;
  const day = interview ? f.day(interview.occurredAt) : '';
  const previous = input.previous;
  const hook: Piece | null =
    previous && interview
      ? {
          variants: [
            `I wrote on ${f.day(previous.occurredAt)} after our interview on ${day}${f.company ? `, and I remain very interested in joining ${f.company}` : ''}.`,
            `I wrote on ${f.day(previous.occurredAt)} after our interview on ${day}.`,
          ],
          sources: [src('INTERVIEW', interview.id), src('INTERACTION', previous.id)],
          required: true,
        }
      : interviewHook(input, f, 'CHECK_IN');
  const ask: Piece | null = hook
    ? {
        variants: [
          'Is there an update on next steps you can share? I am glad to provide anything that helps the decision.',
          'Is there an update on next steps you can share?',
        ],
        sources: hook.sources,
        required: true,
      }
    : null;
  return {
    kind: 'CHECK_IN',
    greetingName: f.first,
    subjects: [`Next steps after our interview on ${day}${f.company ? ` (${f.company})` : ''}`, `Next steps after our interview on ${day}`],
    pieces: present(hook, promisePiece(input, f), updatePiece(input), ask),
  };
}

export function metAtEventPlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const previous = input.previous;
  const hook = metHook(input, f);
  const reminder: Piece | null =
    previous && hook
      ? {
          variants: [`I wrote on ${f.day(previous.occurredAt)} after we met, and the offer below still stands.`],
          sources: [src('INTERACTION', previous.id)],
        }
      : null;
  // One thing to share: a kept promise, else an update, else the interview thread.
  const share = promisePiece(input, f) ?? updatePiece(input);
  const recall = share ? null : interviewRecall(input, f);
  const title = input.event ? clean(input.event.title) : null;
  const pieces = present(hook, reminder, share ?? recall);
  return {
    kind: 'MET_AT_EVENT_FOLLOW_UP',
    greetingName: f.first,
    subjects: [...(title ? [`Good to meet you at ${title}`] : []), 'Good to meet you'],
    pieces: present(...pieces, input.askForCoffee === false ? stayInTouch(pieces) : coffeeAsk(input, grounding(pieces), recall === null)),
  };
}

function stayInTouch(pieces: Piece[]): Piece | null {
  const sources = grounding(pieces);
  return sources.length ? { variants: ['I would like to stay in touch.'], sources, required: true } : null;
}

export function coffeeInvitePlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const previous = input.previous;
  const hook: Piece | null = previous
    ? {
        variants: [`I wrote on ${f.day(previous.occurredAt)} about meeting for a coffee; the offer stands whenever suits you.`],
        sources: [src('INTERACTION', previous.id)],
        required: true,
      }
    : ((input.metAt || input.metAtEvent ? metHook(input, f) : null) ??
      interviewHook(input, f, 'COFFEE_INVITE') ??
      lastTouchPiece(input, f) ??
      interestPiece(input, f) ??
      companyPiece(f));
  const topic = input.interview?.topics[0];
  // Without an interview topic to talk about, the contact's interest gives the coffee a subject.
  const interest = !topic && hook && !hook.sources.some((source) => source.kind === 'CONTACT_NOTE') ? interestPiece(input, f) : null;
  const pieces = present(hook, updatePiece(input), interest);
  return {
    kind: 'COFFEE_INVITE',
    greetingName: f.first,
    subjects: [...(topic ? [`Coffee to talk about ${clean(topic)}?`] : []), 'Coffee in the next few weeks?'],
    pieces: present(
      ...pieces,
      previous && hook
        ? { variants: ['If a call is easier, 15 minutes works too.'], sources: hook.sources, required: true }
        : coffeeAsk(input, grounding(pieces)),
    ),
  };
}

export function projectUpdatePlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const fit = input.update;
  const title = fit ? clean(fit.update.title) : '';
  const ask: Piece | null = fit ? { variants: ['I would value your view on it.'], sources: [src('PROJECT_UPDATE', fit.update.id)] } : null;
  const lead = promisePiece(input, f) ?? updatePiece(input);
  return {
    kind: 'PROJECT_UPDATE',
    greetingName: f.first,
    subjects: fit?.promise ? [`As promised: ${title}`] : [title],
    pieces: present(lead ? { ...lead, required: true } : null, summaryPiece(input), ask),
  };
}

/** A promise made at an event, kept: the meeting first, then the promised thing. */
export function keepPromisePlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const kept = keptPromisePiece(input);
  const thing = input.promise?.trim() ? promisedThing(input.promise) : null;
  // Something sent along invites a view on it; a promised introduction or call needs no such line.
  const closing: Piece | null = kept && thing?.isObject ? { variants: ['I would be glad to hear what you think.'], sources: kept.sources } : null;
  const title = input.event ? clean(input.event.title) : null;
  return {
    kind: 'KEEP_PROMISE',
    greetingName: f.first,
    subjects: [
      ...(thing?.isObject && !thing.thing.endsWith('…') ? [`As promised: ${thing.thing}`] : []),
      ...(title ? [`Following up from ${title}`] : []),
      'As promised',
    ],
    pieces: present(metHook(input, f), kept, closing),
  };
}

export function eventIntroductionPlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const intro = eventIntroPieces(input, f);
  const recall = interviewRecall(input, f);
  const title = input.event ? clean(input.event.title) : '';
  return {
    kind: 'EVENT_INTRODUCTION',
    greetingName: f.first,
    subjects: [`See you at ${title}?`, 'See you at the event?'],
    pieces: present(...intro, recall, promisePiece(input, f, recall === null)),
  };
}

export function keepInTouchPlan(input: DraftInput): DraftPlan {
  const f = facts(input);
  const last = input.lastTouch;
  const interview = input.interview;
  const topic = interview?.topics[0];
  const interviewIsLatest = interview && (!last || last.occurredAt.getTime() <= interview.occurredAt.getTime());
  const hook = interviewIsLatest ? interviewHook(input, f, 'KEEP_IN_TOUCH') : (lastTouchPiece(input, f) ?? interviewHook(input, f, 'KEEP_IN_TOUCH'));
  const pieces = present(hook, updatePiece(input), interestPiece(input, f) ?? (hook ? null : companyPiece(f)));
  return {
    kind: 'KEEP_IN_TOUCH',
    greetingName: f.first,
    subjects: [...(topic ? [`${clean(topic)}: a follow-up`] : []), f.company ? `Staying in touch (${f.company})` : 'Staying in touch'],
    pieces: present(...pieces, coffeeAsk(input, grounding(pieces))),
  };
}
