import ICAL from 'ical.js';

/*
 * ical.js builds the components and escapes the values; the content lines
 * are assembled here because its folding (helpers.foldline) puts 75 octets
 * after the leading space of a continuation line, i.e. 76-octet lines, while
 * RFC 5545 §3.1 counts that space within the 75. Changing ICAL.foldLength
 * instead would change a process-wide setting the ingestion parser shares.
 */

type DesignSet = typeof ICAL.design.icalendar;

const TEXT = { defaultType: 'text' };

/**
 * ical.js's iCalendar design set, plus the X- and RFC 7986 properties this
 * feed writes as TEXT: without a design entry ical.js writes such a value
 * unescaped, or with a VALUE=TEXT parameter once its type is set. A copy,
 * so parsing elsewhere in the process is unaffected. REFRESH-INTERVAL and
 * CONFERENCE stay unknown on purpose: RFC 7986 requires their VALUE parameter,
 * which ical.js writes for a property whose type is not the default.
 */
export const FEED_DESIGN: DesignSet = {
  ...ICAL.design.icalendar,
  property: {
    ...ICAL.design.icalendar.property,
    name: TEXT,
    'x-wr-calname': TEXT,
    'x-wr-timezone': TEXT,
    'x-published-ttl': { defaultType: 'duration' },
  },
};

export const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line so that no physical line exceeds 75 octets, the
 * leading space of a continuation included, and never inside a character's
 * UTF-8 sequence (`for…of` walks code points, so a surrogate pair stays whole).
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let room = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function* contentLines(component: ICAL.Component): Generator<string> {
  const name = component.name.toUpperCase();
  yield `BEGIN:${name}`;
  for (const property of component.getAllProperties()) {
    yield foldLine(ICAL.stringify.property(property.toJSON(), FEED_DESIGN, true));
  }
  for (const child of component.getAllSubcomponents()) yield* contentLines(child);
  yield `END:${name}`;
}

/** The iCalendar text of a component: folded lines, each ended by CRLF, the last one too (RFC 5545 §3.1). */
export function serialize(component: ICAL.Component): string {
  return [...contentLines(component)].join(CRLF) + CRLF;
}
