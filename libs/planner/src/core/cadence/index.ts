import { localDate } from '@app/zones';
import { engagedAfter, type ContactHistory } from '../history';
import type { UpdateFit } from '../project-fit';
import type { SourceRef, TouchKind } from '../types';
import type { CadenceContext, Candidate, Evaluation, Trigger } from './candidate';
import { coffeeSequence } from './coffee';
import { eventIntroduction } from './event-introduction';
import { interviewSequence } from './interview';
import { keepInTouch } from './keep-in-touch';
import { metSequence } from './met-at-event';
import { promisedUpdate } from './promised-update';

export type { CadenceContext, Candidate, ClaimedSequences, Evaluation, Stop, TouchRule } from './candidate';

/**
 * The latest thing that started a sequence: an interview, a meeting at an
 * event, or an open coffee invitation. Only the latest one is live; an
 * older sequence is superseded by what happened since.
 */
function latestTrigger(history: ContactHistory, zone: string): Trigger | null {
  const triggers: Trigger[] = history.interviews.map((interview) => ({
    type: 'INTERVIEW',
    at: interview.occurredAt,
    id: interview.id,
    source: { kind: 'INTERVIEW', id: interview.id },
    interview,
  }));
  const interviewDates = new Set(history.interviews.map((interview) => localDate(interview.occurredAt, zone)));
  for (const interaction of history.interactions) {
    const source: SourceRef = { kind: 'INTERACTION', id: interaction.id };
    // A logged INTERVIEW touch on the day of a recorded interview is the same interview.
    if (interaction.kind === 'INTERVIEW' && !interviewDates.has(localDate(interaction.occurredAt, zone))) {
      triggers.push({ type: 'INTERVIEW', at: interaction.occurredAt, id: interaction.id, source, interview: null });
    } else if (interaction.kind === 'MET_AT_EVENT') {
      triggers.push({ type: 'MET_AT_EVENT', at: interaction.occurredAt, id: interaction.id, source, interaction });
    } else if (interaction.kind === 'COFFEE' && interaction.direction === 'OUTBOUND' && interaction.awaitingReply) {
      triggers.push({ type: 'COFFEE', at: interaction.occurredAt, id: interaction.id, source, interaction });
    }
  }
  triggers.sort((a, b) => a.at.getTime() - b.at.getTime());
  return triggers[triggers.length - 1] ?? null;
}

/** Every rule that applies to one contact now, or the stop rule that silences them. */
export function evaluateCadence(history: ContactHistory, context: CadenceContext): Evaluation {
  const trigger = latestTrigger(history, context.zone);
  // A meeting the checklist follows up is the checklist's: its items are that sequence, item by item.
  const checklisted = trigger !== null && context.claimed?.meetingIds.has(trigger.id) === true;
  const live = trigger && !checklisted && !engagedAfter(history, trigger.at.getTime()) ? trigger : null;
  const candidates: Candidate[] = [];

  if (live) {
    const step =
      live.type === 'INTERVIEW'
        ? interviewSequence(history, live, context)
        : live.type === 'MET_AT_EVENT'
          ? metSequence(history, live, context)
          : coffeeSequence(history, live, context);
    if ('stop' in step) return { stop: step.stop, candidates: [] };
    candidates.push(withUpdate(step.candidate, context.fits));
  } else if (!context.claimed?.open) {
    // While the checklist has items open for the contact, its project update and coffee invite are the keeping in touch.
    const keep = keepInTouch(history, context);
    if (keep) candidates.push(keep);
  }

  // While the thank-you is still to be sent, it carries the promised update itself.
  const promise = candidates.some((candidate) => candidate.rule === 'THANK_YOU') ? null : promisedUpdate(context);
  if (promise) candidates.push(promise);
  const intro = eventIntroduction(history, context);
  if (intro) candidates.push(intro);
  return { stop: null, candidates };
}

/**
 * Gives a sequence touch something to share: a thank-you only carries an
 * update that keeps a promise, other touches the best-fitting one. A
 * check-in that shares an update is the PROJECT_UPDATE move.
 */
function withUpdate(candidate: Candidate, fits: readonly UpdateFit[]): Candidate {
  const update = candidate.rule === 'THANK_YOU' ? (fits.find((fit) => fit.promise !== null) ?? null) : (fits[0] ?? null);
  if (!update) return candidate;
  const kind: TouchKind = candidate.rule === 'INTERVIEW_CHECK_IN' && candidate.kind === 'FOLLOW_UP_EMAIL' ? 'PROJECT_UPDATE' : candidate.kind;
  return { ...candidate, update, kind, sources: [...candidate.sources, ...update.sources] };
}
