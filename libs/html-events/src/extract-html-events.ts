import { isKnownZone } from '@app/zones';
import { UnreadableSourceError, type ParseOptions, type ParseResult } from '@app/event-model';
import { boundNesting } from './bound-nesting';
import { type HtmlPage, openPage } from './html-page';
import { JsonLdSource } from './jsonld/jsonld-source';
import { notHtmlReason } from './looks-like-html';
import { MicrodataSource } from './microdata/microdata-source';
import { MicroformatsSource } from './microformats/microformats-source';
import type { EventDraft } from './normalize/draft';
import { pageEvents } from './normalize/page-events';
import { OpenGraphEnricher } from './opengraph/opengraph-enricher';
import { RecipeSource } from './recipe/recipe-source';
import type { SelectorRecipe } from './recipe/selector-recipe';
import { validateRecipe } from './recipe/validate-recipe';
import type { HtmlEventEnricher, HtmlEventSource } from './html-event-source';

// Far deeper than any real page, shallow enough to keep parsing linear (see boundNesting).
const MAX_DEPTH = 1_000;

/** Structured data, most expressive first: a later method never duplicates what an earlier one found. */
const STRUCTURED_SOURCES: readonly HtmlEventSource[] = [new JsonLdSource(), new MicrodataSource(), new MicroformatsSource()];
const ENRICHERS: readonly HtmlEventEnricher[] = [new OpenGraphEnricher()];

export type HtmlParseOptions = ParseOptions & { recipe?: SelectorRecipe | null };

/**
 * Events of an HTML page: schema.org JSON-LD, then microdata, then h-event /
 * hCalendar, then - for pages with none of these - the source's selector
 * recipe; Open Graph only fills gaps. Throws UnreadableSourceError only
 * when the text is not HTML at all; everything else is a warning.
 */
export function extractHtmlEvents(html: string, options: HtmlParseOptions): ParseResult {
  const notHtml = notHtmlReason(html);
  if (notHtml) throw new UnreadableSourceError(notHtml);
  const bounded = boundNesting(html, MAX_DEPTH);
  const page = openPage(bounded.html, options.baseUrl);
  if (bounded.dropped > 0) page.warnings.add(`the page nests elements more than ${MAX_DEPTH} levels deep; ${bounded.dropped} deeper tags were ignored`);
  const cap = Math.max(0, options.maxEventsPerSource);
  // Sources may read past the cap: duplicates are merged before it is applied.
  const limit = cap * 2 + 10;

  const drafts: EventDraft[] = [];
  for (const source of STRUCTURED_SOURCES) drafts.push(...run(source, page, limit));
  if (options.recipe) {
    if (drafts.length > 0) {
      page.warnings.add('the selector recipe was not used: the page has structured event data, which is read instead');
    } else {
      drafts.push(...runRecipe(options.recipe, options, page, limit));
    }
  }

  const zone = defaultZone(options.defaultTimeZone, page);
  let events = pageEvents(drafts, zone, page.warnings);
  const capped = events.length > cap;
  if (capped) {
    page.warnings.add(`the page has more than ${cap} events; only the first ${cap} were kept (maxEventsPerSource)`);
    events = events.slice(0, cap);
  }
  for (const enricher of ENRICHERS) events = enricher.enrich(page, events);
  if (events.length === 0 && drafts.length === 0 && !options.recipe) {
    page.warnings.add('no schema.org Event, microdata, h-event or hCalendar found: add a selector recipe to this source');
  }
  return { events, cancellations: [], warnings: page.warnings.toArray(), capped };
}

/** One source; an unexpected failure (a stack overflow on hostile nesting) costs only this method. */
function run(source: HtmlEventSource, page: HtmlPage, limit: number): EventDraft[] {
  try {
    return source.extract(page, limit);
  } catch (error) {
    page.warnings.add(`${source.label} could not be read on this page: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

// Real pages nest a few dozen levels. cheerio's selector engine costs
// O(elements x depth) per query, so recipes are not run on pages nested
// deeper than this (unclosed tags, hostile markup).
const MAX_RECIPE_DEPTH = 400;

function runRecipe(recipe: SelectorRecipe, options: HtmlParseOptions, page: HtmlPage, limit: number): EventDraft[] {
  const problems = validateRecipe(recipe);
  if (problems.length > 0) {
    page.warnings.add(`the selector recipe is invalid and was not used: ${problems.join('; ')}`);
    return [];
  }
  if (page.depth > MAX_RECIPE_DEPTH) {
    page.warnings.add(`the selector recipe was not run: the page nests elements ${page.depth} levels deep (more than ${MAX_RECIPE_DEPTH})`);
    return [];
  }
  return run(new RecipeSource(recipe, options.window.from), page, limit);
}

function defaultZone(zone: string, page: HtmlPage): string {
  if (isKnownZone(zone)) return zone;
  page.warnings.add(`unknown defaultTimeZone "${zone}": floating times read as UTC`);
  return 'UTC';
}
