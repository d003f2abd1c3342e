import type { Element } from 'domhandler';
import { escapeText } from 'entities';
import { formatOffset, isoDate } from '@app/zones';
import { isElement, textOf } from '../dom';
import type { HtmlPage } from '../html-page';
import { wallMs, type WrittenDateTime } from '../normalize/datetime';
import type { EventDraft } from '../normalize/draft';
import type { JsonRecord } from '../schema/json';
import { NO_REFERENCES } from '../schema/read-context';
import { readSchemaEvents } from '../schema/read-event';
import type { HtmlEventSource } from '../html-event-source';
import { parseRecipeDate, parseRecipeTime } from './recipe-dates';
import { DEFAULT_TIME_FORMATS, type FieldSelector, parseFieldSelector, type RecipeFields, type SelectorRecipe } from './selector-recipe';

/**
 * Events from a page with no structured data, found with the source's
 * selector recipe. Each item becomes a schema.org-shaped node, so the
 * recipe's fields go through the same reading rules as JSON-LD.
 */
export class RecipeSource implements HtmlEventSource {
  readonly method = 'recipe';
  readonly label = 'selector recipe';

  constructor(
    private readonly recipe: SelectorRecipe,
    /** Reference for dates written without a year (normally the start of the parse window). */
    private readonly reference: Date,
  ) {}

  extract(page: HtmlPage, limit: number): EventDraft[] {
    const items = page.$(this.recipe.item).toArray().filter(isElement).slice(0, limit);
    if (items.length === 0) {
      page.warnings.add(`selector recipe: "${this.recipe.item}" matched no element on this page; check the recipe against the page`);
      return [];
    }
    const nodes: JsonRecord[] = [];
    for (const item of items) {
      const node = this.node(page, item);
      if (node) nodes.push(node);
    }
    const ctx = { baseUrl: page.baseUrl, resolve: NO_REFERENCES };
    return readSchemaEvents(nodes, this.method, ctx, page.warnings, { label: this.label, limit, zone: this.recipe.timeZone ?? null });
  }

  private node(page: HtmlPage, item: Element): JsonRecord | null {
    const field = (name: keyof RecipeFields) => {
      const spec = this.recipe.fields[name];
      return spec ? readField(page, item, parseFieldSelector(spec)) : null;
    };
    const startText = field('start');
    const start = startText ? this.dateTime(startText, field('startTime')) : null;
    if (!start) {
      page.warnings.tally(
        startText
          ? `selector recipe: a start "${clip(startText)}" matched none of the dateFormats; item skipped`
          : 'selector recipe: an item has no start text; skipped',
      );
      return null;
    }
    const end = this.end(start, field('end'), field('endTime'));
    const node: JsonRecord = { '@type': 'Event', startDate: written(start) };
    const title = field('title') || this.recipe.defaultTitle;
    const put = (key: string, value: string | null | undefined) => {
      if (value) node[key] = escapeText(value);
    };
    put('name', title);
    if (end) node.endDate = written(end);
    put('description', field('description'));
    put('location', field('location'));
    put('url', field('url'));
    put('organizer', field('organizer'));
    const categories = this.recipe.fields.categories ? readAll(page, item, parseFieldSelector(this.recipe.fields.categories)) : [];
    if (categories.length > 0) node.keywords = categories.map((c) => escapeText(c));
    return node;
  }

  private dateTime(dateText: string, timeText: string | null): WrittenDateTime | null {
    const date = parseRecipeDate(dateText, this.recipe.dateFormats, this.reference);
    if (!date || !timeText) return date;
    const time = parseRecipeTime(timeText, this.recipe.timeFormats ?? DEFAULT_TIME_FORMATS);
    return time ? { ...date, time } : date;
  }

  private end(start: WrittenDateTime, endText: string | null, endTimeText: string | null): WrittenDateTime | null {
    if (endText) return this.dateTime(endText, endTimeText);
    if (!endTimeText || !start.time) return null;
    const time = parseRecipeTime(endTimeText, this.recipe.timeFormats ?? DEFAULT_TIME_FORMATS);
    if (!time) return null;
    const end = { ...start, time };
    if (wallMs(end) > wallMs(start)) return end;
    // "10 pm - 1 am": the end is on the next day.
    const next = new Date(wallMs(end) + 86_400_000);
    return { ...end, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  }
}

// A field longer than this is not a date or a title: the selector caught a
// whole section. Cutting it bounds the work on items that nest each other.
const MAX_FIELD_CHARS = 5_000;

function readField(page: HtmlPage, item: Element, selector: FieldSelector): string | null {
  const element = selector.css ? page.$(item).find(selector.css).toArray().find(isElement) : item;
  if (!element) return null;
  const value = selector.attribute ? element.attribs[selector.attribute] : textOf(element, MAX_FIELD_CHARS);
  const text = value?.replace(/\s+/g, ' ').trim();
  return text || null;
}

function readAll(page: HtmlPage, item: Element, selector: FieldSelector): string[] {
  const elements = selector.css ? page.$(item).find(selector.css).toArray().filter(isElement).slice(0, 50) : [item];
  return elements
    .map((element) => (selector.attribute ? element.attribs[selector.attribute] : textOf(element, MAX_FIELD_CHARS)))
    .map((value) => value?.replace(/\s+/g, ' ').trim())
    .filter((value): value is string => !!value);
}

/** ISO 8601 again; without an offset (the usual case) the reader applies the recipe's zone. */
function written(value: WrittenDateTime): string {
  if (!value.time) return isoDate(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = value.offsetMinutes === null ? '' : formatOffset(value.offsetMinutes);
  return `${isoDate(value)}T${pad(value.time.hour)}:${pad(value.time.minute)}:${pad(value.time.second)}${offset}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
