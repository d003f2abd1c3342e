const CALENDAR_LINE = /^[ \t]*BEGIN:(VCALENDAR|VEVENT)[ \t]*\r?$/im;

/** Cheap check used by AUTO source detection: does this text look like an iCalendar file? */
export function looksLikeIcs(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const firstLine =
    head
      .trimStart()
      .split(/\r\n|\r|\n/, 1)[0]
      ?.trim()
      .toUpperCase() ?? '';
  if (firstLine === 'BEGIN:VCALENDAR' || firstLine === 'BEGIN:VEVENT') return true;
  // Some servers put a notice or blank junk before the calendar; markup and JSON never qualify.
  return !/^\s*[<{[]/.test(head) && CALENDAR_LINE.test(head);
}

/**
 * Why `text` cannot be read as a calendar at all, in words a user can act
 * on, or null when it has at least one BEGIN:VCALENDAR or BEGIN:VEVENT line.
 */
export function unreadableReason(text: string): string | null {
  if (text.trim().length === 0) return 'The feed is empty: the server returned no calendar data.';
  const head = text.slice(0, 4096);
  if (isBinary(head)) {
    return 'The feed is binary data (perhaps a compressed or image file), not an iCalendar text file. Check that the URL points to the .ics feed itself.';
  }
  if (CALENDAR_LINE.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) return null;
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(start) || /<html[\s>]/i.test(head)) {
    return 'The URL returned a web page (HTML), not an iCalendar feed. Calendar pages usually link their feed as an ".ics" or "webcal://" address: use that link, or add the page as an event page instead.';
  }
  if (start.startsWith('<')) return 'The URL returned XML, not an iCalendar feed (no BEGIN:VCALENDAR line). Check the feed address.';
  if (start.startsWith('{') || start.startsWith('[')) {
    return 'The URL returned JSON, not an iCalendar feed (no BEGIN:VCALENDAR line). Check the feed address; some services offer ".ics" export separately.';
  }
  return 'This is not an iCalendar feed: it has no BEGIN:VCALENDAR (or BEGIN:VEVENT) line. Check the feed address.';
}

function isBinary(head: string): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  return control > head.length * 0.1;
}
