import { foldWord } from './normalise';

/** What separates a token from the one before it; names and phrases only span SPACE and HYPHEN. */
export const Sep = { START: 0, SPACE: 1, HYPHEN: 2, PUNCT: 3, BREAK: 4 } as const;
export type Sep = (typeof Sep)[keyof typeof Sep];

/** Letter case of the token as written, which is what tells "Notion" from "notion". */
export const Shape = { LOWER: 0, TITLE: 1, UPPER: 2, OTHER: 3 } as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

export interface Token {
  /** Folded form used for lookups: lower-case, no accents, no apostrophes, possessive "'s" removed. */
  norm: string;
  /** Offsets of the surface form in the field text (end exclusive, possessive included). */
  start: number;
  end: number;
  shape: Shape;
  possessive: boolean;
  sep: Sep;
}

/** A URL, scheme-less link or e-mail address found in free text: not tokenised (a meet.google.com link must not read as "Google"). */
export interface Link {
  kind: 'url' | 'email';
  text: string;
}

export interface Tokenised {
  text: string;
  tokens: Token[];
  links: Link[];
}

const LINK = /(?:https?:\/\/|www\.)[^\s<>"'`]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// A scheme-less link ("meet.google.com/abc", "google.com") is found from its top-level domain, which must be one of
// a closed list so that "Node.js" and "e.g." stay words; looking only at dots keeps this cheap.
const BARE_TLDS = new Set([
  'com',
  'org',
  'net',
  'io',
  'dev',
  'ai',
  'app',
  'co',
  'us',
  'uk',
  'fr',
  'de',
  'eu',
  'xyz',
  'tech',
  'gov',
  'edu',
  'ly',
  'me',
  'gl',
  'gle',
  'ms',
  'so',
  'sh',
  'tv',
  'gg',
  'to',
]);
const PATH = /[^\s<>"'`]*/y;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Sentence and clause breaks: a name never spans them ("your grace. Park" is not "Grace Park").
const BREAK_CHARS = new Set(['.', '!', '?', ':', ';', '|', '•', '·', '—', '–', '\n', '\r', '\t']);
const HYPHENS = new Set(['-', '‐', '‑']);

function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHAR.test(text[i]);
}

function shapeOf(surface: string): Shape {
  let letters = 0;
  let upper = 0;
  let firstUpper: boolean | null = null;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    let isUpper: boolean;
    let isLetter: boolean;
    if (code < 0x80) {
      isUpper = code >= 65 && code <= 90;
      isLetter = isUpper || (code >= 97 && code <= 122);
    } else {
      const ch = surface[i];
      isUpper = ch !== ch.toLowerCase();
      isLetter = isUpper || ch !== ch.toUpperCase();
    }
    if (!isLetter) continue;
    letters++;
    if (isUpper) upper++;
    if (firstUpper === null) firstUpper = isUpper;
  }
  if (letters === 0) return Shape.OTHER;
  if (letters >= 2 && upper === letters) return Shape.UPPER;
  return firstUpper ? Shape.TITLE : Shape.LOWER;
}

function sepOf(text: string, from: number, to: number): Sep {
  // Most gaps are one plain space.
  if (to - from === 1) {
    const code = text.charCodeAt(from);
    if (code === 32) return Sep.SPACE;
    if (code === 45 || code === 0x2010 || code === 0x2011) return Sep.HYPHEN;
  }
  let sep: Sep = Sep.SPACE;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (BREAK_CHARS.has(ch)) return Sep.BREAK;
    // A spaced dash (" - ") separates title parts like an em dash does.
    if (HYPHENS.has(ch)) return Sep.BREAK;
    if (ch !== ' ' && ch !== '\u00a0') sep = Sep.PUNCT;
  }
  return sep;
}

/** True when the letters after the dot at i are a listed top-level domain ending the word. */
function bareTldAt(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && j - i <= 5) {
    const code = text.charCodeAt(j) | 0x20;
    if (code < 97 || code > 122) break;
    j++;
  }
  if (j === i + 1 || j - i > 5) return false;
  const next = text.charCodeAt(j);
  if (j < text.length && (isWordCharAt(text, j) || next === 45)) return false;
  return BARE_TLDS.has(text.slice(i + 1, j).toLowerCase());
}

function isHostChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 46;
}

