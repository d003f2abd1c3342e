import type { FieldText } from './field-text';
import {
  ARTICLES,
  CALENDAR_BUTTON_WORDS,
  CAPITALISED_TOOL_FOLLOWERS,
  CUES_BEFORE,
  FOLLOWERS,
  FUNCTION_WORDS,
  HYPHEN_DESCRIPTORS,
  LIST_WORDS,
  MEDIUM_CUES_BEFORE,
  MEDIUM_FOLLOWERS,
  MEDIUM_LABELS,
  MEDIUM_PRODUCTS,
  NAME_PARTICLES,
  ORG_UNIT_WORDS,
  PLACE_PREFIXES,
  TOOL_FOLLOWERS,
  TRAP_FOLLOWERS,
} from './lexicon';
import { Ambiguity, type NameEntry } from './name-index';
import { isCapitalised, Sep, Shape, type Token } from './tokenise';
import type { TrieHit } from './trie';

export type MentionState = 'accepted' | 'pending' | 'rejected';

export interface CompanyMention {
  companyId: string;
  start: number;
  end: number;
  state: MentionState;
  /** Why it was accepted or rejected, for tests and debugging. */
  cue: string;
}

const verdict = (state: MentionState, cue: string) => ({ state, cue });

function followsWithSpace(f: FieldText, i: number): Token | undefined {
  const t = f.tokens[i];
  return t && t.sep === Sep.SPACE ? t : undefined;
}

function isToolFollower(t: Token | undefined): boolean {
  if (!t) return false;
  return TOOL_FOLLOWERS.has(t.norm) || (CAPITALISED_TOOL_FOLLOWERS.has(t.norm) && isCapitalised(t));
}

/**
 * Why a hit names something other than the company, or null: how an event is
 * held, not who holds it (a meeting or calendar tool, "Google Meet link",
 * "Microsoft Teams meeting"; a "Powered by" footer; an "Add to calendar"
 * button), or a longer hyphenated name ("Stripe-Partner GmbH").
 */
function notTheCompany(f: FieldText, start: number, end: number): string | null {
  const tokens = f.tokens;
  const first = tokens[start];
  const last = tokens[end - 1];
  const next = tokens[end];
  const prev = tokens[start - 1];
  if (!last.possessive && next?.sep === Sep.SPACE && isToolFollower(next)) return 'tool boilerplate';
  if (next?.sep === Sep.HYPHEN && isCapitalised(next) && !HYPHEN_DESCRIPTORS.has(next.norm)) return 'longer hyphenated name';
  if (prev !== undefined) {
    if (first.sep === Sep.HYPHEN && isCapitalised(prev)) return 'longer hyphenated name';
    const verb = first.sep === Sep.SPACE && prev.sep === Sep.SPACE ? tokens[start - 2]?.norm : undefined;
    if ((prev.norm === 'by' && verb === 'powered') || (prev.norm === 'par' && verb === 'propulse')) return 'powered-by footer';
  }
  if (end - start === 1 && MEDIUM_PRODUCTS.has(first.norm) && isMediumUse(f, start, end)) return 'meeting or ticketing tool';
  if (CALENDAR_BUTTON_WORDS.has(first.norm) && f.isCalendarButton(start)) return 'calendar button';
  return null;
}

/**
 * A meeting, streaming or ticketing product named as the way to attend:
 * "via Zoom", "Location: Zoom", "Zoom webinar ID", "Register on Eventbrite",
 * or a location field that says "Zoom". "Zoom HQ" and "the Zoom team" still
 * name the company.
 */
function isMediumUse(f: FieldText, start: number, end: number): boolean {
  const first = f.tokens[start];
  if (first.possessive || hasFollowerCue(f, end)) return false;
  if (f.field === 'location') return true;
  const next = followsWithSpace(f, end);
  if (next && MEDIUM_FOLLOWERS.has(next.norm)) return true;
  const prev = f.tokens[start - 1];
  if (!prev) return false;
  if (first.sep === Sep.SPACE && MEDIUM_CUES_BEFORE.has(prev.norm)) return true;
  return f.gap(start).includes(':') && MEDIUM_LABELS.has(prev.norm);
}

function hasFollowerCue(f: FieldText, end: number): boolean {
  const next = f.tokens[end];
  if (!next) return false;
  // "Block, Inc." puts a comma before the legal form.
  const near = next.sep === Sep.SPACE || (next.sep === Sep.PUNCT && f.gap(end).trim() === ',');
  if (near && FOLLOWERS.has(next.norm)) return true;
  // One word may sit between: "the Notion design team", "Datadog recruiting team".
  const after = f.tokens[end + 1];
  return next.sep === Sep.SPACE && !TRAP_FOLLOWERS.has(next.norm) && after?.sep === Sep.SPACE && FOLLOWERS.has(after.norm);
}

function hasCueBefore(f: FieldText, start: number): boolean {
  const gap = f.gap(start);
  if (gap.includes('@')) return true;
  const prev = f.tokens[start - 1];
  const first = f.tokens[start];
  if (!prev || first.sep !== Sep.SPACE) return false;
  if (CUES_BEFORE.has(prev.norm) && (prev.norm !== 'x' || prev.shape === Shape.LOWER)) return true;
  return prev.norm === 'to' && f.tokens[start - 2]?.norm === 'thanks';
}

