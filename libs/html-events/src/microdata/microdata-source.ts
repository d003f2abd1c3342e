import type { AnyNode, Element } from 'domhandler';
import { escapeText } from 'entities';
import { isElement, textOf, walkElements } from '../dom';
import type { HtmlPage } from '../html-page';
import type { EventDraft } from '../normalize/draft';
import { type JsonRecord, localName } from '../schema/json';
import { readSchemaEvents } from '../schema/read-event';
import { SchemaGraph } from '../schema/schema-graph';
import type { HtmlEventSource } from '../html-event-source';

// Items nested deeper than this are not read: real pages nest 3-4 levels
// (Event > Place > PostalAddress); hostile ones nest thousands.
const MAX_ITEM_DEPTH = 12;
const MAX_ITEMS = 5_000;

/**
 * HTML microdata (itemscope/itemtype/itemprop, itemref, itemid) turned into
 * JSON-LD-shaped nodes and read with the same schema.org rules as JSON-LD.
 */
export class MicrodataSource implements HtmlEventSource {
  readonly method = 'microdata';
  readonly label = 'microdata';

  extract(page: HtmlPage, limit: number): EventDraft[] {
    const reader = new MicrodataReader(page);
    const roots = topLevelItems(page).map((element) => reader.item(element, 0));
    const graph = new SchemaGraph(roots);
    const ctx = { baseUrl: page.baseUrl, resolve: graph.resolve };
    return readSchemaEvents(graph.events(), this.method, ctx, page.warnings, { label: this.label, limit });
  }
}

/**
 * Items that are not a property of another item: itemscope without
 * itemprop anywhere, and itemscope with itemprop but outside any item (the
 * markup of many CMS themes).
 */
function topLevelItems(page: HtmlPage): Element[] {
  const items: Element[] = [];
  const stack: [Element, boolean][] = [];
  const pushChildren = (parent: { children: AnyNode[] }, inside: boolean) => {
    for (let i = parent.children.length - 1; i >= 0; i--) {
      const child = parent.children[i];
      if (isElement(child)) stack.push([child, inside]);
    }
  };
  pushChildren(page.$.root()[0], false);
  while (stack.length > 0 && items.length < MAX_ITEMS) {
    const [element, inside] = stack.pop() as [Element, boolean];
    const scoped = element.attribs.itemscope !== undefined;
    if (scoped && (element.attribs.itemprop === undefined || !inside)) items.push(element);
    pushChildren(element, inside || scoped);
  }
  return items;
}

/**
 * The microdata algorithm (WHATWG HTML §5.2) with one liberty taken, as
 * extruct and most consumers do: a `content` attribute is honoured on any
 * element, not only <meta> (themes put it on <div> and <span>).
 */
class MicrodataReader {
  private ids: Map<string, Element> | null = null;

  constructor(private readonly page: HtmlPage) {}

  item(element: Element, depth: number): JsonRecord {
    const node: JsonRecord = {};
    const types = (element.attribs.itemtype ?? '').split(/\s+/).filter(Boolean);
    if (types.length > 0) node['@type'] = types;
    if (element.attribs.itemid) node['@id'] = element.attribs.itemid;
    for (const property of this.properties(element)) {
      const value = property.attribs.itemscope !== undefined ? (depth < MAX_ITEM_DEPTH ? this.item(property, depth + 1) : null) : valueOf(property);
      if (value === null) continue;
      for (const name of property.attribs.itemprop.split(/\s+/).filter(Boolean)) {
        const key = localName(name);
        const known = node[key];
        node[key] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
      }
    }
    return node;
  }

  /** Elements carrying the item's properties: its own subtree and what itemref points at. */
  private properties(item: Element): Element[] {
    const found: Element[] = [];
    const seen = new Set<Element>([item]);
    const collect = (element: Element) => {
      if (seen.has(element)) return false;
      seen.add(element);
      if (element.attribs.itemprop !== undefined) found.push(element);
      return element.attribs.itemscope === undefined;
    };
    walkElements(item, collect);
    for (const id of (item.attribs.itemref ?? '').split(/\s+/).filter(Boolean).slice(0, 50)) {
      const referenced = this.byId(id);
      if (referenced && collect(referenced)) walkElements(referenced, collect);
    }
    return found;
  }

  private byId(id: string): Element | undefined {
    if (!this.ids) {
      const ids = new Map<string, Element>();
      walkElements(this.page.$.root()[0], (element) => {
        const own = element.attribs.id;
        if (own && !ids.has(own)) ids.set(own, element);
      });
      this.ids = ids;
    }
    return this.ids.get(id);
  }
}

const SRC = new Set(['audio', 'embed', 'iframe', 'img', 'source', 'track', 'video']);
const HREF = new Set(['a', 'area', 'link']);

/**
 * A property's value. Returned escaped as HTML text, so that the schema.org
 * reader's single entity decoding (right for JSON-LD strings) gives back
 * exactly the text the HTML parser already decoded: "AT&amp;amp;T" in the
 * page reads "AT&amp;T", never "AT&T".
 */
function valueOf(element: Element): string | null {
  const name = element.name.toLowerCase();
  const a = element.attribs;
  let value: string | undefined;
  if (a.content !== undefined) value = a.content;
  else if (SRC.has(name)) value = a.src;
  else if (HREF.has(name)) value = a.href;
  else if (name === 'object') value = a.data;
  else if (name === 'data' || name === 'meter') value = a.value;
  else if (name === 'time') value = a.datetime ?? textOf(element);
  else value = textOf(element);
  return value === undefined ? null : escapeText(value);
}
