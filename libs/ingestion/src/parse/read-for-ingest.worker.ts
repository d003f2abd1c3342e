// Entry point of the parse worker threads (ParsePool): reading a large or
// hostile calendar must never run on the thread that answers requests.
import { Piscina } from 'piscina';
import { readForIngest, ReadForIngestResult, ReadForIngestTask } from './read-for-ingest';

/** The items' buffer is moved to the requesting thread, not copied. */
export default function readForIngestInWorker(task: ReadForIngestTask): ReadForIngestResult | object {
  const result = readForIngest(task);
  if (!result.ok) return result;
  // Piscina's transferable protocol; its typings name the symbols by unique types that its own getters do not return.
  const movable = { [Piscina.transferableSymbol]: [result.items.buffer], [Piscina.valueSymbol]: result } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable);
}