/** "(Target)": an organisation given in parentheses, typically right after a person's name. */
function isParenthesised(f: FieldText, start: number, end: number): boolean {
  return f.gap(start).trimEnd().endsWith('(') && f.gap(end).trimStart().startsWith(')');
}

/** A proper noun in running prose: capitalised, not sentence-initial, after a lower-case word that is not an article. */
function isCapitalisedMidSentence(f: FieldText, start: number, end: number): boolean {
  if (f.field !== 'description' && f.field !== 'location') return false;
  const first = f.tokens[start];
  const prev = f.tokens[start - 1];
  if (f.startsSentence(start) || first.shape !== Shape.TITLE || !prev || prev.shape !== Shape.LOWER) return false;
  if (ARTICLES.has(prev.norm) || (first.sep !== Sep.SPACE && f.gap(start).trim() !== ',')) return false;
  const next = followsWithSpace(f, end);
  if (next && isCapitalised(next)) return false;
  return !f.isHeadline(start);
}

/** Location "Square, 1955 Broadway": the company is the venue when it fills the first comma-separated part. */
function isVenueSegment(f: FieldText, start: number, end: number): boolean {
  if (f.field !== 'location' || start !== 0) return false;
  const next = f.tokens[end];
  return !next || next.sep === Sep.BREAK || f.gap(end).trim() === ',';
}

/**
 * "Dawn Chen (@dchen1107), Google" on a line of its own: a company closing a
 * line that starts with a person's name (two to five capitalised words, name
 * particles such as "de" or "Du" besides; handles or nicknames in parentheses
 * allowed) is that person's employer, as in speaker and chair lists.
 */
function isPeopleListAffiliation(f: FieldText, start: number, end: number): boolean {
  if (f.gap(start).trim().replace(/^\)/, '') !== ',' || (end < f.tokens.length && !/[\n\r]/.test(f.gap(end)))) return false;
  let first = start - 1;
  while (first > 0 && !f.startsSentence(first)) first--;
  let depth = 0;
  let names = 0;
  for (let k = first; k < start; k++) {
    const gap = k === first ? '' : f.gap(k);
    if (k > first && gap.includes(',')) return false;
    depth += (gap.match(/\(/g)?.length ?? 0) - (gap.match(/\)/g)?.length ?? 0);
    if (depth > 0) continue;
    const t = f.tokens[k];
    const particle = k > first && NAME_PARTICLES.has(t.norm);
    if (particle && !isCapitalised(t)) continue;
    if (!isCapitalised(t) || (FUNCTION_WORDS.has(t.norm) && !particle)) return false;
    names++;
  }
  return names >= 2 && names <= 5;
}

/**
 * Judges one company-name hit in free text. Distinctive names are accepted
 * as they are; names that are ordinary words must be capitalised, must not
 * sit in a known collocation or a longer proper noun ("Times Square"), and
 * need a cue that an organisation is meant.
 */
export function judgeCompanyMention(f: FieldText, hit: TrieHit<NameEntry>, entry: NameEntry): { state: MentionState; cue: string } {
  const { start, end } = hit;
  const tokens = f.tokens;
  const last = tokens[end - 1];
  const next = followsWithSpace(f, end);
  if (entry.ambiguity === Ambiguity.NONE) {
    const other = notTheCompany(f, start, end);
    return other ? verdict('rejected', other) : verdict('accepted', 'distinctive name');
  }

  const words = tokens.slice(start, end).filter((t) => !FUNCTION_WORDS.has(t.norm));
  if (entry.ambiguity === Ambiguity.ACRONYM && !words.every((t) => t.shape === Shape.UPPER)) return verdict('rejected', 'acronym not in capitals');
  if (!words.every(isCapitalised)) return verdict('rejected', 'not capitalised');
  const other = notTheCompany(f, start, end);
  if (other) return verdict('rejected', other);
  if (entry.ambiguity === Ambiguity.CAPITALISED) return verdict('accepted', 'capitalised multi-word name');

  if (tokens[start].sep === Sep.HYPHEN || tokens[end]?.sep === Sep.HYPHEN) return verdict('rejected', 'hyphenated compound');
  if (!last.possessive && next && TRAP_FOLLOWERS.has(next.norm)) return verdict('rejected', `collocation "${next.norm}"`);
  if (next && next.shape === Shape.OTHER) return verdict('rejected', 'followed by a number');
  const prev = tokens[start - 1];
  if (prev && tokens[start].sep === Sep.SPACE && isCapitalised(prev)) {
    if (PLACE_PREFIXES.has(prev.norm)) return verdict('rejected', `place "${prev.norm} ${tokens[start].norm}"`);
    // Mid-sentence in prose, a capitalised word before the name makes it part of a longer proper noun ("Cloud Square").
    // At the start of a sentence or in a Title Case line the capital says nothing ("Watch Meta's keynote").
    const informative = !f.startsSentence(start - 1) && !f.isHeadline(start);
    if (informative && !FUNCTION_WORDS.has(prev.norm) && !CUES_BEFORE.has(prev.norm)) return verdict('rejected', 'part of a longer proper noun');
  }

  if (last.possessive) return verdict('accepted', 'possessive');
  if (hasFollowerCue(f, end)) return verdict('accepted', 'organisation word after');
  if (hasCueBefore(f, start)) return verdict('accepted', 'organisation cue before');
  if (isParenthesised(f, start, end)) return verdict('accepted', 'parenthesised');
  if (isPeopleListAffiliation(f, start, end)) return verdict('accepted', 'affiliation in a people list');
  if (isVenueSegment(f, start, end)) return verdict('accepted', 'venue');
  if (next && isCapitalised(next)) return verdict('rejected', 'part of a longer proper noun');
  if (isCapitalisedMidSentence(f, start, end)) return verdict('accepted', 'capitalised mid-sentence');
  return verdict('pending', 'needs evidence');
}

