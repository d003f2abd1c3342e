import { feedEvent, feedOptions, feedTouch, TRICKY_TITLES } from './__fixtures__/feed-fixtures';
import { readWithIcalJs, readWithNodeIcal } from './__fixtures__/read-feed';
import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error';
import type { FeedEvent, FeedTouch } from './feed.types';
import { writeCalendarFeed } from './write-calendar-feed';
import { seededRandom as random } from '@app/testing';

/* The feed as text: line endings, folding, header properties, determinism, refusals. */

const trickyEvents: FeedEvent[] = TRICKY_TITLES.map((title, i) =>
  feedEvent({
    id: `tricky-${i}`,
    title,
    location: title,
    meet: [{ name: title, why: title.repeat(3), talkingPoints: [title, title.repeat(4)] }],
    start: `2025-03-${String(10 + i).padStart(2, '0')}T18:00:00+01:00`,
  }),
);
const touches: FeedTouch[] = [
  feedTouch(),
  feedTouch({ id: 'contact-2-COFFEE_INVITE', contactName: 'Zoë Müller', kind: 'COFFEE_INVITE', draft: TRICKY_TITLES.join('\n') }),
];

const physicalLines = (text: string): string[] => text.slice(0, -2).split('\r\n');
const octets = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('writeCalendarFeed text', () => {
  const text = writeCalendarFeed(trickyEvents, touches, feedOptions());

  it('ends every line, the last one too, with CRLF and has no bare CR or LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('never writes a line longer than 75 octets', () => {
    const lengths = physicalLines(text).map(octets);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(75);
    // The fixtures are long enough that folding happens at all.
    expect(physicalLines(text).filter((line) => line.startsWith(' ')).length).toBeGreaterThan(20);
  });

  it('is well-formed UTF-8: no character is cut by a fold', () => {
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
    for (const line of physicalLines(text)) expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8'))).toBe(line);
  });

  it('announces itself as a published, hourly refreshed Gregorian calendar', () => {
    const header = physicalLines(text).slice(0, physicalLines(text).indexOf('BEGIN:VEVENT'));
    expect(header).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//topofmind//Calendar feed//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'NAME:topofmind — my plan\\, week by week',
      'X-WR-CALNAME:topofmind — my plan\\, week by week',
      'X-WR-TIMEZONE:Europe/Berlin',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
    ]);
  });

  it('takes the product id from the options', () => {
    expect(writeCalendarFeed([], [], feedOptions({ productId: '-//Acme//Plan 1.0//EN' }))).toContain('\r\nPRODID:-//Acme//Plan 1.0//EN\r\n');
  });

  it('writes no VTIMEZONE: timed values are UTC', () => {
    expect(text).not.toContain('VTIMEZONE');
    expect(text).not.toContain('TZID');
    expect(
      physicalLines(text)
        .filter((line) => line.startsWith('DTSTART:'))
        .every((line) => line.endsWith('Z')),
    ).toBe(true);
  });

  it('writes the same bytes for the same input, in any order', () => {
    const again = writeCalendarFeed([...trickyEvents].reverse(), [...touches].reverse(), feedOptions());
    expect(again).toBe(text);
  });

  it('changes only DTSTAMP when only the time of writing changes', () => {
    const later = writeCalendarFeed(trickyEvents, touches, feedOptions({ now: new Date('2025-03-01T13:00:00Z') }));
    const before = physicalLines(text);
    const after = physicalLines(later);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed.length).toBe(trickyEvents.length + touches.length);
    expect(changed).toContainEqual(['DTSTAMP:20250301T120000Z', 'DTSTAMP:20250301T130000Z']);
    expect(changed.every(([line]) => line === 'DTSTAMP:20250301T120000Z')).toBe(true);
  });

  it('parses as an empty calendar when there is nothing planned', () => {
    const empty = writeCalendarFeed([], [], feedOptions());
    expect(readWithIcalJs(empty).events).toEqual([]);
    expect(readWithNodeIcal(empty).events).toEqual([]);
  });
});

