import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLdPage, testOptions } from '../__fixtures__/test-options';
import { extractHtmlEvents } from '../index';

const event = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Design Systems Meetup',
  startDate: '2024-05-01T18:00:00+02:00',
  ...extra,
});
const titles = (html: string) => extractHtmlEvents(html, testOptions()).events.map((e) => e.title);
const fixture = (name: string) => readFileSync(join(__dirname, '../__fixtures__', name), 'utf8');

describe('JSON-LD shapes', () => {
  it('reads a single object, a top-level array and @graph', () => {
    expect(titles(jsonLdPage(event()))).toEqual(['Design Systems Meetup']);
    expect(titles(jsonLdPage([event({ name: 'A' }), event({ name: 'B' })]))).toEqual(['A', 'B']);
    expect(titles(jsonLdPage({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, event({ name: 'G' })] }))).toEqual(['G']);
  });

  it.each([
    'BusinessEvent',
    'ChildrensEvent',
    'ComedyEvent',
    'CourseInstance',
    'DanceEvent',
    'DeliveryEvent',
    'EducationEvent',
    'EventSeries',
    'ExhibitionEvent',
    'Festival',
    'FoodEvent',
    'Hackathon',
    'LiteraryEvent',
    'MusicEvent',
    'PublicationEvent',
    'BroadcastEvent',
    'OnDemandEvent',
    'SaleEvent',
    'ScreeningEvent',
    'SocialEvent',
    'SportsEvent',
    'TheaterEvent',
    'VisualArtsEvent',
  ])('reads the subtype %s, bare, prefixed, expanded and in an array', (type) => {
    for (const spelled of [type, `schema:${type}`, `https://schema.org/${type}`, `http://schema.org/${type}`, ['Thing', type]]) {
      expect(titles(jsonLdPage(event({ '@type': spelled })))).toEqual(['Design Systems Meetup']);
    }
  });

  it('ignores types that are not events', () => {
    expect(
      titles(jsonLdPage({ '@type': 'Organization', name: 'x', startDate: '2024-01-01' }, { '@type': 'UserComments', name: 'c', startDate: '2024-01-01' })),
    ).toEqual([]);
  });

  it('reads an ItemList of ListItem.item, direct elements and @id references to another block', () => {
    const result = extractHtmlEvents(fixture('itemlist-events.html'), testOptions({ baseUrl: 'https://events.example/berlin' }));
    expect(result.events.map((e) => [e.title, e.start, e.location])).toEqual([
      ['Rust Berlin Meetup', '2024-03-05T19:00:00Z', 'c-base, Rungestraße 20, 10179 Berlin'],
      ['Kubernetes Day', '2024-03-07T09:00:00+01:00', 'Station Berlin, Luckenwalder Str. 4-6, Berlin, 10963, DE'],
      ['Kubernetes Day: Workshop track', '2024-03-07T13:00:00+01:00', 'Station Berlin, Luckenwalder Str. 4-6, Berlin, 10963, DE'],
      ['Climate Hack', '2024-03-09', 'Factory Görlitzer Park'],
    ]);
    expect(result.events[0].url).toBe('https://events.example/e/rust-berlin-march');
    expect(result.events[1].uid).toBe('https://events.example/e/kubernetes-day#event');
    expect(result.events[3]).toMatchObject({ allDay: true, end: '2024-03-11' });
  });

  it('reads events nested in event/events/subEvent of other nodes', () => {
    const group = { '@type': 'MusicGroup', name: 'Band', event: [event({ name: 'Show 1' })], events: event({ name: 'Show 2' }) };
    const series = {
      '@type': 'EventSeries',
      name: 'Series',
      subEvent: [event({ name: 'Part 1' }), event({ name: 'Part 2', startDate: '2024-05-02T18:00:00+02:00' })],
    };
    expect(titles(jsonLdPage(group, series))).toEqual(['Show 1', 'Show 2', 'Part 1', 'Part 2']);
  });

  it('skips an invalid block with a warning and still uses the valid ones', () => {
    const result = extractHtmlEvents(jsonLdPage('{"@type": "Event", "name": "Broken" "startDate": "2024-01-01"}', event()), testOptions());
    expect(result.events.map((e) => e.title)).toEqual(['Design Systems Meetup']);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/JSON-LD block at line \d+ is not valid JSON and was skipped/);
  });

  it.each([
    ["a PHP \\' escape", '{"@type":"Event","name":"Rock \\\'n\\\' Roll","startDate":"2024-01-01"}', "Rock 'n' Roll"],
    ['a raw newline in a string', '{"@type":"Event","name":"Two\nLines","startDate":"2024-01-01"}', 'Two Lines'],
    ['trailing commas', '{"@type":"Event","name":"Trailing","startDate":"2024-01-01",}', 'Trailing'],
    ['an HTML comment wrapper', '<!-- {"@type":"Event","name":"Commented","startDate":"2024-01-01"} -->', 'Commented'],
    ['a CDATA wrapper', '//<![CDATA[\n{"@type":"Event","name":"Cdata","startDate":"2024-01-01"}\n//]]>', 'Cdata'],
  ])('repairs %s', (_, block, title) => {
    const result = extractHtmlEvents(jsonLdPage(block), testOptions());
    expect(result.events.map((e) => e.title)).toEqual([title]);
  });

  it('ignores empty blocks and literal false without a JSON warning', () => {
    const result = extractHtmlEvents(jsonLdPage('', 'false', '   ', event()), testOptions());
    expect(result.events).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('decodes entities exactly once', () => {
    const [single, double] = extractHtmlEvents(
      jsonLdPage(event({ name: 'AT&amp;T Summit', description: 'Q&amp;A &lt;b&gt;' }), event({ name: 'AT&amp;amp;T Double', startDate: '2024-05-02' })),
      testOptions(),
    ).events;
    expect(single.title).toBe('AT&T Summit');
    expect(single.description).toBe('Q&A <b>');
    expect(double.title).toBe('AT&amp;T Double');
  });

  it('skips events without a name or a readable startDate, with one counted warning per reason', () => {
    const result = extractHtmlEvents(jsonLdPage([event({ name: '' }), event({ startDate: 'soon' }), event({ startDate: 'soon' }), event()]), testOptions());
    expect(result.events).toHaveLength(1);
    expect(result.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining(['JSON-LD: an Event has no name; skipped', 'JSON-LD: startDate "soon" is not an ISO 8601 date; skipped (2 times)']),
    );
  });
});

