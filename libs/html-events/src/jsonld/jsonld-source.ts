import type { HtmlPage } from '../html-page';
import type { EventDraft } from '../normalize/draft';
import { readSchemaEvents } from '../schema/read-event';
import { SchemaGraph } from '../schema/schema-graph';
import type { HtmlEventSource } from '../html-event-source';
import { parseLenientJson } from './lenient-json';

// A JSON-LD block larger than this is not event markup (some sites inline
// whole product catalogues); skipping it bounds parse time and memory.
const MAX_BLOCK_CHARS = 5_000_000;

/** schema.org Event (and subtypes) in <script type="application/ld+json"> blocks. */
export class JsonLdSource implements HtmlEventSource {
  readonly method = 'json-ld';
  readonly label = 'JSON-LD';

  extract(page: HtmlPage, limit: number): EventDraft[] {
    const graph = new SchemaGraph(readBlocks(page));
    const ctx = { baseUrl: page.baseUrl, resolve: graph.resolve };
    return readSchemaEvents(graph.events(), this.method, ctx, page.warnings, { label: this.label, limit });
  }
}

/** The parsed body of every JSON-LD block; broken ones are repaired or skipped with a warning. */
function readBlocks(page: HtmlPage): unknown[] {
  const values: unknown[] = [];
  for (const element of page.jsonLdScripts) {
    const text = element.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
    const line = page.lineAt(element.startIndex);
    const block = `JSON-LD block at line ${line ?? '?'}`;
    // Empty placeholders (Yoast) and "false" (a template's unset variable) carry nothing.
    if (text.length < 100 && /^\s*(?:false|null|true|\d*)\s*$/.test(text)) continue;
    if (text.length > MAX_BLOCK_CHARS) {
      page.warnings.add(`${block} is larger than ${MAX_BLOCK_CHARS} characters and was skipped`, { line });
      continue;
    }
    const parsed = parseLenientJson(text);
    if (!parsed.ok) {
      page.warnings.add(`${block} is not valid JSON and was skipped (${parsed.error})`, { line });
      continue;
    }
    if (parsed.repaired.length > 0) {
      page.warnings.add(`${block} is not valid JSON; read after repairing: ${parsed.repaired.join(', ')}`, { line });
    }
    values.push(parsed.value);
  }
  return values;
}
