import { safeHttpUrl } from '@app/text';
import { findMeetingUrl, tidyText, type NormalizedEvent } from '@app/event-model';
import type { HtmlPage } from '../html-page';
import type { HtmlEventEnricher } from '../html-event-source';

/**
 * Open Graph tags describe the page, so they describe the event only on a
 * single-event page, and only fill what the structured data left empty.
 * They never create an event: og:type "event" with no date is not one.
 */
export class OpenGraphEnricher implements HtmlEventEnricher {
  readonly label = 'Open Graph';

  enrich(page: HtmlPage, events: NormalizedEvent[]): NormalizedEvent[] {
    if (events.length !== 1) return events;
    const meta = (property: string) => {
      const content = page.meta(property);
      // Attribute values are decoded by the HTML parser already: no second decoding.
      return content ? tidyText(content) || null : null;
    };
    const [event] = events;
    event.url ??= safeHttpUrl(meta('og:url'), page.baseUrl);
    event.description ??= meta('og:description');
    event.onlineUrl ??= findMeetingUrl(event.description);
    return events;
  }
}
