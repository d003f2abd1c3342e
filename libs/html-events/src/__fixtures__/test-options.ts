import { DEFAULT_LIMITS } from '@app/event-model';
import type { HtmlParseOptions } from '../extract-html-events';

/** Parse options for tests: a wide window, default limits, UTC unless said otherwise. */
export function testOptions(overrides: Partial<HtmlParseOptions> = {}): HtmlParseOptions {
  return {
    defaultTimeZone: 'UTC',
    window: { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') },
    ...DEFAULT_LIMITS,
    baseUrl: 'https://example.org/events/',
    ...overrides,
  };
}

/** A page around the given head/body markup. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
}

/** A page with one JSON-LD block per value. */
export function jsonLdPage(...blocks: unknown[]): string {
  return page('<p>x</p>', blocks.map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b)}</script>`).join('\n'));
}