/** End (exclusive) of the list separator starting at token i, or -1: ", ", " & ", " and ", ", and ", " x ". */
function separatorEnd(f: FieldText, i: number): number {
  const t = f.tokens[i];
  if (!t) return -1;
  if (t.sep === Sep.PUNCT && /^\s*[,&/+]\s*$/.test(f.gap(i))) {
    return LIST_WORDS.has(t.norm) && t.shape === Shape.LOWER && f.tokens[i + 1]?.sep === Sep.SPACE ? i + 1 : i;
  }
  if (t.sep === Sep.SPACE && LIST_WORDS.has(t.norm) && t.shape === Shape.LOWER && f.tokens[i + 1]?.sep === Sep.SPACE) return i + 1;
  return -1;
}

/**
 * Names listed together stand or fall together: in "Stripe, Adyen and Visa
 * engineers" or "recruiters from AT&T, Shell and Oracle", once one listed
 * name is an organisation the others are too. Items are mentions or runs of
 * capitalised words (an untracked "Adyen" still links the list).
 */
export function propagateThroughLists(f: FieldText, mentions: CompanyMention[]): void {
  if (!mentions.some((m) => m.state === 'pending') || !mentions.some((m) => m.state === 'accepted')) return;
  const byStart = new Map<number, CompanyMention[]>();
  for (const m of mentions) if (m.state !== 'rejected') byStart.set(m.start, [...(byStart.get(m.start) ?? []), m]);
  const tokens = f.tokens;
  let i = 0;
  while (i < tokens.length) {
    const chain: CompanyMention[] = [];
    let items = 0;
    let pos = i;
    for (;;) {
      const starting = byStart.get(pos);
      let itemEnd: number;
      if (starting) {
        itemEnd = Math.max(...starting.map((m) => m.end));
        chain.push(...starting);
      } else if (tokens[pos] && isCapitalised(tokens[pos])) {
        itemEnd = pos + 1;
        while (itemEnd < tokens.length && itemEnd - pos < 4 && tokens[itemEnd]?.sep === Sep.SPACE && isCapitalised(tokens[itemEnd]) && !byStart.has(itemEnd))
          itemEnd++;
      } else {
        break;
      }
      items++;
      const after = separatorEnd(f, itemEnd);
      if (after < 0) {
        pos = itemEnd;
        break;
      }
      pos = after;
    }
    if (items >= 2 && chain.some((m) => m.state === 'accepted')) {
      for (const m of chain) if (m.state === 'pending') Object.assign(m, { state: 'accepted', cue: 'listed with an organisation' });
    }
    i = Math.max(pos, i + 1);
  }
}

/**
 * In a structured organisation field (organizer, sponsor, affiliation) an
 * ordinary-word name counts only when the field starts with it and the rest
 * describes the same organisation: "Meta Open Source", "Visa Inc.", but not
 * "Square Dance Club of Ohio" or "Mission Block Party Committee".
 */
export function acceptsInOrgField(f: FieldText, hit: TrieHit<NameEntry>, entry: NameEntry): boolean {
  if (notTheCompany(f, hit.start, hit.end)) return false;
  if (entry.ambiguity === Ambiguity.NONE) return true;
  if (hit.start !== 0) return false;
  const words = f.tokens.slice(hit.start, hit.end);
  if (entry.ambiguity === Ambiguity.ACRONYM && !words.every((t) => t.shape === Shape.UPPER)) return false;
  if (words.every((t) => t.shape === Shape.LOWER)) return false;
  return f.tokens.slice(hit.end).every((t) => ORG_UNIT_WORDS.has(t.norm));
}

/** A category names a company only when it is exactly the name ("Datadog"), capitalised if the name is a word. */
export function judgeCategory(f: FieldText, hit: TrieHit<NameEntry>, entry: NameEntry): { state: MentionState; cue: string } {
  if (entry.ambiguity === Ambiguity.NONE) return verdict('accepted', 'category');
  const whole = hit.start === 0 && hit.end === f.tokens.length;
  return whole && f.tokens.every(isCapitalised) ? verdict('accepted', 'category') : verdict('rejected', 'category is not the name');
}
