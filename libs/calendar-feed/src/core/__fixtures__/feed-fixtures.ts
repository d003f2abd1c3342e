import type { CalendarFeedOptions, FeedEvent, FeedTouch } from '../feed.types';

export const NOW = new Date('2025-03-01T12:00:00Z');

export function feedOptions(overrides: Partial<CalendarFeedOptions> = {}): CalendarFeedOptions {
  return {
    calendarName: 'topofmind — my plan, week by week',
    timeZone: 'Europe/Berlin',
    now: NOW,
    appUrl: 'https://app.topofmind.example/plan',
    ...overrides,
  };
}

export function feedEvent(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    id: '5b0f3c1e-0000-4000-8000-000000000001',
    uid: 'talk-42@meetup.example',
    title: 'Payments at scale',
    start: '2025-03-04T18:30:00+01:00',
    end: '2025-03-04T21:00:00+01:00',
    allDay: false,
    timeZone: 'Europe/Berlin',
    location: 'Factory Görlitzer Park, Lohmühlenstraße 65, Berlin',
    url: 'https://meetup.example/events/42',
    onlineUrl: null,
    status: 'CONFIRMED',
    attendance: 'GOING',
    meet: [],
    updatedAt: new Date('2025-02-20T08:15:00Z'),
    sequence: 1,
    ...overrides,
  };
}

export function feedTouch(overrides: Partial<FeedTouch> = {}): FeedTouch {
  return {
    id: 'c0ffee00-0000-4000-8000-000000000007-FOLLOW_UP_EMAIL',
    contactName: 'Priya Raman',
    kind: 'FOLLOW_UP_EMAIL',
    dueAt: new Date('2025-03-05T08:00:00Z'),
    draft: 'Hi Priya,\n\nThank you for the talk on ledger migrations; the part on idempotency keys matched what I built at Acme.\n\nWould you have 20 minutes for a coffee next week?\n\nAlex',
    reason: 'You met Priya at "Payments at scale" on 4 March.',
    updatedAt: new Date('2025-02-28T17:00:00Z'),
    ...overrides,
  };
}

/** Titles a careless writer gets wrong: TEXT escapes, line breaks, accents, emoji, scripts of 2, 3 and 4 UTF-8 octets. */
export const TRICKY_TITLES = [
  'Payments, APIs; and more',
  'Line one\nLine two\n\nLine four',
  'Zoë Müller & Société Générale: an « apéro »',
  'Rocket launch 🚀 with 👩🏽‍💻 engineers and 🇫🇷 flags',
  'Path C:\\temp\\ and a trailing backslash \\',
  '東京 Tech Meetup — 日本語のタイトル、とても長いタイトルです。これは折り返しのテストです。',
  'Tab\there and "quoted" words',
];
