import { escapeText } from 'entities';
import { isRecord, type JsonRecord } from '../schema/json';

/*
 * microformats-parser output -> the JSON-LD-shaped node the schema.org
 * reader understands. mf2 text values are already entity-decoded, so they
 * are escaped back: the reader decodes every string exactly once.
 */

export interface Mf2Item {
  type?: string[];
  properties: Record<string, unknown[]>;
  children?: Mf2Item[];
  value?: unknown;
}

export function isMf2Item(value: unknown): value is Mf2Item {
  return isRecord(value) && Array.isArray(value.type) && isRecord(value.properties);
}

/** The h-event as a schema.org Event node; `unresolved` marks URLs that were relative with no base. */
export function mf2EventToSchema(item: Mf2Item, unresolved: string): JsonRecord {
  const p = item.properties;
  const node: JsonRecord = { '@type': 'Event' };
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== undefined) node[key] = value;
  };
  set('name', text(p.name?.[0]) ?? text(p.summary?.[0]));
  set('startDate', plain(p.start?.[0]));
  set('endDate', plain(p.end?.[0]));
  set('duration', plain(p.duration?.[0]));
  set('description', html(p.description?.[0]) ?? html(p.content?.[0]) ?? text(p.summary?.[0]));
  set('url', url(p.url?.[0], unresolved));
  set('@id', plain(p.uid?.[0]));
  set('eventStatus', plain(p.status?.[0]));
  set('location', p.location?.map((l) => (isMf2Item(l) ? place(l) : text(l))).filter(Boolean));
  set('organizer', p.organizer?.map((o) => (isMf2Item(o) ? person(o, unresolved) : text(o))).filter(Boolean));
  for (const key of ['speaker', 'performer', 'sponsor', 'host']) {
    set(key, p[key]?.map((o) => (isMf2Item(o) ? person(o, unresolved) : text(o))).filter(Boolean));
  }
  set('keywords', p.category?.map((c) => (isMf2Item(c) ? text(c.properties.name?.[0]) : text(c))).filter(Boolean));
  return node;
}

function place(card: Mf2Item): JsonRecord {
  const p = card.properties;
  const adr = p.adr?.find(isMf2Item)?.properties ?? p;
  const isAddressOnly = card.type?.includes('h-adr') ?? false;
  return {
    '@type': 'Place',
    ...(isAddressOnly ? {} : { name: text(p.name?.[0]) ?? text(card.value) }),
    address: {
      '@type': 'PostalAddress',
      streetAddress: text(adr['street-address']?.[0]),
      addressLocality: text(adr.locality?.[0]),
      addressRegion: text(adr.region?.[0]),
      postalCode: text(adr['postal-code']?.[0]),
      addressCountry: text(adr['country-name']?.[0]),
    },
  };
}

function person(card: Mf2Item, unresolved: string): JsonRecord {
  const p = card.properties;
  return {
    '@type': 'Person',
    name: text(p.name?.[0]) ?? text(card.value),
    email: plain(p.email?.[0]),
    url: url(p.url?.[0], unresolved),
    worksFor: text(p.org?.[0]),
    jobTitle: text(p['job-title']?.[0] ?? p.role?.[0]),
  };
}

function plain(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.value === 'string') return value.value;
  return null;
}

function text(value: unknown): string | null {
  const s = isMf2Item(value) ? plain(value.value) : plain(value);
  return s === null ? null : escapeText(s);
}

/** e-* properties keep their markup (decoded once by the reader); others are text. */
function html(value: unknown): string | null {
  if (isRecord(value) && typeof value.html === 'string') return value.html;
  return text(value);
}

function url(value: unknown, unresolved: string): string | null {
  const s = plain(value);
  return s && !s.startsWith(unresolved) ? escapeText(s) : null;
}
