import type { Element } from 'domhandler';
import { escapeText } from 'entities';
import { mf2 } from 'microformats-parser';
import { singleLine } from '@app/event-model';
import { textOf, walkElements } from '../dom';
import type { HtmlPage } from '../html-page';
import { parseWrittenDateTime } from '../normalize/datetime';
import type { EventDraft } from '../normalize/draft';
import { NO_REFERENCES } from '../schema/read-context';
import { readSchemaEvents } from '../schema/read-event';
import type { JsonRecord } from '../schema/json';
import type { HtmlEventSource } from '../html-event-source';
import { isMf2Item, type Mf2Item, mf2EventToSchema } from './mf2-to-schema';
import { valueClassDateTime } from './value-class';

// Placeholder base for pages fetched without a URL: links resolved against
// it were relative and are dropped rather than invented.
const UNRESOLVED = 'http://unresolved.invalid/';
const ROOT_CLASS = /(?:^|\s)(?:h-event|vevent)(?:\s|$)/;
const MAX_CHILD_DEPTH = 3;

/**
 * microformats2 h-event and classic hCalendar (class="vevent"), parsed by
 * microformats-parser (value-class-pattern, <abbr title>, backcompat).
 * Each event root is parsed on its own, so that the DOM around it can fill
 * what the backcompat mapping leaves out (UID, ORGANIZER, CATEGORIES,
 * STATUS of classic hCalendar) and give the location as the page shows it.
 */
export class MicroformatsSource implements HtmlEventSource {
  readonly method = 'microformats';
  readonly label = 'microformats';

  extract(page: HtmlPage, limit: number): EventDraft[] {
    // The class names are a cheap test that spares most pages a second parse.
    if (!/h-event|vevent/.test(page.html)) return [];
    const nodes: JsonRecord[] = [];
    for (const root of eventRoots(page, limit)) {
      try {
        const parsed = mf2(page.$.html(root), { baseUrl: page.baseUrl ?? UNRESOLVED });
        const item: Mf2Item | undefined = parsed.items.find((i) => i.type?.includes('h-event'));
        if (!item) continue;
        const node = mf2EventToSchema(item, UNRESOLVED);
        supplementFromDom(root, node);
        nodes.push(node, ...childEvents(item, 0));
      } catch (error) {
        page.warnings.tally(`microformats: an h-event could not be read (${error instanceof Error ? error.message : String(error)}); skipped`);
      }
    }
    const ctx = { baseUrl: page.baseUrl, resolve: NO_REFERENCES };
    return readSchemaEvents(nodes, this.method, ctx, page.warnings, { label: this.label, limit });
  }
}

function eventRoots(page: HtmlPage, limit: number): Element[] {
  const roots: Element[] = [];
  walkElements(page.$.root()[0], (element) => {
    if (roots.length >= limit) return false;
    if (!ROOT_CLASS.test(element.attribs.class ?? '')) return true;
    roots.push(element);
    return false;
  });
  return roots;
}

/** Nested h-events (sessions of a conference) are events too. */
function childEvents(item: Mf2Item, depth: number): JsonRecord[] {
  if (depth >= MAX_CHILD_DEPTH) return [];
  return (item.children ?? [])
    .filter((child) => isMf2Item(child) && child.type?.includes('h-event'))
    .flatMap((child) => [mf2EventToSchema(child, UNRESOLVED), ...childEvents(child, depth + 1)]);
}

function supplementFromDom(root: Element, node: JsonRecord): void {
  const classic = !/(?:^|\s)h-event(?:\s|$)/.test(root.attribs.class ?? '');
  const own = (className: string) => ownElements(root, className);
  repairDates(node, own(classic ? 'dtstart' : 'dt-start')[0], own(classic ? 'dtend' : 'dt-end')[0]);
  // The location as the page shows it ("Portland, OR"), not the mf2 parse of
  // its h-card, which prefers <abbr title> expansions ("Oregon").
  const locationElement = own(classic ? 'location' : 'p-location')[0];
  const shown = locationElement ? singleLine(textOf(locationElement)) : null;
  if (shown) node.location = shownLocation(node.location, shown);
  if (!classic) return;
  const uid = own('uid')[0];
  if (uid && node['@id'] === undefined) node['@id'] = escapeText(valueText(uid));
  const status = own('status')[0];
  if (status && node.eventStatus === undefined) node.eventStatus = valueText(status);
  const categories = own('category').map((e) => escapeText(valueText(e)));
  if (categories.length > 0 && node.keywords === undefined) node.keywords = categories;
  const url = own('url')[0];
  if (url && node.url === undefined && url.attribs.href) node.url = escapeText(url.attribs.href);
  const organizer = own('organizer')[0];
  if (organizer && node.organizer === undefined) node.organizer = classicOrganizer(organizer);
}

/** Dates microformats-parser could not read are read again by the value-class-pattern. */
function repairDates(node: JsonRecord, startElement: Element | undefined, endElement: Element | undefined): void {
  const readable = (value: unknown) => typeof value === 'string' && parseWrittenDateTime(value) !== null;
  if (startElement && !readable(node.startDate)) {
    const start = valueClassDateTime(startElement);
    if (start) node.startDate = start;
  }
  if (endElement && !readable(node.endDate)) {
    const startDate = typeof node.startDate === 'string' ? node.startDate.slice(0, 10) : null;
    const end = valueClassDateTime(endElement, startDate);
    if (end) node.endDate = end;
  }
}

function shownLocation(parsed: unknown, shown: string): unknown {
  const place = Array.isArray(parsed) ? parsed[0] : parsed;
  if (typeof place !== 'object' || place === null || !('name' in place) || typeof place.name !== 'string') return escapeText(shown);
  const name = singleLine(place.name) ?? '';
  const rest = name && shown.toLowerCase().startsWith(name.toLowerCase()) ? shown.slice(name.length).replace(/^[\s,;–—-]+/, '') : shown;
  return { '@type': 'Place', name: place.name, address: escapeText(rest) };
}

/** ORGANIZER as classic hCalendar writes it: a mailto: link, or a nested vcard. */
function classicOrganizer(element: Element): JsonRecord {
  const link = element.name === 'a' ? element : ownElements(element, '', 'a')[0];
  const href = link?.attribs.href ?? '';
  const fn = ownElements(element, 'fn')[0];
  const name = singleLine(textOf(fn ?? element));
  const email = /^mailto:/i.test(href) ? href : null;
  return {
    '@type': 'Person',
    ...(name && name !== email?.replace(/^mailto:/i, '') ? { name: escapeText(name) } : {}),
    ...(email ? { email: escapeText(email) } : {}),
  };
}

/** The value-class-pattern value if any, else <abbr title>, else the text. */
function valueText(element: Element): string {
  const values = ownElements(element, 'value');
  if (values.length > 0)
    return values
      .map((v) => v.attribs.title ?? textOf(v))
      .join('')
      .trim();
  if (element.name === 'abbr' && element.attribs.title) return element.attribs.title;
  return textOf(element).trim();
}

/** Descendants with the class (or tag) that belong to this root, not to a nested event. */
function ownElements(root: Element, className: string, tag?: string): Element[] {
  const found: Element[] = [];
  const pattern = new RegExp(`(?:^|\\s)${className}(?:\\s|$)`);
  walkElements(root, (element) => {
    if (ROOT_CLASS.test(element.attribs.class ?? '')) return false;
    if (tag ? element.name === tag : pattern.test(element.attribs.class ?? '')) found.push(element);
    return found.length < 50;
  });
  return found;
}
