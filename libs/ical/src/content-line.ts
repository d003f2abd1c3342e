/**
 * RFC 5545 §3.1 content lines: unfolding, NAME;PARAM=VALUE:VALUE splitting
 * and TEXT unescaping. Written by hand rather than taken from ical.js because
 * it must be lenient where ical.js throws: a stray line, an empty parameter
 * (`DTSTART;;VALUE=...`), or Exchange's `TZID="zone:value"` quoting swallow a
 * whole component there, and each of those is one warning here.
 */

/** Longest logical line kept (1 MiB); the rest is dropped so a pathological line cannot cost more. */
export const MAX_LINE_CHARS = 1 << 20;

export interface LogicalLine {
  text: string;
  /** 1-based number of the first physical line. */
  line: number;
  /** Offset of the first character of the first physical line. */
  start: number;
  /** Offset just past the last physical line's line break. */
  end: number;
  truncated: boolean;
}

/**
 * The BOM removed, and bare CR line breaks (old Mac files) turned into LF.
 * CRLF stays: the line reader drops the CR, which saves copying a large feed.
 */
export function normaliseLineBreaks(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return /\r(?!\n)/.test(withoutBom) ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/**
 * Calls `visit` for each logical line of `text[from, to)` (LF line breaks).
 * A physical line starting with a space or TAB continues the previous one;
 * exactly one whitespace character is the fold marker (§3.1), so unfolding
 * happens before unescaping and a fold inside "\n" is harmless. When
 * `wanted` says no for the offset where a logical line starts, that line is
 * skipped without being copied or unfolded.
 */
export function forEachLogicalLine(
  text: string,
  from: number,
  to: number,
  firstLine: number,
  visit: (line: LogicalLine) => void,
  wanted?: (text: string, start: number) => boolean,
): void {
  let pos = from;
  let lineNo = firstLine;
  let head: string | null = null;
  let parts: string[] | null = null;
  let length = 0;
  let truncated = false;
  let headLine = 0;
  let headStart = 0;
  let headEnd = 0;
  let skipping = false;

  const flush = () => {
    if (head === null) return;
    const joined: string = parts ? head + parts.join('') : head;
    visit({ text: joined, line: headLine, start: headStart, end: headEnd, truncated });
    head = null;
    parts = null;
  };

  while (pos < to) {
    let next = text.indexOf('\n', pos);
    if (next === -1 || next >= to) next = to;
    const first = text.charCodeAt(pos);
    if ((first === 0x20 || first === 0x09) && (head !== null || skipping)) {
      if (!skipping) appendFold(next);
    } else {
      flush();
      skipping = wanted !== undefined && !wanted(text, pos);
      if (!skipping) {
        // CRLF: the CR is not part of the line.
        const nl = lineEnd(next);
        head = nl - pos > MAX_LINE_CHARS ? text.slice(pos, pos + MAX_LINE_CHARS) : text.slice(pos, nl);
        truncated = head.length < nl - pos;
        length = head.length;
        headLine = lineNo;
        headStart = pos;
      }
    }
    headEnd = Math.min(next + 1, to);
    pos = next + 1;
    lineNo++;
  }
  flush();

  function lineEnd(next: number): number {
    return next > pos && text.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
  }

  function appendFold(next: number): void {
    if (length >= MAX_LINE_CHARS) {
      truncated = true;
      return;
    }
    const nl = lineEnd(next);
    const piece = text.slice(pos + 1, Math.min(nl, pos + 1 + MAX_LINE_CHARS - length));
    (parts ??= []).push(piece);
    length += piece.length;
    if (nl - pos - 1 > piece.length) truncated = true;
  }
}

export interface ContentLine {
  /** Upper-cased property name. */
  name: string;
  /** Upper-cased parameter names; values unquoted, several values kept comma-joined. */
  params: Record<string, string>;
  value: string;
  /** True when the line was only readable after repairing its quoting. */
  repaired: boolean;
}

/**
 * Splits a logical line into name, parameters and value, or null when it is
 * not a content line at all (no name, no colon).
 */
export function parseContentLine(line: string): ContentLine | null {
  const colon = line.indexOf(':');
  const semi = line.indexOf(';');
  // Fast path: no parameters, which is most lines of most feeds.
  if (colon > 0 && (semi === -1 || semi > colon)) {
    const name = line.slice(0, colon).trim();
    if (!isName(name)) return null;
    return { name: name.toUpperCase(), params: {}, value: line.slice(colon + 1), repaired: false };
  }
  if (semi <= 0) return null;
  const name = line.slice(0, semi).trim();
  if (!isName(name)) return null;

  const params: Record<string, string> = {};
  let pos = semi;
  let lastQuoted: { name: string; value: string } | null = null;
  while (pos < line.length && line[pos] === ';') {
    pos++;
    let eq = pos;
    while (eq < line.length && line[eq] !== '=' && line[eq] !== ';' && line[eq] !== ':') eq++;
    const paramName = line.slice(pos, eq).trim().toUpperCase();
    if (line[eq] !== '=') {
      // `;;` or a bare word: nothing to keep, carry on with the next parameter.
      pos = eq;
      continue;
    }
    pos = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (line[pos] === '"') {
        const close = line.indexOf('"', pos + 1);
        const end = close === -1 ? line.length : close;
        const quoted = line.slice(pos + 1, end);
        values.push(quoted);
        lastQuoted = { name: paramName, value: quoted };
        pos = close === -1 ? line.length : close + 1;
      } else {
        let end = pos;
        while (end < line.length && line[end] !== ',' && line[end] !== ';' && line[end] !== ':') end++;
        values.push(line.slice(pos, end));
        pos = end;
      }
      if (line[pos] === ',') {
        pos++;
        continue;
      }
      break;
    }
    if (paramName && !(paramName in params)) params[paramName] = values.join(',');
    // Anything between a closing quote and the next separator is noise.
    while (pos < line.length && line[pos] !== ';' && line[pos] !== ':') pos++;
  }

  if (line[pos] === ':') {
    return { name: name.toUpperCase(), params, value: line.slice(pos + 1), repaired: false };
  }
  // Exchange writes DTSTART;TZID="W. Europe Standard Time:20200609T090000":
  // the value sits inside the quotes. Split the quoted text at its last colon.
  if (lastQuoted && lastQuoted.value.includes(':')) {
    const split = lastQuoted.value.lastIndexOf(':');
    params[lastQuoted.name] = lastQuoted.value.slice(0, split);
    return { name: name.toUpperCase(), params, value: lastQuoted.value.slice(split + 1), repaired: true };
  }
  return null;
}

/** [A-Za-z0-9_-]+, at most 200 characters. */
function isName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (!letter && !(c >= 0x30 && c <= 0x39) && c !== 0x5f && c !== 0x2d) return false;
  }
  return true;
}

/** RFC 5545 §3.3.11 TEXT unescaping: \n \N \, \; \\ (and a stray "\:" some producers write). */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([nN,;:\\"])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a multi-valued TEXT (CATEGORIES, RESOURCES) on commas that are not escaped. */
export function splitTextList(value: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x2c) {
      out.push(value.slice(from, i));
      from = i + 1;
    }
  }
  out.push(value.slice(from));
  return out.map(unescapeText);
}

/**
 * The same string, flattened. Concatenation and `replace` leave V8 cons
 * strings (trees of fragments, about twice the size); reading a character
 * flattens one in place and the next GC drops the tree. Used on strings kept
 * by every instance of a series.
 */
export function flat<T extends string | null>(text: T): T {
  if (text) text.charCodeAt(0);
  return text;
}
