import { feedEvent, feedOptions, feedTouch, NOW, TRICKY_TITLES } from './__fixtures__/feed-fixtures';
import { READERS, type ReadCalendar, type ReadEvent } from './__fixtures__/read-feed';
import type { FeedEvent, FeedTouch } from './feed.types';
import { writeCalendarFeed } from './write-calendar-feed';

/*
 * Every field the feed carries, read back by ical.js and by node-ical with
 * the same expectations.
 */

const PRIYA = {
  name: 'Priya Raman',
  why: 'Hiring manager at Stripe; she is speaking',
  talkingPoints: [
    'Ask how the ledger migration went, which you discussed in your interview on 12 February',
    'Mention your project update "Idempotency keys for retries" — it fits her team',
  ],
};

function only(calendar: ReadCalendar, uid: string): ReadEvent {
  const matches = calendar.events.filter((event) => event.uid === uid);
  expect(matches).toHaveLength(1);
  return matches[0];
}

describe.each(READERS)('read back with %s', (_parser, read) => {
  const feed = (events: FeedEvent[], touches: FeedTouch[] = [], options = feedOptions()) => read(writeCalendarFeed(events, touches, options));

  it('names the calendar and the user zone', () => {
    const calendar = feed([]);
    expect(calendar.calendarName).toBe('topofmind — my plan, week by week');
    expect(calendar.timeZone).toBe('Europe/Berlin');
    expect(calendar.events).toEqual([]);
  });

  it('writes a timed event with every field', () => {
    const event = feedEvent({ meet: [PRIYA], onlineUrl: 'https://meet.example/abc-defg-hij', sequence: 3 });
    expect(only(feed([event]), `event-${event.id}@topofmind`)).toEqual({
      uid: `event-${event.id}@topofmind`,
      summary: 'Payments at scale',
      description: [
        'Whom to meet:',
        '• Priya Raman: Hiring manager at Stripe; she is speaking',
        '   – Ask how the ledger migration went, which you discussed in your interview on 12 February',
        '   – Mention your project update "Idempotency keys for retries" — it fits her team',
        '',
        'Join online: https://meet.example/abc-defg-hij',
        '',
        'Event page: https://meetup.example/events/42',
        '',
        'Plan in topofmind: https://app.topofmind.example/plan',
      ].join('\n'),
      location: 'Factory Görlitzer Park, Lohmühlenstraße 65, Berlin',
      url: 'https://meetup.example/events/42',
      status: 'CONFIRMED',
      transp: 'OPAQUE',
      sequence: 3,
      start: '2025-03-04T17:30:00.000Z',
      end: '2025-03-04T20:00:00.000Z',
      dtstamp: NOW.toISOString(),
      lastModified: '2025-02-20T08:15:00.000Z',
      alarms: [
        { action: 'DISPLAY', trigger: '-P1D', description: 'Payments at scale' },
        { action: 'DISPLAY', trigger: '-PT1H', description: 'Payments at scale' },
      ],
    });
  });

  it.each(TRICKY_TITLES)('round-trips the title %j', (title) => {
    const event = feedEvent({ title, location: title, meet: [{ name: 'Zoë', why: title, talkingPoints: [title] }] });
    const read = only(feed([event]), `event-${event.id}@topofmind`);
    expect(read.summary).toBe(title);
    expect(read.alarms.map((alarm) => alarm.description)).toEqual([title, title]);
    // Inside the description and LOCATION the person's fields are flattened to one line.
    const flat = title.replace(/\s+/g, ' ').trim();
    expect(read.location).toBe(flat);
    expect(read.description).toContain(`• Zoë: ${flat}\n   – ${flat}\n`);
  });

  it('round-trips a long multi-script description folded over many lines', () => {
    const points = Array.from({ length: 40 }, (_, i) => `Point ${i}: café, 東京; naïve 😀 — ${'é'.repeat(i % 7)}${'日'.repeat(i % 5)}!`);
    const event = feedEvent({ meet: [{ name: 'Zoë Müller', why: 'Speaker', talkingPoints: points }] });
    const read = only(feed([event]), `event-${event.id}@topofmind`);
    expect(read.description).toContain(['• Zoë Müller: Speaker', ...points.map((point) => `   – ${point}`)].join('\n'));
  });

  it('writes an all-day event as DATE values with an exclusive end', () => {
    const multi = feedEvent({ id: 'all-day-multi', allDay: true, start: '2025-03-10', end: '2025-03-12', timeZone: null });
    const single = feedEvent({ id: 'all-day-single', allDay: true, start: '2025-02-28', end: null, timeZone: null });
    const calendar = feed([multi, single]);
    expect(only(calendar, 'event-all-day-multi@topofmind')).toMatchObject({ start: '2025-03-10', end: '2025-03-12' });
    expect(only(calendar, 'event-all-day-single@topofmind')).toMatchObject({ start: '2025-02-28', end: '2025-03-01' });
  });

  it('keeps a cancelled event, struck in status and title, free and without reminders', () => {
    const event = feedEvent({ status: 'CANCELLED', attendance: 'MAYBE' });
    expect(only(feed([event]), `event-${event.id}@topofmind`)).toMatchObject({
      summary: 'Cancelled: Payments at scale',
      status: 'CANCELLED',
      transp: 'TRANSPARENT',
      alarms: [],
    });
  });

  it('writes a MAYBE as TENTATIVE and free, with its reminders', () => {
    const event = feedEvent({ attendance: 'MAYBE' });
    const read = only(feed([event]), `event-${event.id}@topofmind`);
    expect(read).toMatchObject({ status: 'TENTATIVE', transp: 'TRANSPARENT' });
    expect(read.alarms.map((alarm) => alarm.trigger)).toEqual(['-P1D', '-PT1H']);
    expect(read.description.startsWith('You marked this event as maybe.\n\n')).toBe(true);
  });

  it('keeps a tentative event the user is going to as TENTATIVE but busy', () => {
    const event = feedEvent({ status: 'TENTATIVE', attendance: 'GOING' });
    expect(only(feed([event]), `event-${event.id}@topofmind`)).toMatchObject({ status: 'TENTATIVE', transp: 'OPAQUE' });
  });

  it('puts the link of an online-only event in LOCATION', () => {
    const event = feedEvent({ location: null, url: null, onlineUrl: 'https://zoom.example/j/123?pwd=a,b' });
    const read = only(feed([event]), `event-${event.id}@topofmind`);
    expect(read.location).toBe('https://zoom.example/j/123?pwd=a,b');
    expect(read.url).toBeNull();
    expect(read.description).toContain('Join online: https://zoom.example/j/123?pwd=a,b');
  });

  it('leaves out links that are not http(s)', () => {
    const event = feedEvent({ url: 'javascript:alert(1)', onlineUrl: 'file:///etc/passwd' });
    const read = only(feed([event]), `event-${event.id}@topofmind`);
    expect(read.url).toBeNull();
    expect(read.description).not.toMatch(/javascript|file:/);
  });

  it('uses the configured reminders', () => {
    const event = feedEvent();
    const touch = feedTouch();
    const calendar = feed([event], [touch], feedOptions({ alarms: { eventMinutesBefore: [10, 10080, 90, 10], touchMinutesBefore: [30] } }));
    expect(only(calendar, `event-${event.id}@topofmind`).alarms.map((alarm) => alarm.trigger)).toEqual(['-P1W', '-PT1H30M', '-PT10M']);
    expect(only(calendar, `touch-${touch.id}@topofmind`).alarms.map((alarm) => alarm.trigger)).toEqual(['-PT30M']);
  });

  it('writes a due touch as a short free event with its draft and an alarm when due', () => {
    const touch = feedTouch();
    expect(only(feed([], [touch]), `touch-${touch.id}@topofmind`)).toEqual({
      uid: `touch-${touch.id}@topofmind`,
      summary: 'Follow up with Priya Raman (email)',
      description: [
        'Why now: You met Priya at "Payments at scale" on 4 March.',
        '',
        'Draft (nothing is sent for you: edit it and send it yourself):',
        touch.draft,
        '',
        'Plan in topofmind: https://app.topofmind.example/plan',
      ].join('\n'),
      location: null,
      url: 'https://app.topofmind.example/plan',
      status: 'CONFIRMED',
      transp: 'TRANSPARENT',
      sequence: null,
      start: '2025-03-05T08:00:00.000Z',
      end: '2025-03-05T08:15:00.000Z',
      dtstamp: NOW.toISOString(),
      lastModified: '2025-02-28T17:00:00.000Z',
      alarms: [{ action: 'DISPLAY', trigger: 'PT0S', description: 'Follow up with Priya Raman (email)' }],
    });
  });

  it.each([
    ['LINKEDIN_CONNECT', 'Follow up with Priya Raman (LinkedIn connect)'],
    ['COFFEE_INVITE', 'Follow up with Priya Raman (coffee invite)'],
    ['PROJECT_UPDATE', 'Follow up with Priya Raman (project update)'],
    ['EVENT_INTRODUCTION', 'Follow up with Priya Raman (event introduction)'],
    ['THANK_YOU_NOTE', 'Follow up with Priya Raman (thank you note)'],
  ])('names a %s touch', (kind, summary) => {
    const touch = feedTouch({ kind });
    expect(only(feed([], [touch]), `touch-${touch.id}@topofmind`).summary).toBe(summary);
  });

  it('keeps UIDs across two generations whose content changed', () => {
    const events = [feedEvent({ id: 'a' }), feedEvent({ id: 'b', allDay: true, start: '2025-03-10', end: null })];
    const touches = [feedTouch({ id: 'contact-1-COFFEE_INVITE' })];
    const first = feed(events, touches);
    const second = feed(
      [
        feedEvent({
          id: 'b',
          title: 'Renamed',
          allDay: false,
          start: '2025-03-11T10:00:00Z',
          end: null,
          updatedAt: new Date('2025-03-02T00:00:00Z'),
          sequence: 4,
        }),
        feedEvent({ id: 'a', status: 'CANCELLED', meet: [PRIYA] }),
      ],
      [feedTouch({ id: 'contact-1-COFFEE_INVITE', draft: 'Another draft', dueAt: new Date('2025-03-09T08:00:00Z') })],
      feedOptions({ now: new Date('2025-03-02T12:00:00Z') }),
    );
    const uids = (calendar: ReadCalendar) => calendar.events.map((event) => event.uid).sort();
    expect(uids(second)).toEqual(uids(first));
    expect(uids(first)).toEqual(['event-a@topofmind', 'event-b@topofmind', 'touch-contact-1-COFFEE_INVITE@topofmind']);
    expect(only(second, 'event-b@topofmind')).toMatchObject({ summary: 'Renamed', sequence: 4, start: '2025-03-11T10:00:00.000Z' });
  });
});
