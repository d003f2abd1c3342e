import { createHash } from 'node:crypto';
import { safeHttpUrl } from '@app/text';

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** Collapses runs of spaces, trims lines and drops repeated blank lines. */
export function tidyText(text: string): string {
  return isTidy(text) ? text : cleanUp(text);
}

/** tidyText's work, done even when there is nothing to do (exported for its spec). */
export function cleanUp(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const SPACE = 0x20;
const LF = 0x0a;

/** Whitespace as `\s` and `trim` read it, beyond ASCII. */
function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * True when tidyText would return the text as it is (most titles and
 * descriptions): no whitespace but single spaces and line breaks, none at
 * either end of a line, no three line breaks in a row. One pass, no copies.
 */
function isTidy(text: string): boolean {
  let previous = LF;
  // As if after two line breaks: one at the start is not tidy (trimmed).
  let breaks = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      if (previous === SPACE || ++breaks === 3) return false;
    } else {
      breaks = 0;
      if (c === SPACE ? previous === SPACE || previous === LF : c < SPACE || (c > 0x7e && isWideSpace(c))) return false;
    }
    previous = c;
  }
  return previous !== SPACE && previous !== LF;
}

/**
 * Plain text from a value that may hold HTML or HTML entities (iCalendar
 * DESCRIPTION fields often do, JSON-LD strings too). Entities are decoded
 * exactly once: "AT&amp;T" becomes "AT&T" and "&amp;amp;" becomes "&amp;".
 */
export function plainText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = TAG.test(value) ? htmlToText(value) : value.includes('&') ? decodeHTML(value) : value;
  const tidy = tidyText(text);
  return tidy.length > 0 ? tidy : null;
}

/**
 * html-to-text and the entity tables take about 8 MB once loaded, and most
 * texts have neither markup nor "&": both are loaded on first use.
 */
let converter: ((html: string) => string) | undefined;
let entityDecoder: ((text: string) => string) | undefined;

function htmlToText(html: string): string {
  converter ??= compileConverter();
  return converter(html);
}

function decodeHTML(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  entityDecoder ??= (require('entities') as typeof import('entities')).decodeHTML;
  return entityDecoder(text);
}

// Compiled once: html-to-text's per-call option handling dominates otherwise
// (3,000 descriptions: 1.4 s with convert(), 20 ms compiled).
function compileConverter(): (html: string) => string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compile } = require('html-to-text') as typeof import('html-to-text');
  return compile({
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}

/** A one-line text (titles, names): plain text on a single line. */
export function singleLine(value: string | null | undefined): string | null {
  const text = plainText(value);
  // plainText leaves single spaces and line breaks only: without a line break there is nothing to join.
  return text ? (text.includes('\n') ? text.replace(/\s+/g, ' ') : text) : null;
}

const MEETING_HOSTS: RegExp[] = [
  /^teams\.microsoft\.com$/,
  /^teams\.live\.com$/,
  /^meet\.google\.com$/,
  /(^|\.)zoom\.us$/,
  /(^|\.)zoomgov\.com$/,
  /^meet\.jit\.si$/,
  /(^|\.)jitsi\./,
  /(^|\.)webex\.com$/,
  /(^|\.)whereby\.com$/,
  /(^|\.)gotomeeting\.com$/,
  /(^|\.)chime\.aws$/,
  /^(www\.)?youtube\.com$/,
  /^live\.|\.live\./,
];

const URL_IN_TEXT = /https?:\/\/[^\s<>"'()\[\]{}]+/gi;

/** True when the URL is an online-meeting or stream link (Teams, Meet, Zoom, Jitsi, Webex...). */
export function isMeetingUrl(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    if (/^(www\.)?youtube\.com$/.test(hostname)) return pathname.startsWith('/live') || pathname.startsWith('/watch');
    return MEETING_HOSTS.some((re) => re.test(hostname));
  } catch {
    return false;
  }
}

/** The first online-meeting URL found in the given texts, in order. */
export function findMeetingUrl(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const url = safeHttpUrl(match[0].replace(/[.,;:!?]+$/, ''));
      if (url && isMeetingUrl(url)) return url;
    }
  }
  return null;
}

/** "name, address" for a structured venue; either part alone when the other is missing. */
export function venueText(name: string | null, address: string | null): string | null {
  if (name && address) return address.toLowerCase().startsWith(name.toLowerCase()) ? address : `${name}, ${address}`;
  return name ?? address ?? null;
}

/**
 * A stable UID for an event whose source gives none: the same event read
 * again yields the same UID, so re-imports do not duplicate it.
 */
export function syntheticUid(...parts: (string | null | undefined)[]): string {
  const digest = createHash('sha256')
    .update(parts.map((p) => (p ?? '').trim().toLowerCase()).join('\u241f'))
    .digest('hex');
  return `topofmind-${digest.slice(0, 32)}`;
}
