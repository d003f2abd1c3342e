import { page, testOptions } from '../__fixtures__/test-options';
import { extractHtmlEvents } from '../index';

const read = (body: string, zone = 'UTC') => extractHtmlEvents(page(body), testOptions({ defaultTimeZone: zone }));

describe('microformats', () => {
  it('reads an mf2 h-event with an h-card location, organizer, categories and an e-description', () => {
    const [e] = read(
      `
      <article class="h-event">
        <h1 class="p-name">Indie Web Camp</h1>
        <time class="dt-start" datetime="2024-09-14T10:00">Sept 14, 10am</time> to <time class="dt-end" datetime="2024-09-14T17:00">5pm</time>
        <div class="e-description"><p>Build your site &amp; own your data.</p></div>
        <a class="u-url" href="/iwc">link</a>
        <span class="p-location h-card"><span class="p-name">Mozilla</span>, <span class="p-locality">Portland</span></span>
        <span class="p-organizer h-card"><span class="p-name">Aaron</span> <a class="u-email" href="mailto:aaron@example.com">mail</a></span>
        <span class="p-category">IndieWeb</span>
      </article>`,
      'America/Los_Angeles',
    ).events;
    expect(e).toMatchObject({
      title: 'Indie Web Camp',
      start: '2024-09-14T10:00:00-07:00',
      end: '2024-09-14T17:00:00-07:00',
      floating: true,
      timeZone: 'America/Los_Angeles',
      description: 'Build your site & own your data.',
      url: 'https://example.org/iwc',
      location: 'Mozilla, Portland',
      venue: { name: 'Mozilla', address: 'Portland' },
      organizer: { name: 'Aaron', email: 'aaron@example.com' },
      categories: ['IndieWeb'],
    });
  });

  it('reads classic hCalendar with the value-class-pattern and <abbr title>', () => {
    const [e] = read(`
      <div class="vevent">
        <span class="summary">Standards Meeting</span>
        <span class="dtstart"><abbr class="value" title="2024-03-05">March 5th</abbr> at <span class="value">14:30</span></span>
        <abbr class="dtend" title="2024-03-05T16:00:00+01:00">4 pm</abbr>
        <span class="location">Room 101</span>
        <span class="uid">meeting-42@standards.example</span>
        <span class="status">CANCELLED</span>
        <a class="organizer" href="mailto:chair@standards.example">The Chair</a>
        <span class="category">Standards</span>
      </div>`).events;
    expect(e).toMatchObject({
      uid: 'meeting-42@standards.example',
      title: 'Standards Meeting',
      start: '2024-03-05T14:30:00Z',
      location: 'Room 101',
      status: 'CANCELLED',
      organizer: { name: 'The Chair', email: 'chair@standards.example' },
      categories: ['Standards'],
    });
  });

  it('reads every event of a page, but each only once when a root carries both class names', () => {
    const events = read(`
      <div class="h-event vevent"><span class="p-name summary">One</span><time class="dt-start dtstart" datetime="2024-01-01">x</time></div>
      <div class="vevent"><span class="summary">Two</span><abbr class="dtstart" title="20240102">x</abbr></div>`).events;
    expect(events.map((e) => [e.title, e.start])).toEqual([
      ['One', '2024-01-01'],
      ['Two', '2024-01-02'],
    ]);
  });

  it('makes the inclusive dt-end of a date-only event exclusive', () => {
    const [e] = read(
      '<div class="h-event"><span class="p-name">Camp</span><time class="dt-start">2024-06-29</time><time class="dt-end">2024-06-30</time></div>',
    ).events;
    expect(e).toMatchObject({ allDay: true, start: '2024-06-29', end: '2024-07-01' });
  });
});
