import { Cancellation, ExpansionWindow, ParseWarning, UnreadableSourceError } from '../core';
import { ItemFields, toItemFields } from '../catalogue/item-fields';
import { SourceKind } from '../sources/source.enums';
import { readSource, SourceSettings } from './read-source';

/** Items per JSON chunk: each chunk is parsed in one go on the receiving side (a few milliseconds). */
export const ITEMS_PER_CHUNK = 1_000;

export interface ReadForIngestTask {
  text: string;
  contentType: string | null;
  settings: SourceSettings;
  window: { from: number; to: number };
}

export type ReadForIngestResult =
  | { ok: false; unreadable: string }
  | {
      ok: true;
      kind: SourceKind.ICAL | SourceKind.HTML;
      /** The items as JSON arrays of ITEMS_PER_CHUNK: strings cross threads cheaply, and each is revived on its own. */
      itemChunks: string[];
      itemCount: number;
      cancellations: Cancellation[];
      warnings: ParseWarning[];
      capped: boolean;
    };

/**
 * Reads a source into the items ingestion stores. Runs in a worker thread
 * (see ParsePool), so it returns plain data and reports unreadable input as
 * a value: an error's class does not survive the trip between threads.
 */
export function readForIngest(task: ReadForIngestTask): ReadForIngestResult {
  const window: ExpansionWindow = { from: new Date(task.window.from), to: new Date(task.window.to) };
  let read;
  try {
    read = readSource(task.text, task.contentType, task.settings, window);
  } catch (error) {
    if (error instanceof UnreadableSourceError) return { ok: false, unreadable: error.message };
    throw error;
  }
  const { events, cancellations, warnings, capped } = read.result;
  const itemChunks: string[] = [];
  for (let i = 0; i < events.length; i += ITEMS_PER_CHUNK) {
    itemChunks.push(JSON.stringify(events.slice(i, i + ITEMS_PER_CHUNK).map(toItemFields)));
  }
  return { ok: true, kind: read.kind, itemChunks, itemCount: events.length, cancellations, warnings, capped: capped ?? false };
}

/** One chunk of `itemChunks` back as items (JSON has no dates: the three date fields are revived). */
export function reviveItemChunk(json: string): ItemFields[] {
  const items = JSON.parse(json) as (Omit<ItemFields, 'startsAt' | 'endsAt' | 'stampedAt'> & { startsAt: string; endsAt: string | null; stampedAt: string | null })[];
  return items.map((item) => ({
    ...item,
    startsAt: new Date(item.startsAt),
    endsAt: item.endsAt === null ? null : new Date(item.endsAt),
    stampedAt: item.stampedAt === null ? null : new Date(item.stampedAt),
  }));
}