describe('writeCalendarFeed input handling', () => {
  it('writes one VEVENT per id, the most recently updated', () => {
    const older = feedEvent({ title: 'Old title', updatedAt: new Date('2025-01-01T00:00:00Z') });
    const newer = feedEvent({ title: 'New title', updatedAt: new Date('2025-02-01T00:00:00Z') });
    const text = writeCalendarFeed([newer, older], [feedTouch(), feedTouch({ draft: 'newer', updatedAt: new Date('2025-03-01T00:00:00Z') })], feedOptions());
    const calendar = readWithIcalJs(text);
    expect(calendar.events.map((event) => event.summary)).toEqual(['New title', 'Follow up with Priya Raman (email)']);
    expect(calendar.events[1].description).toContain('\nnewer\n');
  });

  it('writes no raw control character and reads CR line breaks back as LF', () => {
    const event = feedEvent({ title: 'a\r\nb\rc\u0000d\u001Be' });
    const text = writeCalendarFeed([event], [], feedOptions());
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    expect(readWithIcalJs(text).events[0].summary).toBe('a\nb\ncde');
    expect(readWithNodeIcal(text).events[0].summary).toBe('a\nb\ncde');
  });

  it('refuses an event whose time it cannot read, naming it', () => {
    const event = feedEvent({ id: 'bad', start: '2025-03-04T18:30:00' });
    expect(() => writeCalendarFeed([event], [], feedOptions())).toThrow(expect.objectContaining({ code: CalendarFeedErrorCode.InvalidEvent, itemId: 'bad' }));
  });

  it('refuses a touch without a due date, naming it', () => {
    const touch = feedTouch({ id: 'bad-touch', dueAt: new Date('nope') });
    expect(() => writeCalendarFeed([], [touch], feedOptions())).toThrow(
      expect.objectContaining({ code: CalendarFeedErrorCode.InvalidTouch, itemId: 'bad-touch' }),
    );
  });

  it.each([
    ['an unknown zone', feedOptions({ timeZone: 'Mars/Olympus_Mons' })],
    ['an invalid now', feedOptions({ now: new Date(Number.NaN) })],
    ['a negative reminder', feedOptions({ alarms: { eventMinutesBefore: [-5] } })],
    ['a fractional reminder', feedOptions({ alarms: { touchMinutesBefore: [1.5] } })],
  ])('refuses options with %s', (_case, options) => {
    expect(() => writeCalendarFeed([], [], options)).toThrow(CalendarFeedError);
    expect(() => writeCalendarFeed([], [], options)).toThrow(expect.objectContaining({ code: CalendarFeedErrorCode.InvalidOptions }));
  });
});

// Pieces chosen to sit on every escape and every UTF-8 width, in any order.
const PIECES = ['a', 'Z', ' ', ',', ';', ':', '\\', '\n', 'n', 'N', '"', '\t', 'é', 'ß', '日', '€', '😀', '👩🏽‍💻', 'e\u0301', '\u00A0'];

/*
 * node-ical (0.26, ical.js `text` helper) unescapes with chained replaces, `\n`
 * before `\\`, so a backslash written before an "n" comes back as a line
 * break; it also strips a pair of quotes around a whole value. Such strings
 * are checked with ical.js only.
 */
const nodeIcalReadsBack = (text: string): boolean => !/\\[nN]/.test(text) && !/^".*"$/s.test(text);

describe('writeCalendarFeed on random text', () => {
  const next = random(20250301);
  const samples = Array.from({ length: 150 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 120) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''),
  );

  it('round-trips every title and draft through ical.js, and node-ical where it can', () => {
    const events = samples.map((title, i) => feedEvent({ id: `random-${i}`, title }));
    const randomTouches = samples.map((draft, i) => feedTouch({ id: `random-${i}`, draft: `x${draft}x` }));
    const text = writeCalendarFeed(events, randomTouches, feedOptions());
    expect(Math.max(...physicalLines(text).map(octets))).toBeLessThanOrEqual(75);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);

    const viaIcalJs = new Map(readWithIcalJs(text).events.map((event) => [event.uid, event]));
    const viaNodeIcal = new Map(readWithNodeIcal(text).events.map((event) => [event.uid, event]));
    samples.forEach((sample, i) => {
      const event = `event-random-${i}@topofmind`;
      const touch = `touch-random-${i}@topofmind`;
      expect(viaIcalJs.get(event)?.summary).toBe(sample);
      expect(viaIcalJs.get(touch)?.description).toContain(`\nx${sample}x\n`);
      if (nodeIcalReadsBack(sample)) {
        expect(viaNodeIcal.get(event)?.summary).toBe(sample);
        expect(viaNodeIcal.get(touch)?.description).toContain(`\nx${sample}x\n`);
      }
    });
  });
});
