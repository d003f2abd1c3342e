import { ExpansionWindow, NormalizedEvent, ParseWarning, SourceKind } from '@app/event-model';
import { clusterDuplicates } from './dedupe';
import { dedupeCandidate } from './items/dedupe-candidate';
import type { EventFields } from './items/event-fields';
import { toItemFields } from './items/item-fields';
import { mergeItems } from './items/merge';
import { readSource } from './read-source';

/** One event as `topofmind inspect` prints it; the same fields the GraphQL Event type has. */
export interface InspectedEvent {
  uid: string;
  recurrenceId: string | null;
  title: string;
  start: string;
  end: string | null;
  allDay: boolean;
  timeZone: string | null;
  location: string | null;
  onlineUrl: string | null;
  url: string | null;
  status: string;
  organizer: { name: string | null; email: string | null } | null;
  performers: { name: string; role: string; affiliation: string | null }[];
  categories: string[];
  description: string | null;
  /** Present when listings of the same event under other UIDs were merged into this one. */
  mergeReasons?: string[];
}

export interface InspectReport {
  events: InspectedEvent[];
  warnings: ParseWarning[];
}

export interface InspectOptions {
  defaultTimeZone: string;
  /** Expansion window; with `filter`, only occurrences starting inside it are printed. */
  window: ExpansionWindow;
  /** True when the user gave --from/--to: single events outside it are left out too. */
  filter: boolean;
  baseUrl?: string | null;
}

function toInspected(fields: EventFields, recurrenceId: string | null, reasons: string[]): InspectedEvent {
  return {
    uid: fields.uid,
    recurrenceId,
    title: fields.title,
    start: fields.startLocal,
    end: fields.endLocal,
    allDay: fields.allDay,
    timeZone: fields.timeZone,
    location: fields.location,
    onlineUrl: fields.onlineUrl,
    url: fields.url,
    status: fields.status,
    organizer: fields.organizer,
    performers: fields.people.map((p) => ({ name: p.name, role: p.role, affiliation: p.affiliation })),
    categories: fields.categories,
    description: fields.description,
    ...(reasons.length > 0 && { mergeReasons: reasons }),
  };
}

/**
 * The command line's view of one input: read with the server's code path
 * (`readSource`), de-duplicated with the catalogue's duplicate rule, and
 * ordered by start. Throws UnreadableSourceError like the server does.
 */
export function inspectText(text: string, contentType: string | null, options: InspectOptions): InspectReport {
  const { result } = readSource(
    text,
    contentType,
    { kind: SourceKind.AUTO, defaultTimeZone: options.defaultTimeZone, recipe: null, baseUrl: options.baseUrl },
    options.window,
  );
  const from = options.window.from.getTime();
  const to = options.window.to.getTime();
  const inWindow = (e: NormalizedEvent) => {
    const start = toItemFields(e).startsAt.getTime();
    return start >= from && start < to;
  };
  const events = result.events.filter((e) => !options.filter || inWindow(e));
  const fields = events.map((e) => ({ event: e, fields: toItemFields(e) }));
  const clusters = clusterDuplicates(fields, ({ event, fields: f }) => dedupeCandidate(f, event.recurrenceId));
  const merged = clusters.map((c) =>
    toInspected(
      mergeItems([c.primary.fields, ...c.duplicates.map((d) => d.item.fields)]),
      c.primary.event.recurrenceId,
      c.duplicates.map((d) => `${d.item.event.uid}: ${d.reason}`),
    ),
  );
  const startOf = (e: InspectedEvent) => (e.allDay ? Date.parse(`${e.start}T00:00:00Z`) : Date.parse(e.start));
  // Code-point order for ties, like the API's ORDER BY uid COLLATE "C".
  merged.sort((a, b) => startOf(a) - startOf(b) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { events: merged, warnings: result.warnings };
}
