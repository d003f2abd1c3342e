import { page, testOptions } from '../__fixtures__/test-options';
import { extractHtmlEvents } from '../index';

const read = (body: string, head = '') => extractHtmlEvents(page(body, head), testOptions());

describe('microdata', () => {
  it('reads nested items: Place > PostalAddress, a performer with worksFor', () => {
    const [e] = read(`
      <div itemscope itemtype="https://schema.org/BusinessEvent">
        <h2 itemprop="name">Data  Council</h2>
        <time itemprop="startDate" datetime="2024-04-10T09:00:00-07:00">April 10</time>
        <time itemprop="endDate" datetime="2024-04-10T17:00:00-07:00">5 pm</time>
        <div itemprop="location" itemscope itemtype="https://schema.org/Place">
          <span itemprop="name">Oakland Scottish Rite Center</span>
          <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
            <span itemprop="streetAddress">1547 Lakeside Dr</span>, <span itemprop="addressLocality">Oakland</span>,
            <span itemprop="addressRegion">CA</span> <span itemprop="postalCode">94612</span>
          </div>
        </div>
        <div itemprop="performer" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">Jo Park</span>, <span itemprop="jobTitle">Speaker</span>
          <span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Snowflake</span></span>
        </div>
        <a itemprop="url" href="/data-council">Details</a>
      </div>`).events;
    expect(e).toMatchObject({
      title: 'Data Council',
      start: '2024-04-10T09:00:00-07:00',
      end: '2024-04-10T17:00:00-07:00',
      location: 'Oakland Scottish Rite Center, 1547 Lakeside Dr, Oakland, CA 94612',
      url: 'https://example.org/data-council',
    });
    expect(e.people).toEqual([{ name: 'Jo Park', role: 'SPEAKER', affiliation: 'Snowflake', email: null, url: null }]);
  });

  it('reads properties through itemref and from content attributes on any element', () => {
    const [e] = read(`
      <div itemscope itemtype="http://schema.org/Event" itemref="when where">
        <span itemprop="name">Ref Event</span>
      </div>
      <div id="when" itemprop="startDate" content="2024-02-03T10:00">Saturday</div>
      <p id="where"><span itemprop="location">Library</span></p>`).events;
    expect(e).toMatchObject({ title: 'Ref Event', start: '2024-02-03T10:00:00Z', floating: true, location: 'Library' });
  });

  it('does not read the properties of a nested item into its parent', () => {
    const [e] = read(`
      <div itemscope itemtype="http://schema.org/Event">
        <meta itemprop="startDate" content="2024-02-03">
        <span itemprop="name">Outer</span>
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><a itemprop="url" href="https://tickets.example/1">Buy</a><span itemprop="name">Ticket</span></div>
      </div>`).events;
    expect(e).toMatchObject({ title: 'Outer', url: null });
  });

  it('decodes entities exactly once (the HTML parser already did)', () => {
    const events = read(`
      <div itemscope itemtype="http://schema.org/Event"><span itemprop="name">AT&amp;T &lt;Live&gt;</span><meta itemprop="startDate" content="2024-02-03"></div>
      <div itemscope itemtype="http://schema.org/Event"><span itemprop="name">Double &amp;amp; encoded</span><meta itemprop="startDate" content="2024-02-04"></div>`).events;
    expect(events.map((e) => e.title)).toEqual(['AT&T <Live>', 'Double &amp; encoded']);
  });

  it('finds events inside another top-level item (a MusicGroup tour)', () => {
    const events = read(`
      <div itemscope itemtype="http://schema.org/MusicGroup"><h1 itemprop="name">Band</h1>
        <div itemprop="event" itemscope itemtype="http://schema.org/MusicEvent"><span itemprop="name">Leg 1</span><meta itemprop="startDate" content="2024-07-01"></div>
        <div itemprop="event" itemscope itemtype="http://schema.org/MusicEvent"><span itemprop="name">Leg 2</span><meta itemprop="startDate" content="2024-07-02"></div>
      </div>`).events;
    expect(events.map((e) => e.title)).toEqual(['Leg 1', 'Leg 2']);
  });

  it('is not duplicated when JSON-LD describes the same event, and fills what JSON-LD lacked', () => {
    const result = extractHtmlEvents(
      page(
        `<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">Same  Event</span>
           <meta itemprop="startDate" content="2024-02-03T18:00:00Z"><span itemprop="location">Hall B</span></div>`,
        '<script type="application/ld+json">{"@type":"Event","name":"Same Event","startDate":"2024-02-03T18:00:00+00:00"}</script>',
      ),
      testOptions(),
    );
    expect(result.events).toHaveLength(1);
    expect(result.events[0].location).toBe('Hall B');
  });
});
