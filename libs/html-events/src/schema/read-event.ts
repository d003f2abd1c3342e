import { findMeetingUrl, plainText, singleLine } from '@app/event-model';
import type { WarningLog } from '../warnings';
import { type WrittenDateTime, parseDuration, parseWrittenDateTime } from '../normalize/datetime';
import type { EventDraft, ExtractionMethod } from '../normalize/draft';
import { statusFromSchema } from '../normalize/status';
import { asArray, firstString, isRecord, type JsonRecord, prop, stringOf } from './json';
import { type ReadContext, readName, readUrl } from './read-context';
import { readLocation } from './read-location';
import { readPeople } from './read-people';

/** Why an Event node gave no event; counted into one warning per reason. */
export interface SkippedEvent {
  skipped: string;
}

// html-to-text is not linear on hostile markup; a description longer than
// this is cut before conversion (no real event description comes close).
const MAX_DESCRIPTION_INPUT = 50_000;
const MAX_CATEGORIES = 20;

/**
 * One schema.org Event node (JSON-LD, or the JSON-LD-shaped object the
 * other sources build) as an EventDraft. Strings are read with JSON-LD
 * semantics: they may hold markup and entities, decoded exactly once.
 */
export function readSchemaEvent(node: JsonRecord, method: ExtractionMethod, ctx: ReadContext, zone: string | null = null): EventDraft | SkippedEvent {
  const title = singleLine(firstString(node, 'name', 'headline', 'summary'));
  if (!title) return { skipped: 'an Event has no name' };
  const startText = firstString(node, 'startDate');
  if (!startText) return { skipped: 'an Event has no startDate' };
  const start = parseWrittenDateTime(startText);
  if (!start) return { skipped: `startDate "${clip(startText)}" is not an ISO 8601 date` };

  const description = plainText(firstString(node, 'description')?.slice(0, MAX_DESCRIPTION_INPUT));
  const place = readLocation(prop(node, 'location'), ctx);
  const { organizer, people } = readPeople(node, ctx);
  const url = readUrl(prop(node, 'url'), ctx);
  return {
    method,
    sourceId: sourceId(node),
    title,
    description,
    start,
    end: parseWrittenDateTime(firstString(node, 'endDate')),
    durationMs: parseDuration(firstString(node, 'duration')),
    zone,
    structuredStatus: statusFromSchema(firstString(node, 'eventStatus')),
    location: place.location,
    venue: place.venue,
    // Meeting links are often only in the description (WordPress calendars).
    onlineUrl: place.onlineUrl ?? findMeetingUrl(description, place.location, url),
    url,
    organizer,
    people,
    categories: readCategories(node, ctx),
    stampedAt: parseStamp(firstString(node, 'dateModified')),
  };
}

export function isSkipped(result: EventDraft | SkippedEvent): result is SkippedEvent {
  return 'skipped' in result;
}

function sourceId(node: JsonRecord): string | null {
  const id = stringOf(node['@id'])?.trim();
  // Blank-node ids ("_:b0") are renumbered on every render: useless as UIDs.
  return id && !id.startsWith('_:') ? id : null;
}

function parseStamp(text: string | null): WrittenDateTime | null {
  const stamp = parseWrittenDateTime(text);
  return stamp?.time ? stamp : null;
}

/** keywords (text with commas, or a list), about (Things or text) and genre. */
function readCategories(node: JsonRecord, ctx: ReadContext): string[] {
  const found: string[] = [];
  for (const value of asArray(prop(node, 'keywords')).slice(0, 50)) {
    const text = isRecord(value) ? readName(value, ctx) : stringOf(value);
    if (text) found.push(...text.split(/[,;]/));
  }
  for (const key of ['about', 'genre']) {
    for (const value of asArray(prop(node, key)).slice(0, 20)) {
      const name = readName(value, ctx);
      if (name) found.push(name);
    }
  }
  const seen = new Set<string>();
  const categories: string[] = [];
  for (const raw of found) {
    const category = singleLine(raw);
    // Genres are sometimes given as Wikipedia links: not a category name.
    if (!category || /^https?:/i.test(category) || category.length > 80) continue;
    if (seen.has(category.toLowerCase())) continue;
    seen.add(category.toLowerCase());
    categories.push(category);
    if (categories.length === MAX_CATEGORIES) break;
  }
  return categories;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Drafts from Event nodes, up to `limit`. An item that cannot be read
 * (hostile markup in a description, say) is skipped and counted; it does
 * not cost the rest of the page.
 */
export function readSchemaEvents(
  nodes: JsonRecord[],
  method: ExtractionMethod,
  ctx: ReadContext,
  warnings: WarningLog,
  options: { label: string; limit: number; zone?: string | null },
): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const node of nodes) {
    if (drafts.length >= options.limit) break;
    let draft: EventDraft | SkippedEvent;
    try {
      draft = readSchemaEvent(node, method, ctx, options.zone ?? null);
    } catch (error) {
      draft = { skipped: `an Event could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
    if (isSkipped(draft)) warnings.tally(`${options.label}: ${draft.skipped}; skipped`);
    else drafts.push(draft);
  }
  return drafts;
}
