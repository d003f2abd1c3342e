import { createHash } from 'node:crypto';
import { DEFAULT_LIMITS, ExpansionWindow, ParseResult, SourceKind, UnreadableSourceError } from '@app/event-model';
import { extractHtmlEvents, looksLikeHtml, SelectorRecipe } from '@app/html-events';
import { looksLikeIcs, parseIcs, unreadableReason } from '@app/ical';

export interface SourceSettings {
  kind: SourceKind;
  defaultTimeZone: string;
  recipe: SelectorRecipe | null;
  /** The page's address, for resolving relative links. */
  baseUrl?: string | null;
}

export interface ReadSourceResult {
  kind: SourceKind.ICAL | SourceKind.HTML;
  result: ParseResult;
}

/**
 * A hash of the content that ignores DTSTAMP lines (servers stamp every
 * export with the time of the request), so an unchanged feed is recognised
 * as unchanged and writes nothing.
 */
export function contentHash(text: string): string {
  const withoutStamps = text.replace(/^DTSTAMP[;:][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n?/gim, '');
  return createHash('sha256').update(withoutStamps).digest('hex');
}

function detect(text: string, contentType: string | null): SourceKind.ICAL | SourceKind.HTML {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('calendar') && looksLikeIcs(text)) return SourceKind.ICAL;
  if ((type.includes('html') || type.includes('xml')) && looksLikeHtml(text)) return SourceKind.HTML;
  if (looksLikeIcs(text)) return SourceKind.ICAL;
  if (looksLikeHtml(text)) return SourceKind.HTML;
  const start = text.slice(0, 60).replace(/\s+/g, ' ').trim();
  throw new UnreadableSourceError(
    `This is neither an iCalendar feed nor a web page (it starts with ${JSON.stringify(start)}${contentType ? `, type ${contentType}` : ''}). ` +
      "Check the address: use the calendar's iCal (.ics) link or an event page.",
  );
}

/**
 * Reads a calendar or an event page into normalised events: the one code
 * path of the server and the command line. Throws UnreadableSourceError
 * when the input is neither.
 */
export function readSource(
  text: string,
  contentType: string | null,
  settings: SourceSettings,
  window: ExpansionWindow,
  limits: { maxOccurrencesPerSeries: number; maxEventsPerSource: number } = DEFAULT_LIMITS,
): ReadSourceResult {
  const kind = settings.kind === SourceKind.AUTO ? detect(text, contentType) : settings.kind;
  const options = {
    defaultTimeZone: settings.defaultTimeZone,
    window,
    ...limits,
    ...(settings.baseUrl && { baseUrl: settings.baseUrl }),
  };
  if (kind === SourceKind.ICAL) {
    if (!looksLikeIcs(text) && looksLikeHtml(text)) {
      throw new UnreadableSourceError(
        "The address returns a web page, not an iCalendar feed: use the calendar's iCal (.ics) link, or set the kind to HTML or AUTO.",
      );
    }
    return { kind: SourceKind.ICAL, result: parseIcs(text, options) };
  }
  return { kind: SourceKind.HTML, result: extractHtmlEvents(text, { ...options, recipe: settings.recipe }) };
}

/**
 * Why the text cannot be a source of this kind, found without parsing it
 * (a glance at its start), or null when it may be. Uploads are refused with
 * this at once; what only the full read can tell comes later.
 */
export function unreadableAtAGlance(text: string, contentType: string | null, kind: SourceKind): string | null {
  try {
    const detected = kind === SourceKind.AUTO ? detect(text, contentType) : kind;
    if (detected !== SourceKind.ICAL) return null;
    if (!looksLikeIcs(text) && looksLikeHtml(text)) {
      return "This is a web page, not an iCalendar file: upload the calendar's .ics file, or add the page as an event page.";
    }
    return unreadableReason(text);
  } catch (error) {
    if (error instanceof UnreadableSourceError) return error.message;
    throw error;
  }
}

/** The expansion window of recurring events around `now`. */
export function expansionWindow(now: Date, pastDays: number, futureDays: number): ExpansionWindow {
  const day = 24 * 3600 * 1000;
  return { from: new Date(now.getTime() - pastDays * day), to: new Date(now.getTime() + futureDays * day) };
}
