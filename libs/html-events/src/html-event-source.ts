import type { NormalizedEvent } from '@app/event-model';
import type { HtmlPage } from './html-page';
import type { EventDraft, ExtractionMethod } from './normalize/draft';

/**
 * One way of finding events in a page (JSON-LD, microdata, microformats, a
 * selector recipe). extractHtmlEvents runs them in a fixed order and merges
 * what they find; each reports its problems through `page.warnings`.
 */
export interface HtmlEventSource {
  readonly method: ExtractionMethod;
  /** Human name used in warnings ("JSON-LD", "microdata"...). */
  readonly label: string;
  extract(page: HtmlPage, limit: number): EventDraft[];
}

/** Adds facts to events found by the sources; never creates an event. */
export interface HtmlEventEnricher {
  readonly label: string;
  enrich(page: HtmlPage, events: NormalizedEvent[]): NormalizedEvent[];
}
