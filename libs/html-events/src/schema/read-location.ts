import { safeHttpUrl } from '@app/text';
import { singleLine, venueText, type Venue } from '@app/event-model';
import { asArray, isRecord, type JsonRecord, prop, stringOf, typesOf } from './json';
import { type ReadContext, readName, readUrl } from './read-context';

export interface LocationFacts {
  /** "name, address" (see venueText) or the location text as written. */
  location: string | null;
  venue: Venue | null;
  /** A VirtualLocation's URL, or a location given as a bare link. */
  onlineUrl: string | null;
}

/**
 * Reads schema.org `location`: text, Place (any subtype: venues are often
 * typed as the kind of building), PostalAddress, VirtualLocation, or an
 * array mixing them (hybrid events). The first physical place wins; the
 * first virtual location gives the online URL.
 */
export function readLocation(value: unknown, ctx: ReadContext): LocationFacts {
  const facts: LocationFacts = { location: null, venue: null, onlineUrl: null };
  for (const raw of asArray(value).slice(0, 20)) {
    const entry = ctx.resolve(raw);
    if (typeof entry === 'string') {
      readTextLocation(entry, ctx, facts);
    } else if (isRecord(entry)) {
      const types = typesOf(entry);
      if (types.includes('VirtualLocation')) {
        facts.onlineUrl ??= readUrl(prop(entry, 'url'), ctx);
      } else if (types.includes('PostalAddress')) {
        const address = addressText(entry, ctx);
        if (address && !facts.location) {
          facts.location = address;
          facts.venue = { name: null, address };
        }
      } else if (!facts.location) {
        const name = singleLine(stringOf(prop(entry, 'name')));
        const address = addressText(prop(entry, 'address'), ctx);
        const location = venueText(name, address);
        if (location) {
          facts.location = location;
          facts.venue = { name, address };
        }
      }
    }
  }
  return facts;
}

function readTextLocation(text: string, ctx: ReadContext, facts: LocationFacts): void {
  const trimmed = text.trim();
  // A location written as a bare link is where to join, not a place.
  if (/^https?:\/\//i.test(trimmed)) {
    facts.onlineUrl ??= safeHttpUrl(trimmed, ctx.baseUrl);
    return;
  }
  if (!facts.location) facts.location = singleLine(trimmed);
}

/**
 * "street, locality, region postal, country" from a PostalAddress (or its
 * text). Region and postal code share a part, as US and many other
 * addresses write them ("Denver, CO 80209").
 */
export function addressText(value: unknown, ctx: ReadContext): string | null {
  for (const raw of asArray(value).slice(0, 5)) {
    const entry = ctx.resolve(raw);
    if (!isRecord(entry)) {
      const text = singleLine(stringOf(entry));
      if (text) return text;
      continue;
    }
    const text = postalAddressText(entry, ctx);
    if (text) return text;
  }
  return null;
}

function postalAddressText(address: JsonRecord, ctx: ReadContext): string | null {
  const part = (name: string) => singleLine(stringOf(prop(address, name)));
  const regionPostal = [part('addressRegion'), part('postalCode')].filter(Boolean).join(' ');
  const parts = [part('streetAddress'), part('addressLocality'), regionPostal, readName(prop(address, 'addressCountry'), ctx)];
  const text = parts.filter((p): p is string => !!p).join(', ');
  return text || part('name');
}