describe('JSON-LD event facts', () => {
  it('reads an Eventbrite-like page: hybrid location, people with roles and affiliations, sponsor, keywords', () => {
    const [e] = extractHtmlEvents(fixture('eventbrite-like.html'), testOptions({ defaultTimeZone: 'America/New_York' })).events;
    expect(e).toMatchObject({
      title: 'Platform Engineering Night: Scaling CI at AT&T',
      description: 'Two talks on CI at scale.\n\nDoors open at 5:30 pm.',
      start: '2024-05-01T18:00:00-04:00',
      end: '2024-05-01T20:30:00-04:00',
      timeZone: 'America/New_York',
      floating: false,
      location: 'Civic Hall, 124 East 14th Street, New York, NY 10003, US',
      venue: { name: 'Civic Hall', address: '124 East 14th Street, New York, NY 10003, US' },
      onlineUrl: 'https://www.eventbrite.example/x/stream/1234567890',
      url: 'https://www.eventbrite.example/e/platform-engineering-night-tickets-1234567890',
      status: 'CONFIRMED',
      organizer: { name: 'NYC Platform Engineers', email: null },
      categories: ['platform engineering', 'CI', 'DevOps'],
    });
    expect(e.people.map((p) => [p.role, p.name, p.affiliation])).toEqual([
      ['ORGANIZER', 'NYC Platform Engineers', null],
      ['SPEAKER', 'Dana Whitfield', 'Stripe'],
      ['PERFORMER', 'Luis Ortega', 'Datadog'],
      ['SPONSOR', 'Acme Cloud', null],
    ]);
  });

  it('reads a Luma-like page: UTC instants, meeting link from the description, javascript: refused', () => {
    const [e] = extractHtmlEvents(fixture('luma-like.html'), testOptions({ defaultTimeZone: 'America/Los_Angeles' })).events;
    expect(e).toMatchObject({
      title: 'AI Product Meetup',
      start: '2024-06-12T23:00:00Z',
      end: '2024-06-13T01:30:00Z',
      onlineUrl: 'https://us02web.zoom.us/j/81234567890?pwd=abc',
      url: 'https://lu.example/ai-product-meetup', // from og:url: the JSON-LD has none
    });
    expect(e.people).toContainEqual({ name: 'Priya Raman', role: 'PERFORMER', affiliation: 'Notion', email: null, url: null });
  });

  it('takes VirtualLocation.url as the online URL and never a javascript: URL', () => {
    const [online, hostile] = extractHtmlEvents(
      jsonLdPage(
        event({ location: { '@type': 'VirtualLocation', url: 'https://meet.google.com/abc-defg-hij' } }),
        event({ name: 'Hostile', url: 'javascript:alert(1)', location: { '@type': 'VirtualLocation', url: 'JavaScript:alert(1)' } }),
      ),
      testOptions(),
    ).events;
    expect(online.onlineUrl).toBe('https://meet.google.com/abc-defg-hij');
    expect(online.location).toBeNull();
    expect(hostile.onlineUrl).toBeNull();
    expect(hostile.url).toBeNull();
  });

  it.each([
    ['https://schema.org/EventCancelled', 'CANCELLED'],
    ['schema:EventPostponed', 'TENTATIVE'],
    ['EventRescheduled', 'CONFIRMED'],
    ['http://schema.org/EventMovedOnline', 'CONFIRMED'],
    ['EventScheduled', 'CONFIRMED'],
    ['cancelled', 'CANCELLED'],
  ])('maps eventStatus %s to %s', (eventStatus, status) => {
    expect(extractHtmlEvents(jsonLdPage(event({ eventStatus })), testOptions()).events[0].status).toBe(status);
  });

  it('reads organizer e-mails that are entity-encoded, mailto: links or spelled out', () => {
    const emails = extractHtmlEvents(
      jsonLdPage([
        event({ name: 'a', organizer: { '@type': 'Person', name: 'Cora', email: 'c&#99;ap&#108;&#101;r&#64;&#100;egc.&#111;r&#103;' } }),
        event({ name: 'b', organizer: { '@type': 'Organization', name: 'Org', url: 'mailto:events@org.example?subject=hi' } }),
        event({ name: 'c', organizer: { '@type': 'Person', name: 'Sam', email: 'sam [at] example [dot] org' } }),
        event({ name: 'd', organizer: 'hello@meetup.example' }),
      ]),
      testOptions(),
    ).events.map((e) => e.organizer);
    expect(emails).toEqual([
      { name: 'Cora', email: 'ccapler@degc.org' },
      { name: 'Org', email: 'events@org.example' },
      { name: 'Sam', email: 'sam@example.org' },
      { name: null, email: 'hello@meetup.example' },
    ]);
  });

  it('lists performers as speakers when their role says so, and drops type names given as performers', () => {
    const [e] = extractHtmlEvents(
      jsonLdPage(
        event({
          performer: [
            'Organization',
            { '@type': 'PerformanceRole', roleName: 'Panelist', performer: { '@type': 'Person', name: 'Ana', worksFor: 'Figma' } },
            { '@type': 'Person', name: 'Ben', memberOf: [{ '@type': 'Organization', name: 'W3C' }] },
          ],
          funder: { '@type': 'Organization', name: 'Fund' },
          contributor: { '@type': 'Person', name: 'Cleo' },
        }),
      ),
      testOptions(),
    ).events;
    expect(e.people.map((p) => [p.role, p.name, p.affiliation])).toEqual([
      ['SPEAKER', 'Ana', 'Figma'],
      ['PERFORMER', 'Ben', 'W3C'],
      ['SPEAKER', 'Cleo', null],
      ['SPONSOR', 'Fund', null],
    ]);
  });

  it('reads categories from keywords, about and genre', () => {
    const [e] = extractHtmlEvents(
      jsonLdPage(event({ keywords: ['AI', 'ml, data'], about: { '@type': 'Thing', name: 'Machine learning' }, genre: 'http://en.wikipedia.org/wiki/Rock' })),
      testOptions(),
    ).events;
    expect(e.categories).toEqual(['AI', 'ml', 'data', 'Machine learning']);
  });

  it('uses the @id, else the url (with the start when events share it), else a content hash as UID', () => {
    const events = extractHtmlEvents(
      jsonLdPage([
        event({ '@id': 'https://x.example/e/1#event', name: 'A' }),
        event({ url: '/series', name: 'B', startDate: '2024-05-01' }),
        event({ url: '/series', name: 'B', startDate: '2024-05-08' }),
        event({ name: 'C' }),
      ]),
      testOptions(),
    ).events;
    expect(events.map((e) => e.uid)).toEqual([
      'https://x.example/e/1#event',
      'https://example.org/series@2024-05-01',
      'https://example.org/series@2024-05-08',
      expect.stringMatching(/^topofmind-[0-9a-f]{32}$/),
    ]);
    expect(events.every((e) => e.recurrenceId === null)).toBe(true);
  });

  it('derives the end from a duration when there is no endDate', () => {
    const [e] = extractHtmlEvents(jsonLdPage(event({ duration: 'PT1H30M' })), testOptions()).events;
    expect(e.end).toBe('2024-05-01T19:30:00+02:00');
  });
});
