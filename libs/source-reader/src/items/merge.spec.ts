import { EventStatus } from '@app/event-model';
import type { EventFields } from './event-fields';
import { mergeItems } from './merge';

const item = (over: Partial<EventFields>): EventFields => ({
  uid: 'review@corp.example',
  title: 'Design review',
  description: null,
  allDay: false,
  startLocal: '2027-01-12T15:00:00Z',
  endLocal: '2027-01-12T16:00:00Z',
  startsAt: new Date('2027-01-12T15:00:00Z'),
  endsAt: new Date('2027-01-12T16:00:00Z'),
  timeZone: 'UTC',
  floating: false,
  location: 'Room 4',
  venueName: null,
  venueAddress: null,
  onlineUrl: null,
  url: null,
  organizer: null,
  people: [],
  categories: [],
  status: EventStatus.CONFIRMED,
  sequence: 0,
  recurring: false,
  ...over,
});

describe('mergeItems', () => {
  it('takes the newest version of one UID: a later CANCEL cancels the invitation, keeping its time and title', () => {
    const merged = mergeItems([item({}), item({ sequence: 1, status: EventStatus.CANCELLED, title: 'Design review', location: null, endLocal: null })]);
    expect(merged).toMatchObject({ status: EventStatus.CANCELLED, title: 'Design review', endLocal: '2027-01-12T16:00:00Z', location: 'Room 4', sequence: 1 });
  });

  it('lets a cancellation of the same SEQUENCE win, as iTIP does, but not an older one', () => {
    expect(mergeItems([item({ sequence: 2 }), item({ sequence: 2, status: EventStatus.CANCELLED })]).status).toBe(EventStatus.CANCELLED);
    expect(mergeItems([item({ sequence: 2 }), item({ sequence: 1, status: EventStatus.CANCELLED })]).status).toBe(EventStatus.CONFIRMED);
  });

  it('follows the newer version of a moved event whichever source lists it', () => {
    const moved = item({ sequence: 3, startLocal: '2027-01-13T15:00:00Z', startsAt: new Date('2027-01-13T15:00:00Z') });
    expect(mergeItems([item({}), moved]).startLocal).toBe('2027-01-13T15:00:00Z');
  });

  it('keeps an event listed by another source (another UID) on while one listing is cancelled', () => {
    const crossPost = item({ uid: 'luma-123', title: 'Design review (Luma)' });
    expect(mergeItems([item({ status: EventStatus.CANCELLED }), crossPost]).status).toBe(EventStatus.CONFIRMED);
    expect(mergeItems([item({ status: EventStatus.CANCELLED }), item({ uid: 'luma-123', status: EventStatus.CANCELLED })]).status).toBe(EventStatus.CANCELLED);
  });
});
