import { forEachLogicalLine, parseContentLine, unescapeText } from './content-line';
import type { WarningLog } from './warnings';

/**
 * First pass over a feed: finds where each top-level component starts and
 * ends, without building it. Later passes parse the VTIMEZONEs first and then
 * each UID's VEVENTs on their own, so a 50,000-event feed never exists as one
 * object tree (ical.js's `ICAL.parse` of such a file peaks around 440 MB).
 */

/** Components that sit directly in a VCALENDAR (RFC 5545 §3.6, RFC 7953), each name to one shared string for the records. */
const TOP_LEVEL = new Map(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE', 'VAVAILABILITY'].map((name) => [name, name]));

/** Deeper nesting than this is not a calendar; the component is skipped without a stack that deep. */
export const MAX_NESTING = 32;

export interface CalendarInfo {
  /** 1-based line of BEGIN:VCALENDAR, or of the first bare component. */
  line: number;
  /** iTIP method (RFC 5546), upper-cased, or null. */
  method: string | null;
  /** X-WR-TIMEZONE: the zone Apple and Google give for the whole calendar. */
  calendarZone: string | null;
  /** True for the stand-in calendar of components found outside any VCALENDAR. */
  implicit: boolean;
}

export interface ComponentRecord {
  kind: string;
  line: number;
  start: number;
  end: number;
  calendar: number;
  uid: string | null;
}

export interface ScanResult {
  records: ComponentRecord[];
  calendars: CalendarInfo[];
  /** True when any BEGIN:VCALENDAR or top-level BEGIN line was seen. */
  foundCalendar: boolean;
}

interface OpenComponent {
  name: string;
  line: number;
  start: number;
}

export function scanComponents(text: string, warnings: WarningLog): ScanResult {
  const records: ComponentRecord[] = [];
  const calendars: CalendarInfo[] = [];
  const stack: OpenComponent[] = [];
  let calendar = -1;
  let inCalendar = false;
  let top: (OpenComponent & { uid: string | null; broken: string | null }) | null = null;
  let overflow = 0;
  let foundCalendar = false;

  let bareCalendar = -1;
  // Components outside any VCALENDAR (khal writes bare VEVENTs) share one implicit calendar.
  const ensureCalendar = (line: number) => {
    if (inCalendar) return;
    if (bareCalendar === -1) {
      calendars.push({ line, method: null, calendarZone: null, implicit: true });
      bareCalendar = calendars.length - 1;
    }
    calendar = bareCalendar;
  };

  const abandonTop = (reason: string) => {
    if (!top) return;
    warnings.add(`${top.name} starting at line ${top.line} skipped: ${reason}`, top.line, top.uid);
    const depth = stack.indexOf(top);
    stack.length = depth;
    top = null;
    overflow = 0;
  };

  // Inside a component only its BEGIN, END and UID lines matter here; the others are not even copied.
  const wanted = (source: string, at: number) => top === null || mayStartBeginEndOrUid(source.charCodeAt(at));

  forEachLogicalLine(
    text,
    0,
    text.length,
    1,
    ({ text: raw, line, start, end }) => {
      const lineText = raw.trim();
      if (lineText === '') return;
      const upper = lineText.slice(0, 6).toUpperCase();

      if (upper === 'BEGIN:') {
        const name = lineText.slice(6).trim().toUpperCase();
        foundCalendar ||= name === 'VCALENDAR' || TOP_LEVEL.has(name);
        if (name === 'VCALENDAR') {
          if (top) abandonTop(`no END:${top.name} before the next VCALENDAR at line ${line}`);
          stack.length = 0;
          calendars.push({ line, method: null, calendarZone: null, implicit: false });
          calendar = calendars.length - 1;
          inCalendar = true;
          stack.push({ name, line, start });
          return;
        }
        if (top && TOP_LEVEL.has(name)) abandonTop(`no END:${top.name} before BEGIN:${name} at line ${line}`);
        if (!top) {
          ensureCalendar(line);
          top = { name, line, start, uid: null, broken: null };
          stack.push(top);
          return;
        }
        if (overflow > 0 || stack.length >= MAX_NESTING) {
          overflow++;
          top.broken ??= `components nested deeper than ${MAX_NESTING} levels (line ${line})`;
          return;
        }
        stack.push({ name, line, start });
        return;
      }

      if (upper.startsWith('END:')) {
        const name = lineText.slice(4).trim().toUpperCase();
        if (overflow > 0) {
          overflow--;
          return;
        }
        let depth = stack.length - 1;
        while (depth >= 0 && stack[depth].name !== name) depth--;
        if (depth < 0) {
          warnings.add(`line ${line}: END:${name} without a matching BEGIN; ignored`, line);
          return;
        }
        const topDepth = top ? stack.indexOf(top) : -1;
        if (top && depth < topDepth) {
          // END:VCALENDAR (or another outer END) while a component is still open.
          abandonTop(`no END:${top.name} before END:${name} at line ${line}`);
        }
        if (top && depth === topDepth) {
          if (top.broken) {
            abandonTop(top.broken);
            return;
          }
          records.push({ kind: TOP_LEVEL.get(top.name) ?? top.name, line: top.line, start: top.start, end, calendar, uid: top.uid });
          top = null;
        }
        stack.length = depth;
        if (name === 'VCALENDAR') inCalendar = false;
        return;
      }

      if (top) {
        // Only the component's own UID (not a nested PARTICIPANT's) groups it.
        if (stack[stack.length - 1] === top && top.uid === null && /^UID[;:]/i.test(lineText)) {
          const property = parseContentLine(lineText);
          const uid = property ? unescapeText(property.value).trim() : '';
          if (uid) top.uid = uid;
        }
        return;
      }
      if (inCalendar && stack.length === 1) {
        const property = parseContentLine(lineText);
        if (!property) {
          warnings.add(`line ${line}: "${preview(lineText)}" is not a content line; ignored`, line);
          return;
        }
        const info = calendars[calendar];
        if (property.name === 'METHOD') info.method ??= property.value.trim().toUpperCase() || null;
        if (property.name === 'X-WR-TIMEZONE') info.calendarZone ??= unescapeText(property.value).trim() || null;
        return;
      }
      warnings.add(`line ${line}: "${preview(lineText)}" is outside any calendar component; ignored`, line);
    },
    wanted,
  );

  if (top) abandonTop('the file ends before its END line (truncated?)');
  return { records, calendars, foundCalendar };
}

/**
 * False for a first character that no BEGIN, END or UID line can have: a
 * printable ASCII character other than B, E and U. Anything else (a letter
 * of either case, whitespace that trim() removes, other characters) is read.
 */
function mayStartBeginEndOrUid(c: number): boolean {
  if (c <= 0x20 || c >= 0x7f) return true;
  const lower = c | 0x20;
  return lower === 0x62 || lower === 0x65 || lower === 0x75;
}

export function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
