import { foldText } from '@app/text';

/**
 * Small text helpers shared by talking points, drafts and reasons. Every
 * phrase taken from the user's data goes through `clean` so a stray newline
 * or a 2,000-character note cannot break a template.
 */

export const STOP_WORDS = new Set(
  'a an and are as at be by for from has have how i in is it its of on or our the their this to was we what when where which who why will with you your my me us about into over up'.split(
    ' ',
  ),
);

/**
 * Collapses whitespace and trims trailing sentence punctuation, so the phrase
 * can sit inside a sentence. The cap only guards against pasted essays:
 * templates offer variants without the phrase rather than cutting it.
 */
export function clean(phrase: string, maxChars = 200): string {
  const collapsed = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,!]+$/u, '');
  return fitChars(collapsed, maxChars);
}

const MAX_CACHED_WORDS = 20_000;
const wordCache = new Map<string, readonly string[]>();

/** Lower-case, accent-free words; a trailing plural "s" is dropped so "CRDTs" fits "CRDT". */
export function words(text: string): readonly string[] {
  // The same tags, interests and topics are compared for every contact and event.
  let cached = wordCache.get(text);
  if (!cached) {
    cached = splitWords(text);
    if (wordCache.size >= MAX_CACHED_WORDS) wordCache.clear();
    wordCache.set(text, cached);
  }
  return cached;
}

function splitWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/** True when the shorter phrase occurs, word for word, inside the longer one. */
export function phraseFits(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0 || short.join('').length < 2 || short.every((word) => STOP_WORDS.has(word))) return false;
  outer: for (let i = 0; i + short.length <= long.length; i += 1) {
    for (let j = 0; j < short.length; j += 1) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether two texts are about the same thing: one shared distinctive word
 * (six letters or more, such as "benchmark") or two shared ordinary ones.
 */
export function sharesSubject(a: string, b: string): boolean {
  const content = (text: string) => new Set(words(text).filter((word) => !STOP_WORDS.has(word) && word.length > 2));
  const right = content(b);
  const shared = [...content(a)].filter((word) => right.has(word));
  return shared.some((word) => word.length >= 6) || shared.length >= 2;
}

export function firstName(fullName: string): string {
  const first = fullName.trim().split(/\s+/)[0] ?? '';
  return first.replace(/[,;]+$/, '');
}

export function possessive(name: string): string {
  return `${name}'s`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * At most `maxChars` characters, cut at a word boundary with an ellipsis when
 * it has to be cut: never mid-word, so the result still reads as text.
 */
export function fitChars(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const room = text.slice(0, Math.max(0, maxChars - 1));
  // When the cut falls just before a space, the last word in `room` is whole.
  const boundary = /\s/.test(text.charAt(room.length)) ? room.length : room.lastIndexOf(' ');
  const kept = (boundary > 0 ? room.slice(0, boundary) : '').replace(/[\s,;:–-]+$/u, '');
  return kept ? `${kept}…` : '';
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** At most `maxWords` words, cut at a word with an ellipsis. */
export function fitWords(text: string, maxWords: number): string {
  if (countWords(text) <= maxWords) return text;
  const tokens = text.split(/(\s+)/);
  let seen = 0;
  let out = '';
  for (const token of tokens) {
    if (/[\p{L}\p{N}]/u.test(token)) {
      if (seen === maxWords) break;
      seen += 1;
    }
    out += token;
  }
  return `${out.trimEnd().replace(/[,;:–-]+$/u, '')}…`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function uncapitalize(text: string): string {
  // Keep acronyms and proper nouns ("API", "PostgreSQL") as they are.
  return /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
