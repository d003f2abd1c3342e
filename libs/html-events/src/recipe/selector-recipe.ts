/**
 * A per-source recipe for pages with no structured event data, stored as
 * data (JSON) with the source. Example, for a page listing meeting dates as
 * paragraphs ("Tuesday, March 23, 2021 @ 8:30 a.m."):
 *
 *   {
 *     "item": ".meeting-dates p:contains('a.m.')",
 *     "fields": { "start": "." },
 *     "defaultTitle": "SSA #4 Commissioners Meeting",
 *     "dateFormats": ["EEEE, MMMM d, yyyy '@' h:mm a"],
 *     "timeZone": "America/Chicago"
 *   }
 */
export interface SelectorRecipe {
  /** CSS selector matching one element per event (cheerio syntax: `:contains()` is allowed). */
  item: string;
  fields: RecipeFields;
  /**
   * date-fns `parse` formats (https://date-fns.org/docs/parse, English
   * names) tried in order on the `start`/`end` text. A format without
   * hours reads a date only: the event is all-day unless `startTime` is set.
   * ISO 8601 text (from a `datetime` attribute) is always understood.
   */
  dateFormats: string[];
  /** Formats for `startTime`/`endTime`; default: "h:mm a", "h a", "HH:mm" and their variants. */
  timeFormats?: string[];
  /** IANA zone of the page's wall-clock times; default: the parse's defaultTimeZone. */
  timeZone?: string;
  /** Title for items with no title of their own (a page listing the dates of one meeting). */
  defaultTitle?: string;
}

/**
 * Where each field is, relative to the item element:
 * "css" (text of the first match), "css @attr" (its attribute),
 * "@attr" (the item's own attribute) or "." (the item's own text).
 */
export interface RecipeFields {
  title?: string;
  start: string;
  /** Time of day when it is apart from the date (`start` then holds only the date). */
  startTime?: string;
  end?: string;
  /** End time on the start's day (the next day when earlier than the start). */
  endTime?: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: string;
  /** Every match is one category. */
  categories?: string;
}

export const FIELD_NAMES: readonly (keyof RecipeFields)[] = [
  'title',
  'start',
  'startTime',
  'end',
  'endTime',
  'description',
  'location',
  'url',
  'organizer',
  'categories',
];

export const DEFAULT_TIME_FORMATS = ['h:mm a', 'h:mma', 'h:mm aaaa', 'h a', 'ha', 'h aaaa', 'HH:mm', 'H:mm', "HH'h'mm", 'HH.mm'];

export interface FieldSelector {
  /** null: the item itself. */
  css: string | null;
  /** null: the element's text. */
  attribute: string | null;
}

/** "a.more @href" -> { css: "a.more", attribute: "href" }; "." -> the item's text. */
export function parseFieldSelector(spec: string): FieldSelector {
  const m = /^(.*?)\s*@([A-Za-z_:][-\w:.]*)$/.exec(spec.trim());
  const css = (m ? m[1] : spec).trim();
  return { css: css === '' || css === '.' ? null : css, attribute: m ? m[2] : null };
}
