/*
 * What user-entered text may contain once stored. Names end up in lists,
 * drafts, calendar feeds and matching, where an invisible control character
 * or a bidi override (U+202E shows "Acme\u202Etxt.exe" as "Acmeexe.txt")
 * misleads whoever reads them.
 */

/** C0 and C1 control characters and DEL. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** C0 controls except tab and line feed, DEL and C1 controls: what free text drops. */
const CONTROLS_BUT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder the text around them. */
const BIDI_FORMATTING = /[\u202a-\u202e\u2066-\u2069]/g;
/** The bidi marks (LRM, RLM, ALM): invisible, and never wanted in a name. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

/**
 * A name, title or label as stored: one line, control characters and bidi
 * controls removed, runs of white space (line breaks and tabs included)
 * collapsed to one space, trimmed.
 */
export function cleanName(value: string): string {
  return value
    .replace(/[\s\u0085]/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_FORMATTING, '')
    .replace(BIDI_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Free text (notes, a summary) as stored: line breaks (CRLF and CR become
 * LF, so does NEL) and tabs kept, other control characters and the bidi embeddings,
 * overrides and isolates removed, trimmed. Bidi marks stay: right-to-left
 * writers use them to place punctuation.
 */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?|\u0085/g, '\n')
    .replace(CONTROLS_BUT_TAB_AND_NEWLINE, '')
    .replace(BIDI_FORMATTING, '')
    .trim();
}
