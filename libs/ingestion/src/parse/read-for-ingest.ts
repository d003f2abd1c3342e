import { Cancellation, ExpansionWindow, ParseWarning, UnreadableSourceError } from '../core';
import { ItemFields, toItemFields } from '../catalogue/item-fields';
import { SourceKind } from '../sources/source.enums';
import { readSource, SourceSettings } from './read-source';

/** Items per JSON chunk: each chunk is parsed in one go on the receiving side (a few milliseconds). */
export const ITEMS_PER_CHUNK = 1_000;

/**
 * The items as UTF-8 JSON arrays of ITEMS_PER_CHUNK, back to back in one
 * buffer (`ends[i]` is where chunk i ends): a buffer moves between threads
 * without a copy, and each chunk is revived on its own, so neither the
 * hand-over nor the revival holds the receiving thread for long.
 */
export interface ItemChunks {
  buffer: ArrayBuffer;
  ends: number[];
}

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
      items: ItemChunks;
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
  const chunks: string[] = [];
  for (let i = 0; i < events.length; i += ITEMS_PER_CHUNK) {
    chunks.push(JSON.stringify(events.slice(i, i + ITEMS_PER_CHUNK).map(toItemFields)));
  }
  return { ok: true, kind: read.kind, items: packChunks(chunks), itemCount: events.length, cancellations, warnings, capped: capped ?? false };
}

function packChunks(chunks: string[]): ItemChunks {
  const ends: number[] = [];
  let total = 0;
  for (const chunk of chunks) ends.push((total += Buffer.byteLength(chunk)));
  // A buffer of its own (not a slice of Node's shared pool), so it can be moved to another thread.
  const bytes = new Uint8Array(total);
  const encoder = new TextEncoder();
  chunks.forEach((chunk, i) => encoder.encodeInto(chunk, bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i])));
  return { buffer: bytes.buffer, ends };
}

/** Chunk `index` of `chunks` back as items (JSON has no dates: the three date fields are revived). */
export function reviveItemChunk(chunks: ItemChunks, index: number): ItemFields[] {
  const start = index === 0 ? 0 : chunks.ends[index - 1];
  const json = new TextDecoder().decode(new Uint8Array(chunks.buffer, start, chunks.ends[index] - start));
  const items = JSON.parse(json) as (Omit<ItemFields, 'startsAt' | 'endsAt' | 'stampedAt'> & { startsAt: string; endsAt: string | null; stampedAt: string | null })[];
  return items.map((item) => ({
    ...item,
    startsAt: new Date(item.startsAt),
    endsAt: item.endsAt === null ? null : new Date(item.endsAt),
    stampedAt: item.stampedAt === null ? null : new Date(item.stampedAt),
  }));
}
