import type { DigestContent } from '../../types';

/*
 * A weekly digest for Sam in Berlin, made on Monday 7 Dec 2026 at 07:00:
 * three events (one timed in Berlin, one in New York's zone, one all-day),
 * a move and a cancellation, an overdue next touch and a follow-up with a
 * draft, and a failing source.
 */

export const APP_URL = 'https://app.topofmind.example';
export const UNSUBSCRIBE_URL = `${APP_URL}/digests/unsubscribe?token=c2Ft.abcdefghijklmnopqrstuvwxyz012345`;

export function digestContent(overrides: Partial<DigestContent> = {}): DigestContent {
  return {
    recipient: { email: 'sam@example.com', name: 'Sam', timeZone: 'Europe/Berlin' },
    period: { key: 'WEEKLY:2026-12-07', frequency: 'WEEKLY', start: new Date('2026-12-06T23:00:00Z'), sendAt: new Date('2026-12-07T06:00:00Z') },
    generatedAt: new Date('2026-12-07T06:00:00Z'),
    appUrl: APP_URL,
    unsubscribeUrl: UNSUBSCRIBE_URL,
    test: false,
    events: [
      {
        id: 'e1',
        title: 'Rust Berlin: async in production',
        startsAt: new Date('2026-12-10T17:30:00Z'),
        allDay: false,
        timeZone: 'Europe/Berlin',
        location: 'Factory Görlitzer Park',
        url: 'https://www.meetup.com/rust-berlin/events/1',
        attendance: 'GOING',
        reasons: ['Priya Shah (Stripe) is speaking', 'On your target topic: Rust'],
        people: [
          {
            contactId: 'c1',
            name: 'Priya Shah',
            why: 'Priya is speaking (hiring manager at Stripe)',
            talkingPoint: 'Ask how the payments team moved to async Rust',
          },
        ],
      },
      {
        id: 'e3',
        title: 'Remote: Go at scale',
        startsAt: new Date('2026-12-11T17:00:00Z'),
        allDay: false,
        timeZone: 'America/New_York',
        location: null,
        url: null,
        attendance: null,
        reasons: [],
        people: [],
      },
      {
        id: 'e2',
        title: 'KubeCon EU watch party',
        startsAt: new Date('2026-12-12T00:00:00Z'),
        allDay: true,
        timeZone: null,
        location: null,
        url: null,
        attendance: 'MAYBE',
        reasons: [],
        people: [],
      },
    ],
    changes: [
      {
        eventId: 'e4',
        title: 'Data Council',
        kind: 'MOVED',
        oldStart: new Date('2026-12-15T17:00:00Z'),
        newStart: new Date('2026-12-16T18:00:00Z'),
        detectedAt: new Date('2026-12-06T10:00:00Z'),
      },
      {
        eventId: 'e5',
        title: 'Berlin.js',
        kind: 'CANCELLED',
        oldStart: new Date('2026-12-17T18:00:00Z'),
        newStart: null,
        detectedAt: new Date('2026-12-06T11:00:00Z'),
      },
    ],
    actions: [
      {
        id: 'f1',
        source: 'FOLLOW_UP',
        contactId: 'c1',
        contactName: 'Priya Shah',
        text: 'Thank Priya for the talk at “Rust Berlin”',
        dueAt: new Date('2026-12-11T20:00:00Z'),
        overdue: false,
        draftFirstLine: 'Thanks again for the talk on Thursday.',
        eventId: 'e1',
      },
      {
        id: 't1',
        source: 'NEXT_TOUCH',
        contactId: 'c2',
        contactName: 'Jonas Weber',
        text: 'Send Jonas a project update',
        dueAt: new Date('2026-12-05T09:00:00Z'),
        overdue: true,
        draftFirstLine: null,
        eventId: null,
      },
    ],
    sources: [{ id: 's1', name: 'Meetup: Rust Berlin', lastError: 'HTTP 404 Not Found' }],
    ...overrides,
  };
}
