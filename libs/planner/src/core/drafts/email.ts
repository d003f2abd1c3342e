import { capitalize, countWords, fitChars, fitWords } from '../text';
import { hasBannedPhrase } from './banned-phrases';
import { choose, sourcesOf, usablePieces } from './choose';
import type { Draft, DraftChannel, DraftPlan } from './draft.types';

const SUBJECT_MAX_CHARS = 78;

/** An email or a message to a connection: paragraphs, at most `maxWords` words in the body. */
export function renderMessage(plan: DraftPlan, channel: Exclude<DraftChannel, 'LINKEDIN_NOTE'>, maxWords: number, senderName: string | null): Draft {
  const pieces = usablePieces(plan.pieces);
  const greeting = plan.greetingName ? `Hi ${plan.greetingName},` : 'Hi,';
  const signOff = senderName ? `Best,\n${senderName}` : 'Best,';
  const join = (chosen: (string | null)[]) => [greeting, ...chosen.filter((text): text is string => text !== null), signOff].join('\n\n');
  const chosen = choose(pieces, maxWords, (picked) => countWords(join(picked)));
  const body = countWords(join(chosen)) <= maxWords ? join(chosen) : fitWords(join(chosen), maxWords);
  const subject = channel === 'EMAIL' ? pickSubject(plan.subjects) : null;
  return { kind: plan.kind, channel, subject, body, sources: sourcesOf(pieces, chosen) };
}

function pickSubject(subjects: readonly string[]): string {
  const clean = subjects.filter((subject) => subject.trim() && !hasBannedPhrase(subject));
  const fitting = clean.find((subject) => subject.length <= SUBJECT_MAX_CHARS);
  return capitalize(fitting ?? fitChars(clean[clean.length - 1] ?? 'Staying in touch', SUBJECT_MAX_CHARS));
}
