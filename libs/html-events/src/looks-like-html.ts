/**
 * Whether a fetched body is an HTML page (or fragment) at all, as opposed to
 * an iCalendar feed, JSON, XML feed or binary served under the wrong name.
 * Only the head of the text is examined, so this is cheap on large bodies.
 */
export function looksLikeHtml(text: string): boolean {
  return notHtmlReason(text) === null;
}

const HEAD = 64 * 1024;
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|title|link|script|div|span|p|a|section|article|main|header|footer|nav|ul|ol|li|table|time|abbr|h[1-6]|img|br|form|iframe|noscript|style)[\s>/]/i;

/** Why the text is not HTML, or null when it is. */
export function notHtmlReason(text: string): string | null {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed.length === 0) return 'the document is empty';
  if (binary(head)) return 'the document is binary, not text';
  if (/^BEGIN:VCALENDAR/i.test(trimmed) || /^BEGIN:VEVENT/i.test(trimmed)) return 'the document is an iCalendar feed, not an HTML page';
  if (/^[[{]/.test(trimmed)) return 'the document is JSON, not an HTML page';
  if (/^<\?xml/i.test(trimmed) && !/<(?:!doctype\s+html|html)[\s>]/i.test(head)) return 'the document is XML, not an HTML page';
  if (!HTML_TAG.test(head)) return 'the document has no HTML markup';
  return null;
}

function binary(head: string): boolean {
  let control = 0;
  const sample = Math.min(head.length, 8192);
  for (let i = 0; i < sample; i++) {
    const code = head.charCodeAt(i);
    // Tab, LF, FF and CR are text; the other C0 controls are not.
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control++;
  }
  return control > sample * 0.01;
}