function findLinks(text: string): { spans: [number, number][]; links: Link[] } {
  const spans: [number, number][] = [];
  const links: Link[] = [];
  const add = (start: number, raw: string, kind: Link['kind']) => {
    spans.push([start, start + raw.length]);
    links.push({ kind, text: raw });
  };
  if (text.includes('://') || text.includes('www.') || text.includes('@')) {
    for (const m of text.matchAll(LINK)) {
      const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
      add(m.index ?? 0, raw, raw.includes('@') && !/^(?:https?:\/\/|www\.)/i.test(raw) ? 'email' : 'url');
    }
  }
  const explicit = spans.length;
  let inside = 0;
  for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
    // Dots inside links already found are skipped whole; most other dots end a sentence, so a letter must follow.
    while (inside < explicit && spans[inside][1] <= dot) inside++;
    if (inside < explicit && spans[inside][0] <= dot) {
      dot = spans[inside][1] - 1;
      continue;
    }
    const after = text.charCodeAt(dot + 1) | 0x20;
    if (after < 97 || after > 122 || !isHostChar(text.charCodeAt(dot - 1)) || !bareTldAt(text, dot)) continue;
    let start = dot;
    while (start > 0 && isHostChar(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && isHostChar(text.charCodeAt(end))) end++;
    const host = text.slice(start, end).replace(/\.+$/, '');
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    const before = start > 0 ? text[start - 1] : '';
    dot = end - 1;
    if (text[start] === '.' || text[start] === '-' || before === '@' || /\w/.test(before)) continue;
    if (!BARE_TLDS.has(tld) && !(tld.length === 2 && BARE_TLDS.has(host.split('.').at(-2)?.toLowerCase() ?? ''))) continue;
    if (inside < explicit && start + host.length > spans[inside][0]) continue;
    if (end < text.length && '/?#'.includes(text[end])) {
      PATH.lastIndex = end;
      end += PATH.exec(text)?.[0].length ?? 0;
      dot = end - 1;
    }
    add(start, text.slice(start, end).replace(/[.,;:!?)\]]+$/, ''), 'url');
  }
  if (spans.length > explicit && explicit > 0) {
    const order = spans.map((_, i) => i).sort((a, b) => spans[a][0] - spans[b][0]);
    return { spans: order.map((i) => spans[i]), links: order.map((i) => links[i]) };
  }
  return { spans, links };
}

/**
 * Splits text into word tokens in one pass. A token is a run of letters and
 * digits, with apostrophes between letters ("O'Brien") and ampersands between
 * letters ("AT&T", "R&D") kept inside it. Hyphens split tokens but are
 * remembered (Sep.HYPHEN) so "Jean-Luc" still matches and "Meta-learning" can
 * be told apart from "Meta".
 */
export function tokenise(text: string): Tokenised {
  const { spans, links } = findLinks(text);
  const tokens: Token[] = [];
  let nextSpan = spans.length > 0 ? spans[0] : null;
  let spanIndex = 0;
  let prevEnd = 0;
  let sawLink = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (nextSpan && i >= nextSpan[0]) {
      i = Math.max(i, nextSpan[1]);
      nextSpan = spans[++spanIndex] ?? null;
      sawLink = true;
      continue;
    }
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    // One scan finds the end of the word and whether it is plain ASCII (the common case, folded by toLowerCase alone).
    const start = i;
    let j = i + 1;
    let ascii = text.charCodeAt(i) < 0x80;
    let joined = false;
    while (j < n) {
      const code = text.charCodeAt(j);
      if (isWordCharAt(text, j)) {
        if (code >= 0x80) ascii = false;
        j++;
      } else if ((isApostrophe(code) || code === 38) /* & */ && j + 1 < n && isWordCharAt(text, j + 1)) {
        joined = true;
        j += 2;
      } else {
        break;
      }
    }
    let wordEnd = j;
    let possessive = false;
    const lastCode = text.charCodeAt(j - 1);
    if (lastCode === 115 || lastCode === 83 /* s S */) {
      if (j - start >= 3 && isApostrophe(text.charCodeAt(j - 2))) {
        wordEnd = j - 2;
        possessive = true;
      } else if (j < n && isApostrophe(text.charCodeAt(j))) {
        possessive = true; // "managers'"
      }
    }
    const word = text.slice(start, wordEnd);
    const norm = ascii && !joined ? word.toLowerCase() : foldWord(word);
    const sep = tokens.length === 0 ? Sep.START : sawLink ? Sep.BREAK : sepOf(text, prevEnd, start);
    tokens.push({ norm, start, end: j, shape: shapeOf(word), possessive, sep });
    sawLink = false;
    prevEnd = j;
    i = j;
  }
  return { text, tokens, links };
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

/** True when the token starts a sentence or clause (or the field). */
export function startsSentence(token: Token): boolean {
  return token.sep === Sep.START || token.sep === Sep.BREAK;
}

export function isCapitalised(token: Token): boolean {
  return token.shape === Shape.TITLE || token.shape === Shape.UPPER;
}

/** [first, last] token indexes of the sentence holding token i. */
export function sentenceRange(tokens: Token[], i: number): [number, number] {
  let first = i;
  while (first > 0 && !startsSentence(tokens[first])) first--;
  let last = i;
  while (last + 1 < tokens.length && !startsSentence(tokens[last + 1])) last++;
  return [first, last];
}
