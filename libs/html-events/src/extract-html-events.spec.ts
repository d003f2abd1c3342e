import { UnreadableSourceError } from '@app/event-model';
import { jsonLdPage, page, testOptions } from './__fixtures__/test-options';
import { extractHtmlEvents } from './index';

const event = (name: string, startDate = '2024-05-01T18:00:00Z', extra: Record<string, unknown> = {}) => ({ '@type': 'Event', name, startDate, ...extra });

describe('extractHtmlEvents', () => {
  it.each([
    ['an iCalendar feed', 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR', /iCalendar/],
    ['JSON', '{"events": []}', /JSON/],
    ['an empty body', '   ', /empty/],
  ])('refuses %s with UnreadableSourceError', (_, text, message) => {
    expect(() => extractHtmlEvents(text, testOptions())).toThrow(UnreadableSourceError);
    expect(() => extractHtmlEvents(text, testOptions())).toThrow(message);
  });

  it('returns no event and says what to do next for a page without event data', () => {
    const result = extractHtmlEvents(page('<h1>About us</h1>'), testOptions());
    expect(result).toEqual({
      events: [],
      cancellations: [],
      capped: false,
      warnings: [{ message: 'no schema.org Event, microdata, h-event or hCalendar found: add a selector recipe to this source' }],
    });
  });

  it('merges an event repeated on the page (same title, start and location)', () => {
    const repeated = event('Show', '2024-05-01T18:00:00Z', { location: 'Hall' });
    const result = extractHtmlEvents(jsonLdPage([repeated, repeated, event('Show', '2024-05-01T18:00:00Z', { location: 'Other hall' })]), testOptions());
    expect(result.events.map((e) => e.location)).toEqual(['Hall', 'Other hall']);
    expect(result.warnings.map((w) => w.message)).toContain('an event appears more than once on the page; repeats were merged');
  });

  it('reads the same event once across JSON-LD, microdata and h-event', () => {
    const html = page(
      `<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">Tri</span><meta itemprop="startDate" content="2024-05-01T18:00:00Z"></div>
       <div class="h-event"><span class="p-name">Tri</span><time class="dt-start" datetime="2024-05-01T18:00:00Z">x</time><span class="p-location">Room 4</span></div>`,
      `<script type="application/ld+json">${JSON.stringify(event('Tri'))}</script>`,
    );
    const result = extractHtmlEvents(html, testOptions());
    expect(result.events).toHaveLength(1);
    expect(result.events[0].location).toBe('Room 4');
  });

  it('takes the same start and URL in two methods for one event, even when the names differ', () => {
    const html = page(
      `<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">Launch Party Tickets</span>
         <link itemprop="url" href="https://tickets.example/e/1"><meta itemprop="startDate" content="2024-05-01T18:00:00Z"></div>`,
      `<script type="application/ld+json">${JSON.stringify(event('Launch Party', '2024-05-01T18:00:00Z', { url: 'https://tickets.example/e/1' }))}</script>`,
    );
    expect(extractHtmlEvents(html, testOptions()).events.map((e) => e.title)).toEqual(['Launch Party']);
  });

  it('keeps at most maxEventsPerSource events, with a warning', () => {
    const many = Array.from({ length: 30 }, (_, i) => event(`E${i}`));
    const result = extractHtmlEvents(jsonLdPage(many), testOptions({ maxEventsPerSource: 10 }));
    expect(result.events.map((e) => e.title)).toEqual(many.slice(0, 10).map((e) => e.name));
    expect(result.warnings.map((w) => w.message).join()).toMatch(/more than 10 events/);
  });

  it('resolves relative URLs against the page’s <base href>', () => {
    const html = page(
      '',
      `<base href="https://cdn.example/site/"><script type="application/ld+json">${JSON.stringify(event('B', undefined, { url: 'e/1' }))}</script>`,
    );
    expect(extractHtmlEvents(html, testOptions()).events[0].url).toBe('https://cdn.example/site/e/1');
  });

  it('leaves the end of a timed event with no endDate or duration unknown (RFC 5545’s end-at-start is for iCalendar)', () => {
    const result = extractHtmlEvents(jsonLdPage([event('Talk', '2024-05-01T18:00:00Z'), event('Day', '2024-05-02')]), testOptions());
    expect(result.events.map((e) => [e.start, e.end])).toEqual([
      ['2024-05-01T18:00:00Z', null],
      ['2024-05-02', null],
    ]);
  });

  it('falls back to UTC, with a warning, when the default zone is unknown', () => {
    const result = extractHtmlEvents(jsonLdPage(event('F', '2024-05-01T18:00')), testOptions({ defaultTimeZone: 'Nowhere/Land' }));
    expect(result.events[0].start).toBe('2024-05-01T18:00:00Z');
    expect(result.warnings.map((w) => w.message).join()).toMatch(/unknown defaultTimeZone/);
  });
});
