/**
 * Narrowing helpers for schema.org data read as `unknown`: JSON-LD straight
 * from JSON.parse, and the JSON-LD-shaped objects the microdata,
 * microformats and recipe sources build.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a list: null/undefined -> [], an array -> itself, anything else -> [value]. */
export function asArray(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A string from a JSON-LD value: strings, numbers, `{"@value": ...}` and one-element arrays. */
export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringOf(item);
      if (s !== null && s.trim() !== '') return s;
    }
    return null;
  }
  if (isRecord(value) && '@value' in value) return stringOf(value['@value']);
  return null;
}

// Producers write property names compacted ("name"), prefixed ("schema:name")
// or expanded ("http://schema.org/name"); all three mean the same property.
const PREFIXES = ['', 'schema:', 'http://schema.org/', 'https://schema.org/'];

/** The property `name` of a schema.org node, whichever spelling the producer used. */
export function prop(node: JsonRecord, name: string): unknown {
  for (const prefix of PREFIXES) {
    const value = node[prefix + name];
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** The first of several properties that holds a non-blank string. */
export function firstString(node: JsonRecord, ...names: string[]): string | null {
  for (const name of names) {
    const s = stringOf(prop(node, name));
    if (s !== null && s.trim() !== '') return s;
  }
  return null;
}

const VOCABULARY = /^(?:https?:\/\/(?:www\.)?(?:schema\.org|data-vocabulary\.org)\/|schema:)/i;

/** "http://schema.org/MusicEvent", "schema:MusicEvent" -> "MusicEvent". */
export function localName(type: string): string {
  return type.trim().replace(VOCABULARY, '');
}

/** The node's @type values without vocabulary prefixes. */
export function typesOf(node: JsonRecord): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(localName)
    .filter((t) => t.length > 0);
}
