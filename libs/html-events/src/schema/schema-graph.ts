import { isEventNode } from './event-types';
import { asArray, isRecord, type JsonRecord, typesOf } from './json';

// Bound for hostile input: the graph is data from the page.
const MAX_NODES = 200_000;

/**
 * schema.org data of a page read as one graph: every JSON-LD block (or the
 * items microdata yields), with nodes that carry an @id and properties
 * indexed, so that a `{"@id": "..."}` reference in one block (a Yoast
 * @graph, an ItemList) finds the node another block defines.
 */
export class SchemaGraph {
  private readonly byId = new Map<string, JsonRecord>();

  constructor(private readonly roots: unknown[]) {
    this.index();
  }

  /** The node a `{"@id": ...}` reference names; any other value unchanged. */
  readonly resolve = (value: unknown): unknown => {
    if (!isRecord(value) || typeof value['@id'] !== 'string' || !isReference(value)) return value;
    return this.byId.get(value['@id']) ?? value;
  };

  /**
   * The Event nodes of the page, in document order, each once. Looks where
   * producers put events: top-level values and arrays, @graph, ItemList
   * elements (ListItem.item or the element itself), mainEntity, and the
   * event/events/subEvent(s) of other nodes (an EventSeries, a
   * MusicGroup's tour dates, a Place's events).
   */
  events(): JsonRecord[] {
    const found: JsonRecord[] = [];
    const seen = new Set<JsonRecord>();
    const stack: unknown[] = this.roots.slice().reverse();
    let visited = 0;
    while (stack.length > 0 && visited++ < MAX_NODES) {
      const value = this.resolve(stack.pop());
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        continue;
      }
      if (!isRecord(value) || seen.has(value)) continue;
      seen.add(value);
      if (isEventNode(value)) found.push(value);
      const next = CONTAINERS.flatMap((key) => asArray(value[key] ?? value[`schema:${key}`]));
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
    return found;
  }

  private index(): void {
    const stack: unknown[] = [...this.roots];
    let visited = 0;
    while (stack.length > 0 && visited++ < MAX_NODES) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (const item of value.slice(0, MAX_NODES)) stack.push(item);
      } else if (isRecord(value)) {
        const id = value['@id'];
        if (typeof id === 'string' && !isReference(value)) {
          const known = this.byId.get(id);
          // The fullest definition wins (a node may be stated twice, once in short).
          if (!known || Object.keys(value).length > Object.keys(known).length) this.byId.set(id, value);
        }
        for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
}

const CONTAINERS = ['@graph', 'itemListElement', 'item', 'mainEntity', 'event', 'events', 'subEvent', 'subEvents'];

/** A node that only points at another one: `{"@id": "..."}`, maybe with a @type. */
function isReference(node: JsonRecord): boolean {
  return Object.keys(node).every((key) => key === '@id' || key === '@type') && typesOf(node).length <= 1;
}
