/*
 * User values (titles, names, errors) come from feeds, pages and forms: they
 * may hold line breaks, control characters and bidirectional overrides. In a
 * digest each is shown on one line, so the plain-text layout holds, and
 * clipped, so one runaway error message cannot fill the email.
 */

// C0 and C1 controls other than white space, and the bidi embedding/override/isolate marks that can make text read backwards.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const WHITE_SPACE = /\s+/g;

/** `value` on one line: controls removed, runs of white space (line breaks included) as one space, trimmed, at most `max` characters (then ending in "…"). */
export function oneLine(value: string, max = 300): string {
  const text = value.replace(INVISIBLE, '').replace(WHITE_SPACE, ' ').trim();
  if (text.length <= max) return text;
  // Not inside a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(text[max - 2]) ? max - 2 : max - 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** A user value that may be null: its one-line form, or null when nothing is left. */
export function optionalLine(value: string | null | undefined, max?: number): string | null {
  const text = value ? oneLine(value, max) : '';
  return text || null;
}
