import type { FieldText } from './field-text';
import { ROLE_CUES } from './lexicon';
import type { MatchRole } from './types';

const VENUE_WORDS = new Set(['office', 'offices', 'hq', 'headquarters', 'campus']);

/**
 * The role a cue word before a name gives ("Hosted by …", "Speakers: …"),
 * looking back a few words in the same sentence, or across a colon.
 */
function roleCueBefore(f: FieldText, start: number): MatchRole | null {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (f.startsSentence(k + 1) && !f.gap(k + 1).includes(':')) break;
    const role = ROLE_CUES.get(f.tokens[k].norm);
    if (role) return role;
  }
  return null;
}

export function personRoleCue(f: FieldText, start: number): MatchRole {
  return roleCueBefore(f, start) ?? 'MENTION';
}

/** As personRoleCue; also "at Notion's SF office" and "at the Stripe office" make the company the host. */
export function companyRoleCue(f: FieldText, start: number, end: number): MatchRole {
  const cued = roleCueBefore(f, start);
  if (cued) return cued;
  const prev = f.tokens[start - 1];
  const before = prev?.norm === 'the' ? f.tokens[start - 2] : prev;
  if (before?.norm !== 'at') return 'MENTION';
  for (let k = end; k < Math.min(f.tokens.length, end + 3); k++) {
    if (k > end && f.startsSentence(k)) break;
    if (VENUE_WORDS.has(f.tokens[k].norm)) return 'HOST';
  }
  return 'MENTION';
}
