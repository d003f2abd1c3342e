import { TextDecoder } from 'node:util';
import { looksLikeIcs } from '@app/ical';

/*
 * Bytes to text, for fetched bodies and files the command line reads: the
 * one place where a calendar's bytes become a string.
 *
 * RFC 5545 §3.1 folds lines after 75 octets, not characters, so a fold can
 * split a UTF-8 sequence (a Japanese title, an umlaut, an emoji, an em dash):
 * decoded first, each half becomes U+FFFD. So an iCalendar body is unfolded
 * as bytes and decoded after. When no fold splits a character (the raw bytes
 * are valid in their charset), decoding first gives the same text, and the
 * text reader's own unfolding keeps warnings' line numbers those of the file.
 *
 * Uploads through GraphQL arrive as strings the client has already decoded:
 * a character a fold split is U+FFFD by then and cannot be recovered (the
 * parser says so in a warning). A string that is proper text keeps its folds
 * at character boundaries, and the text reader unfolds it as usual.
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16_BOMS: [number[], string][] = [
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Legacy charsets in which a fold can split a character: the ASCII-compatible multi-byte ones TextDecoder knows. */
const MULTI_BYTE = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'euc-kr', 'gbk', 'gb18030', 'big5']);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/** Text of a fetched body or a file, in the charset the server or the page declares (UTF-8 otherwise). */
export function decodeBody(body: Uint8Array, contentType: string | null): string {
  const utf16 = UTF16_BOMS.find(([bom]) => startsWith(body, bom));
  // TextDecoder drops a UTF-16 BOM itself.
  if (utf16) return new TextDecoder(utf16[1]).decode(body);
  const bom = startsWith(body, UTF8_BOM);
  const bytes = bom ? body.subarray(UTF8_BOM.length) : body;
  const calendar = looksLikeCalendarBytes(bytes);
  const declared = bom ? 'utf-8' : declaredCharset(bytes, contentType, calendar);
  const encoding = declared === null ? 'utf-8' : encodingOf(declared);
  if (encoding === 'utf-8') return decodeUtf8(bytes, calendar);
  const decoder = new TextDecoder(encoding);
  // UTF-16 and single-byte charsets: a fold cannot split a character there (or bytes cannot be unfolded).
  const text = decoder.decode(calendar && MULTI_BYTE.has(encoding) ? unfoldBytes(bytes) : bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf8(bytes: Uint8Array, calendar: boolean): string {
  const valid = tryStrictUtf8(bytes);
  if (valid !== null) return valid;
  const unfolded = calendar ? unfoldBytes(bytes) : bytes;
  if (unfolded !== bytes) {
    const repaired = tryStrictUtf8(unfolded);
    if (repaired !== null) return repaired;
  }
  // Not UTF-8 even unfolded. Servers label everything UTF-8, and files carry
  // no label: bytes with no valid multi-byte sequence at all are Latin-1 text
  // (read as Windows-1252, its superset, as browsers do); a UTF-8 text with a
  // few damaged bytes stays UTF-8, each damaged byte one U+FFFD.
  if (looksLikeUtf8(unfolded)) return lenientUtf8.decode(unfolded);
  return windows1252.decode(bytes);
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function encodingOf(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

function declaredCharset(bytes: Uint8Array, contentType: string | null, calendar: boolean): string | null {
  const declared = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (declared) return declared.toLowerCase();
  if (calendar) return null;
  const meta = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048))
    .toString('latin1')
    .match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  return meta ? meta.toLowerCase() : null;
}

/** `looksLikeIcs` on the first bytes: its markers are ASCII, which every charset unfolded here shares. */
function looksLikeCalendarBytes(bytes: Uint8Array): boolean {
  return looksLikeIcs(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1'));
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * RFC 5545 §3.1 unfolding on bytes: a line break (CRLF, and leniently a bare
 * LF or CR, as the text reader accepts) followed by one space or TAB is
 * removed with that character. Returns `bytes` itself when there is no fold.
 */
export function unfoldBytes(bytes: Uint8Array): Uint8Array {
  let out: Uint8Array | null = null;
  let written = 0;
  let copiedUpTo = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== CR && byte !== LF) continue;
    const breakLength = byte === CR && bytes[i + 1] === LF ? 2 : 1;
    const next = bytes[i + breakLength];
    if (next !== 0x20 && next !== 0x09) {
      i += breakLength - 1;
      continue;
    }
    out ??= new Uint8Array(bytes.length);
    out.set(bytes.subarray(copiedUpTo, i), written);
    written += i - copiedUpTo;
    copiedUpTo = i + breakLength + 1;
    i = copiedUpTo - 1;
  }
  if (!out) return bytes;
  out.set(bytes.subarray(copiedUpTo), written);
  written += bytes.length - copiedUpTo;
  return out.subarray(0, written);
}

/** Non-ASCII sequences and stray bytes looked at before deciding: enough to tell, without a pass over 10 MB. */
const UTF8_SAMPLE = 1_000;

/**
 * True when the bytes hold more well-formed multi-byte UTF-8 sequences than
 * bytes that fit none: UTF-8 with some damage rather than a legacy charset.
 */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length && sequences + strays < UTF8_SAMPLE;) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      strays++;
      i++;
      continue;
    }
    if (length > 1) sequences++;
    i += length;
  }
  return sequences > strays;
}

/** Length of the well-formed UTF-8 sequence at `i` (1 for ASCII), or 0 when none starts there. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90; // overlong
    if (lead === 0xf4) high = 0x8f; // past U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}
