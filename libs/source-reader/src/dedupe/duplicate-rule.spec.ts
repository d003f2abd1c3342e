import { clusterDuplicates } from './cluster';
import { DuplicateIndex, MAX_COMPARISONS_PER_LOOKUP } from './duplicate-index';
import { DedupeCandidate, duplicateReason } from './duplicate-rule';

const at = (iso: string) => Date.parse(iso);
const event = (over: Partial<DedupeCandidate>): DedupeCandidate => ({
  uid: Math.random().toString(36),
  recurrenceId: null,
  startMs: at('2026-12-03T18:30:00Z'),
  allDay: false,
  title: 'Berlin Payments Meetup #12',
  location: 'Factory Berlin, Rheinsberger Str. 76/77, 10115 Berlin',
  url: null,
  onlineUrl: null,
  ...over,
});

describe('duplicateReason', () => {
  it('merges a cross-posted event: start minutes apart, similar title, same place', () => {
    const meetup = event({ url: 'https://www.meetup.com/berlin-payments/events/301/' });
    const luma = event({
      title: 'Berlin Payments Meetup #12 — Ledgers at scale',
      startMs: at('2026-12-03T18:40:00Z'),
      location: 'Factory Berlin',
      url: 'https://lu.ma/bpm12',
    });
    expect(duplicateReason(meetup, luma)).toBe('starts 10 min apart, similar title (0.80), same place');
  });

  it('merges on the same page URL when places are missing', () => {
    const a = event({ location: null, url: 'https://example.com/events/ledgers/' });
    const b = event({ location: null, url: 'https://www.example.com/events/ledgers', title: 'CANCELLED: Berlin Payments Meetup #12' });
    expect(duplicateReason(a, b)).toMatch(/same page URL/);
  });

  it.each<[string, Partial<DedupeCandidate>, Partial<DedupeCandidate>]>([
    ['starts an hour apart', {}, { startMs: at('2026-12-03T19:30:00Z') }],
    ['a different title', {}, { title: 'Berlin Kubernetes Meetup' }],
    ['a different place', {}, { location: 'Betahaus, Kreuzberg' }],
    ['another page on the same site', { url: 'https://meetup.com/berlin-payments/events/301' }, { url: 'https://meetup.com/berlin-payments/events/302' }],
    ['no place and no URL in common', { location: null }, { location: null }],
    ['all-day against timed', {}, { allDay: true }],
    ['the same UID (occurrences of one series)', { uid: 'series' }, { uid: 'series' }],
  ])('never merges events with %s', (_why, mine, theirs) => {
    expect(duplicateReason(event({ uid: 'one', ...mine }), event({ uid: 'two', ...theirs }))).toBeNull();
  });

  it('does not merge the weekly instances of two different series at one venue', () => {
    const a = event({ title: 'Python Study Group' });
    const b = event({ title: 'Rust Study Group' });
    expect(duplicateReason(a, b)).toBeNull();
  });
});

describe('clusterDuplicates', () => {
  it('groups duplicates under the first item and keeps the rest apart', () => {
    const items = [
      event({ uid: 'a' }),
      event({ uid: 'b', title: 'Kubernetes Night' }),
      event({ uid: 'c', startMs: at('2026-12-03T18:35:00Z') }),
      event({ uid: 'd', startMs: at('2026-12-10T18:30:00Z') }),
    ];
    const clusters = clusterDuplicates(items, (e) => e);
    expect(clusters.map((c) => [c.primary.uid, ...c.duplicates.map((d) => d.item.uid)])).toEqual([['a', 'c'], ['b'], ['d']]);
  });
});

describe('DuplicateIndex', () => {
  const lookAlikes = (n: number, title = 'Bomb', from = '2026-12-10T00:00:00Z') =>
    Array.from({ length: n }, (_, i) => event({ uid: `${title}-${i}`, title: `${title} ${i}`, startMs: at(from) + (i % 900) * 1000 }));

  it('bounds the comparisons of every lookup, however many look-alike events start together', () => {
    const index = new DuplicateIndex<number>();
    const items = lookAlikes(20_000);
    items.forEach((item, i) => {
      index.find(item);
      index.add(item, i);
    });
    expect(index.comparisons).toBeLessThanOrEqual(items.length * MAX_COMPARISONS_PER_LOOKUP);
  });

  it('still finds the real duplicate among thousands of look-alikes, by its rarest title words', () => {
    const index = new DuplicateIndex<string>();
    lookAlikes(5_000, 'Berlin Meetup Night', '2026-12-03T18:25:00Z').forEach((item) => index.add(item, item.uid));
    index.add(event({ uid: 'meetup' }), 'meetup');
    lookAlikes(5_000, 'Payments Meetup Night', '2026-12-03T18:25:00Z').forEach((item) => index.add(item, item.uid));
    const crossPost = event({ uid: 'luma', title: 'Berlin Payments Meetup #12 — Ledgers at scale', startMs: at('2026-12-03T18:40:00Z') });
    expect(index.find(crossPost)?.value).toBe('meetup');
  });

  it('prefers the duplicate added first, like a scan in order', () => {
    const index = new DuplicateIndex<string>();
    index.add(event({ uid: 'a' }), 'first');
    index.add(event({ uid: 'b', startMs: at('2026-12-03T18:35:00Z') }), 'second');
    expect(index.find(event({ uid: 'c' }))?.value).toBe('first');
  });

  it('never compares occurrences of one series with each other', () => {
    const index = new DuplicateIndex<number>();
    for (let i = 0; i < 100; i++) index.add(event({ uid: 'series', startMs: at('2026-12-03T18:30:00Z') + i * 1000 }), i);
    expect(index.find(event({ uid: 'series' }))).toBeNull();
    expect(index.comparisons).toBe(0);
  });

  it('matches untitled events only with untitled ones', () => {
    const index = new DuplicateIndex<string>();
    index.add(event({ uid: 'a', title: 'The' }), 'untitled');
    expect(index.find(event({ uid: 'b', title: 'A' }))?.value).toBe('untitled');
    expect(index.find(event({ uid: 'c' }))).toBeNull();
  });
});
