import { safeHttpUrl } from '@app/text';
import { decodeHTMLAttribute } from 'entities';
import { singleLine } from '@app/event-model';
import { isRecord, prop, stringOf } from './json';

/** What the schema.org readers need from the page they read. */
export interface ReadContext {
  baseUrl: string | undefined;
  /** Follows a `{"@id": ...}` reference to the node it names (JSON-LD only); other values unchanged. */
  resolve(value: unknown): unknown;
}

export const NO_REFERENCES = (value: unknown): unknown => value;

/**
 * An absolute http(s) URL from a schema.org value. Entities are decoded in
 * attribute mode first: WordPress writes "&amp;" inside JSON-LD URLs, while
 * a bare "&copy=1" in a query must stay as it is.
 */
export function readUrl(value: unknown, ctx: ReadContext): string | null {
  const text = stringOf(isRecord(value) ? (value.url ?? value['@id']) : value);
  if (!text) return null;
  return safeHttpUrl(text.includes('&') ? decodeHTMLAttribute(text) : text, ctx.baseUrl);
}

/** A name-like value: a string, or the `name` of a node. */
export function readName(value: unknown, ctx: ReadContext): string | null {
  const node = ctx.resolve(value);
  if (isRecord(node)) return singleLine(stringOf(prop(node, 'name')));
  return singleLine(stringOf(node));
}
