import { fitChars } from '../text';
import { choose, sourcesOf, usablePieces } from './choose';
import type { Draft, DraftPlan } from './draft.types';

/** A LinkedIn connection note: one paragraph, at most `maxChars` characters. */
export function renderNote(plan: DraftPlan, maxChars: number): Draft {
  const pieces = usablePieces(plan.pieces);
  const greetings = plan.greetingName ? [`Hi ${plan.greetingName},`, 'Hi,'] : ['Hi,'];
  const join = (greeting: string, chosen: (string | null)[]) => {
    const picked = chosen.filter((text): text is string => text !== null);
    // On one line a bare link must come last, or the next sentence runs into it.
    const sentences = [...picked.filter((text) => !endsWithUrl(text)), ...picked.filter(endsWithUrl)];
    // One line: the sentence after "Hi Priya," continues it ("Hi Priya, thank you for…").
    if (sentences[0]) sentences[0] = lowerAfterGreeting(sentences[0]);
    return [greeting, ...sentences].join(' ');
  };
  for (const greeting of greetings) {
    const chosen = choose(pieces, maxChars, (picked) => join(greeting, picked).length);
    const body = join(greeting, chosen);
    if (body.length <= maxChars) return { kind: plan.kind, channel: 'LINKEDIN_NOTE', subject: null, body, sources: sourcesOf(pieces, chosen) };
  }
  // Only when even the shortest required forms overflow (a tiny custom limit): cut at a word.
  const chosen = choose(pieces, maxChars, (picked) => join('Hi,', picked).length);
  return {
    kind: plan.kind,
    channel: 'LINKEDIN_NOTE',
    subject: null,
    body: fitChars(join('Hi,', chosen), maxChars),
    sources: sourcesOf(pieces, chosen),
  };
}

function endsWithUrl(text: string): boolean {
  return /https?:\/\/[^\s)”]+$/.test(text);
}

function lowerAfterGreeting(sentence: string): string {
  return /^I\b/.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
