/*
 * Values are cleaned before ical.js escapes them: its TEXT escaping turns
 * "\n" into "\\n" but leaves "\r" as it is, which would end the content line
 * early; RFC 5545 §3.3.11 allows no control character but HTAB in TEXT; and a
 * lone UTF-16 surrogate has no UTF-8 encoding at all.
 */
const LINE_BREAK = /\r\n?/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line plain text a TEXT value can carry: LF line breaks, no other control characters, well-formed UTF-16. */
export function plainText(value: string): string {
  return value.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** One line of plain text: line breaks and runs of white space become one space. */
export function oneLine(value: string): string {
  return plainText(value).replace(/\s+/g, ' ').trim();
}
