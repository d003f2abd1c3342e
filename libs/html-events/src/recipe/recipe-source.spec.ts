import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page, testOptions } from '../__fixtures__/test-options';
import { extractHtmlEvents, type SelectorRecipe } from '../index';

const CORPUS_HTML = join(__dirname, '../../../../test/fixtures/corpus/html');
const fixture = (name: string) => readFileSync(join(__dirname, '../__fixtures__', name), 'utf8');

describe('selector recipe', () => {
  it('reads the plain meeting list of city-scrapers chi_ssa_4 (no structured data)', () => {
    const recipe: SelectorRecipe = {
      item: ".et_pb_text_inner p:contains('a.m.')",
      fields: { start: '.' },
      defaultTitle: 'SSA #4 Commissioners Meeting',
      dateFormats: ["EEEE, MMMM d, yyyy '@' h:mm a"],
      timeZone: 'America/Chicago',
    };
    const html = readFileSync(join(CORPUS_HTML, 'city-scrapers__chi_ssa_4.html'), 'utf8');
    const result = extractHtmlEvents(html, testOptions({ recipe, baseUrl: 'https://95thstreetba.org/about/ssa-4/' }));
    expect(result.events.map((e) => [e.title, e.start, e.timeZone, e.floating])).toEqual([
      ['SSA #4 Commissioners Meeting', '2021-03-23T08:30:00-05:00', 'America/Chicago', true],
      ['SSA #4 Commissioners Meeting', '2021-05-25T08:30:00-05:00', 'America/Chicago', true],
      ['SSA #4 Commissioners Meeting', '2021-07-12T08:00:00-05:00', 'America/Chicago', true],
      ['SSA #4 Commissioners Meeting', '2021-10-26T08:30:00-05:00', 'America/Chicago', true],
    ]);
    expect(new Set(result.events.map((e) => e.uid)).size).toBe(4);
    expect(result.warnings).toEqual([]);
  });

  const listing: SelectorRecipe = {
    item: 'article.talk',
    fields: {
      title: 'h3',
      url: 'h3 a @href',
      start: '.date',
      startTime: '.time',
      endTime: '.end',
      location: '.where',
      categories: '.tags li',
    },
    dateFormats: ['EEE d MMM yyyy'],
  };

  it('reads a listing with split date and time fields, in the default zone', () => {
    const result = extractHtmlEvents(
      fixture('recipe-listing.html'),
      testOptions({ recipe: listing, defaultTimeZone: 'America/Toronto', baseUrl: 'https://guild.example/talks' }),
    );
    expect(result.events.map((e) => [e.title, e.start, e.end, e.url])).toEqual([
      ['Roadmaps that survive contact & reality', '2024-03-14T18:30:00-04:00', '2024-03-14T20:00:00-04:00', 'https://guild.example/talks/roadmaps'],
      ['Pricing experiments', '2024-04-11T19:00:00-04:00', null, 'https://guild.example/talks/pricing'],
      ['Late-night hack session', '2024-04-13T22:00:00-04:00', '2024-04-14T01:00:00-04:00', 'https://guild.example/talks/late-night'],
    ]);
    expect(result.events[0]).toMatchObject({ location: 'Guild Hall, 10 Queen St, Toronto', categories: ['roadmaps', 'strategy'], floating: true });
    expect(result.events[1].onlineUrl).toBe('https://meet.google.com/abc-defg-hij');
    expect(result.warnings.map((w) => w.message)).toEqual(['selector recipe: a start "TBA" matched none of the dateFormats; item skipped']);
  });

  it('reads date-only formats as all-day events and dates without a year relative to the window', () => {
    const recipe: SelectorRecipe = { item: 'li', fields: { title: 'b', start: 'i' }, dateFormats: ['MMMM d'] };
    const html = page('<ul><li><b>Winter fair</b> <i>January 5</i></li><li><b>Autumn fair</b> <i>November 20</i></li></ul>');
    const result = extractHtmlEvents(html, testOptions({ recipe, window: { from: new Date('2023-11-01T00:00:00Z'), to: new Date('2024-12-31T00:00:00Z') } }));
    expect(result.events.map((e) => [e.title, e.start, e.allDay])).toEqual([
      ['Winter fair', '2024-01-05', true],
      ['Autumn fair', '2023-11-20', true],
    ]);
  });

  it('reads the wall clock exactly, whatever the server zone (a time in New York’s DST gap)', () => {
    const recipe: SelectorRecipe = { item: 'p', fields: { title: 'b', start: 'i' }, dateFormats: ['MMMM d, yyyy h:mm a'], timeZone: 'Europe/Paris' };
    const [e] = extractHtmlEvents(page('<p><b>Early</b> <i>March 10, 2024 2:30 am</i></p>'), testOptions({ recipe })).events;
    expect([e.start, e.timeZone]).toEqual(['2024-03-10T02:30:00+01:00', 'Europe/Paris']);
  });

  it('reads ISO text from a datetime attribute whatever the formats', () => {
    const recipe: SelectorRecipe = { item: '.e', fields: { title: 'h2', start: 'time @datetime' }, dateFormats: ['MMMM d, yyyy'] };
    const [e] = extractHtmlEvents(
      page('<div class="e"><h2>Launch</h2><time datetime="2024-02-01T09:00:00+01:00">Feb 1</time></div>'),
      testOptions({ recipe }),
    ).events;
    expect(e.start).toBe('2024-02-01T09:00:00+01:00');
  });

  it('is not used when the page has structured data', () => {
    const recipe: SelectorRecipe = { item: 'p', fields: { title: '.', start: '.' }, dateFormats: ['yyyy'] };
    const html = page('<p>2024</p>', '<script type="application/ld+json">{"@type":"Event","name":"Real","startDate":"2024-01-01"}</script>');
    const result = extractHtmlEvents(html, testOptions({ recipe }));
    expect(result.events.map((e) => e.title)).toEqual(['Real']);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/recipe was not used/);
  });

  it('warns instead of failing when the recipe is invalid or matches nothing', () => {
    const broken = extractHtmlEvents(page('<p>x</p>'), testOptions({ recipe: { item: '', fields: { start: '.' }, dateFormats: [] } }));
    expect(broken.events).toEqual([]);
    expect(broken.warnings.map((w) => w.message).join()).toMatch(/recipe is invalid/);
    const unmatched = extractHtmlEvents(
      page('<p>x</p>'),
      testOptions({ recipe: { item: '.none', fields: { start: '.' }, defaultTitle: 'x', dateFormats: ['yyyy-MM-dd'] } }),
    );
    expect(unmatched.warnings.map((w) => w.message).join()).toMatch(/matched no element/);
  });
});
