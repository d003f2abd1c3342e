import type { Organizer } from '@app/event-model';

/**
 * One copy of each repeated value within a parse. The events of a feed
 * repeat their descriptions, places, organisers and categories (a venue's
 * boilerplate, "Networking" on every other event), and each read makes a new
 * string, array or object with the same contents; the result keeps one.
 * Instances of a series already share these (see makeEvent), so readers
 * treat them as read-only. Longer texts are kept as they are: comparing them
 * costs more than they would save.
 */
const MAX_POOLED_CHARS = 4 * 1024;
/**
 * Distinct values of each kind remembered. The repeated ones (a venue, a boilerplate
 * description) show up early; a feed whose places are all different would
 * otherwise keep a table of 50,000 texts that never match.
 */
const MAX_POOLED_VALUES = 8_192;
/** Joins the parts of a key; a text holding it only makes two keys meet, which each lookup checks. */
const SEPARATOR = '\u0000';

export class ValuePool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  private readonly organizers = new Map<string, Organizer>();
  private readonly none: never[] = [];

  text<T extends string | null>(text: T): T {
    if (text === null || text.length > MAX_POOLED_CHARS) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as T;
    if (this.strings.size < MAX_POOLED_VALUES) this.strings.set(text, text);
    return text;
  }

  /** One empty list for every event without people (or anything else listed). */
  empty<T>(): T[] {
    return this.none;
  }

  /** The same list of the same strings (categories). An exact-size copy otherwise. */
  list<T extends string>(items: T[]): T[] {
    const key = items.join(SEPARATOR);
    const known = key.length <= MAX_POOLED_CHARS ? this.lists.get(key) : undefined;
    if (known && known.length === items.length && known.every((item, i) => item === items[i])) return known as T[];
    const copy = items.map((item) => this.text(item));
    if (!known && key.length <= MAX_POOLED_CHARS && this.lists.size < MAX_POOLED_VALUES) this.lists.set(key, copy);
    return copy;
  }

  organizer(name: string | null, email: string | null): Organizer {
    const key = `${name ?? ''}${SEPARATOR}${email ?? ''}`;
    const known = this.organizers.get(key);
    if (known && known.name === name && known.email === email) return known;
    const organizer = { name: this.text(name), email: this.text(email) };
    if (!known && this.organizers.size < MAX_POOLED_VALUES) this.organizers.set(key, organizer);
    return organizer;
  }
}
