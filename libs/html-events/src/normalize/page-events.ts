import { syntheticUid, type NormalizedEvent } from '@app/event-model';
import type { WarningLog } from '../warnings';
import { buildEvent } from './build-event';
import { gatherEvidence } from './clock';
import type { EventDraft, ExtractionMethod } from './draft';

/**
 * The page's drafts as events: times resolved against the whole page's
 * evidence, duplicates merged, UIDs settled.
 */
export function pageEvents(drafts: EventDraft[], defaultZone: string, warnings: WarningLog): NormalizedEvent[] {
  const time = { defaultZone, evidence: gatherEvidence(drafts, defaultZone) };
  const built = drafts.map((draft) => ({ method: draft.method, event: buildEvent(draft, time, warnings) }));
  return assignUids(distinct(built, warnings));
}

const norm = (text: string | null) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Drops repeats. Within one method the same title, start and location is
 * one event (listing pages repeat items). Across methods the same start
 * with the same title or the same URL is enough (a page's JSON-LD and
 * microdata describe one event with different detail, sometimes with a
 * differently worded name); the later copy only fills gaps in the first.
 */
function distinct(built: { method: ExtractionMethod; event: NormalizedEvent }[], warnings: WarningLog): NormalizedEvent[] {
  const kept: { method: ExtractionMethod; event: NormalizedEvent }[] = [];
  const exact = new Set<string>();
  const seen = new Map<string, { method: ExtractionMethod; event: NormalizedEvent }>();
  for (const entry of built) {
    const { event } = entry;
    const keys = [`title\u241f${norm(event.title)}\u241f${event.start}`];
    if (event.url) keys.push(`url\u241f${event.url}\u241f${event.start}`);
    const key = `${keys[0]}\u241f${norm(event.location)}`;
    const earlier = keys.map((k) => seen.get(k)).find((e) => e && e.method !== entry.method);
    if (exact.has(key) || earlier) {
      const first = earlier ?? seen.get(keys[0]);
      if (first) fillGaps(first.event, event);
      warnings.tally('an event appears more than once on the page; repeats were merged');
      continue;
    }
    exact.add(key);
    for (const k of keys) if (!seen.has(k)) seen.set(k, entry);
    kept.push(entry);
  }
  return kept.map((k) => k.event);
}

function fillGaps(target: NormalizedEvent, other: NormalizedEvent): void {
  target.description ??= other.description;
  target.end ??= other.end;
  target.location ??= other.location;
  target.venue ??= other.venue;
  target.onlineUrl ??= other.onlineUrl;
  target.url ??= other.url;
  target.organizer ??= other.organizer;
  if (target.people.length === 0) target.people = other.people;
  if (target.categories.length === 0) target.categories = other.categories;
  if (target.status === 'CONFIRMED' && other.status !== 'CONFIRMED') target.status = other.status;
}

/**
 * The item's @id or URL; with the start appended when several events of the
 * page share it (a listing that links every occurrence of a series to one
 * page); else a content hash (see syntheticUid).
 */
function assignUids(events: NormalizedEvent[]): NormalizedEvent[] {
  const shared = new Map<string, number>();
  for (const event of events) if (event.uid) shared.set(event.uid, (shared.get(event.uid) ?? 0) + 1);
  const used = new Set<string>();
  for (const event of events) {
    const base = event.uid;
    let uid = !base ? syntheticUid(event.title, event.start, event.location) : (shared.get(base) ?? 0) > 1 ? `${base}@${event.start}` : base;
    if (used.has(uid)) uid = syntheticUid(base, event.title, event.start, event.location);
    used.add(uid);
    event.uid = uid;
  }
  return events;
}
