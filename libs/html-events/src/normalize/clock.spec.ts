import { jsonLdPage, testOptions } from '../__fixtures__/test-options';
import { extractHtmlEvents } from '../index';

const events = (zone: string, ...starts: string[]) =>
  extractHtmlEvents(jsonLdPage(starts.map((startDate, i) => ({ '@type': 'Event', name: `E${i}`, startDate }))), testOptions({ defaultTimeZone: zone }));

describe('zones and offsets', () => {
  it('reads floating times in the default zone, across a DST change', () => {
    const {
      events: [winter, summer],
    } = events('Europe/Berlin', '2024-01-10T09:00', '2024-07-10T09:00');
    expect([winter.start, winter.timeZone, winter.floating]).toEqual(['2024-01-10T09:00:00+01:00', 'Europe/Berlin', true]);
    expect(summer.start).toBe('2024-07-10T09:00:00+02:00');
  });

  it('follows RFC 5545 in gaps and overlaps of the default zone', () => {
    const {
      events: [gap, overlap],
    } = events('America/New_York', '2024-03-10T02:30', '2024-11-03T01:30');
    expect(gap.start).toBe('2024-03-10T03:30:00-04:00');
    expect(overlap.start).toBe('2024-11-03T01:30:00-04:00');
  });

  it('shows an offset that is the zone’s own in the zone, and any other at a fixed offset with no zone', () => {
    const {
      events: [own, other, odd, utc],
    } = events('Europe/London', '2024-07-01T19:00:00+01:00', '2024-11-16T19:30:00+0100', '2024-11-16T19:30:00+05:30', '2024-11-16T19:30:00Z');
    expect([own.start, own.timeZone]).toEqual(['2024-07-01T19:00:00+01:00', 'Europe/London']);
    expect([other.start, other.timeZone]).toEqual(['2024-11-16T19:30:00+01:00', null]);
    expect([odd.start, odd.timeZone]).toEqual(['2024-11-16T19:30:00+05:30', null]);
    expect([utc.start, utc.timeZone, utc.floating]).toEqual(['2024-11-16T19:30:00Z', 'Europe/London', false]);
  });

  it('keeps an offset-only time’s offset, with the default zone only when that zone has the offset then', () => {
    const page = (zone: string) =>
      extractHtmlEvents(
        jsonLdPage([
          { '@type': 'Event', name: 'Summer', startDate: '2026-05-14T18:30:00+02:00', endDate: '2026-05-14T21:00' },
          { '@type': 'Event', name: 'Winter', startDate: '2026-12-03T18:30:00+02:00', endDate: '2026-12-03T21:00' },
          { '@type': 'Event', name: 'Elsewhere', startDate: '2026-05-14T18:30:00-03:00' },
        ]),
        testOptions({ defaultTimeZone: zone }),
      ).events.map((e) => [e.title, e.start, e.end, e.timeZone, e.floating]);
    expect(page('Europe/Berlin')).toEqual([
      ['Summer', '2026-05-14T18:30:00+02:00', '2026-05-14T21:00:00+02:00', 'Europe/Berlin', false],
      ['Winter', '2026-12-03T18:30:00+02:00', '2026-12-03T21:00:00+02:00', null, false],
      ['Elsewhere', '2026-05-14T18:30:00-03:00', null, null, false],
    ]);
    expect(page('UTC').map(([, start, end, zone]) => [start, end, zone])).toEqual([
      ['2026-05-14T18:30:00+02:00', '2026-05-14T21:00:00+02:00', null],
      ['2026-12-03T18:30:00+02:00', '2026-12-03T21:00:00+02:00', null],
      ['2026-05-14T18:30:00-03:00', null, null],
    ]);
    expect(page('America/Sao_Paulo')[2]).toEqual(['Elsewhere', '2026-05-14T18:30:00-03:00', null, 'America/Sao_Paulo', false]);
  });

  it('reads a page that stamps one out-of-season offset on every time as wall-clock time (wrong-dst-offset)', () => {
    const result = events('America/Detroit', '2025-11-12T11:00:00-04:00', '2025-12-03T08:00:00-04:00');
    expect(result.events.map((e) => [e.start, e.timeZone])).toEqual([
      ['2025-11-12T11:00:00-05:00', 'America/Detroit'],
      ['2025-12-03T08:00:00-05:00', 'America/Detroit'],
    ]);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/uses only in another season/);
  });

  it('believes differing offsets on a multi-zone page (a tour)', () => {
    const result = events('Europe/London', '2015-10-26T19:00:00+0000', '2015-11-16T19:30:00+0100');
    expect(result.events.map((e) => e.start)).toEqual(['2015-10-26T19:00:00Z', '2015-11-16T19:30:00+01:00']);
  });

  it('reads "+00:00" as wall-clock time on a page whose other times carry the zone’s offset (wrong-utc-offset)', () => {
    const result = events('America/Detroit', '2022-06-28T08:45:00-04:00', '2022-07-13T15:00:00+00:00');
    expect(result.events.map((e) => e.start)).toEqual(['2022-06-28T08:45:00-04:00', '2022-07-13T15:00:00-04:00']);
  });

  it('believes a page whose times are all UTC', () => {
    const result = events('America/Detroit', '2022-07-13T15:00:00Z', '2022-07-14T15:00:00Z');
    expect(result.events.map((e) => e.start)).toEqual(['2022-07-13T15:00:00Z', '2022-07-14T15:00:00Z']);
  });

  it('uses the end’s zone rules, drops an end before the start, and ends all-day events the day after their last day', () => {
    const result = extractHtmlEvents(
      jsonLdPage([
        { '@type': 'Event', name: 'Timed', startDate: '2024-03-09T22:00', endDate: '2024-03-10T04:00', location: 'x' },
        { '@type': 'Event', name: 'Backwards', startDate: '2024-03-09T22:00', endDate: '2024-03-09T21:00' },
        { '@type': 'Event', name: 'Days', startDate: '2024-03-09', endDate: '2024-03-11' },
      ]),
      testOptions({ defaultTimeZone: 'America/New_York' }),
    );
    expect(result.events.map((e) => [e.start, e.end])).toEqual([
      ['2024-03-09T22:00:00-05:00', '2024-03-10T04:00:00-04:00'],
      ['2024-03-09T22:00:00-05:00', null],
      ['2024-03-09', '2024-03-12'],
    ]);
  });
});
