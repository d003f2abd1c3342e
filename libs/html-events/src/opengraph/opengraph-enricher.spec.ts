import { page, testOptions } from '../__fixtures__/test-options';
import { extractHtmlEvents } from '../index';

const OG = `<meta property="og:type" content="event"><meta property="og:title" content="OG title">
  <meta property="og:url" content="/e/launch"><meta property="og:description" content="From Open Graph &amp; more">`;
const jsonLd = (events: unknown[]) => `<script type="application/ld+json">${JSON.stringify(events)}</script>`;

describe('Open Graph enrichment', () => {
  it('fills the url and description of a single-event page, never its title', () => {
    const [e] = extractHtmlEvents(page('', OG + jsonLd([{ '@type': 'Event', name: 'Launch', startDate: '2024-01-01' }])), testOptions()).events;
    expect(e).toMatchObject({ title: 'Launch', url: 'https://example.org/e/launch', description: 'From Open Graph & more' });
  });

  it('does not override what the structured data says', () => {
    const [e] = extractHtmlEvents(
      page('', OG + jsonLd([{ '@type': 'Event', name: 'Launch', startDate: '2024-01-01', url: 'https://x.example/own', description: 'Own' }])),
      testOptions(),
    ).events;
    expect(e).toMatchObject({ url: 'https://x.example/own', description: 'Own' });
  });

  it('never creates an event, and leaves listing pages alone', () => {
    expect(extractHtmlEvents(page('', OG), testOptions()).events).toEqual([]);
    const events = extractHtmlEvents(
      page(
        '',
        OG +
          jsonLd([
            { '@type': 'Event', name: 'A', startDate: '2024-01-01' },
            { '@type': 'Event', name: 'B', startDate: '2024-01-02' },
          ]),
      ),
      testOptions(),
    ).events;
    expect(events.map((e) => e.url)).toEqual([null, null]);
  });
});
