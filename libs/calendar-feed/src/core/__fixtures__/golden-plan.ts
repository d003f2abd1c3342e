import { writeCalendarFeed } from '../write-calendar-feed';
import { feedEvent, feedOptions, feedTouch } from './feed-fixtures';

/** A small, realistic plan: a talk with people to meet, a MAYBE all-day conference, a cancelled meetup, two touches. */
export function goldenPlan(): string {
  return writeCalendarFeed(
    [
      feedEvent({
        id: 'evt-1',
        onlineUrl: 'https://meet.example/abc-defg-hij',
        meet: [
          {
            name: 'Priya Raman',
            why: 'Hiring manager at Stripe; she is speaking',
            talkingPoints: ['Ask how the ledger migration went, which you discussed in your interview', 'Share your update on idempotency keys'],
          },
          { name: 'Zoë Müller', why: 'Engineering lead at Société Générale, hosting', talkingPoints: [] },
        ],
      }),
      feedEvent({ id: 'evt-2', title: 'Fintech Week 🚀', allDay: true, start: '2025-03-10', end: '2025-03-13', timeZone: null, location: null, attendance: 'MAYBE', sequence: 0 }),
      feedEvent({ id: 'evt-3', title: 'Rust & WebAssembly', start: '2025-03-06T19:00:00-05:00', end: null, status: 'CANCELLED', url: null }),
    ],
    [feedTouch({ id: 'contact-7-FOLLOW_UP_EMAIL' }), feedTouch({ id: 'contact-9-LINKEDIN_CONNECT', contactName: 'Zoë Müller', kind: 'LINKEDIN_CONNECT', draft: 'Hi Zoë, I enjoyed your talk at Fintech Week.', reason: 'Not connected yet; you plan to meet her on 10 March.' })],
    feedOptions({ alarms: { eventMinutesBefore: [1440, 60], touchMinutesBefore: [0] } }),
  );
}
