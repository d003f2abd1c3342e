import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error';
import { feedEvent } from './__fixtures__/feed-fixtures';
import { eventSpan, parseDate, parseInstant } from './times';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('parseInstant', () => {
  it.each([
    ['2025-03-04T18:30:00Z', '2025-03-04T18:30:00.000Z'],
    ['2025-03-04T18:30:00+01:00', '2025-03-04T17:30:00.000Z'],
    ['2025-03-04T18:30+0100', '2025-03-04T17:30:00.000Z'],
    ['2025-03-04T00:15:00-05:30', '2025-03-04T05:45:00.000Z'],
    ['2025-12-31T23:30:00-01:00', '2026-01-01T00:30:00.000Z'],
    ['2025-03-04T18:30:45.123+00:00', '2025-03-04T18:30:45.000Z'],
  ])('reads %s', (input, expected) => {
    expect(iso(parseInstant(input))).toBe(expected);
  });

  it.each([
    '2025-03-04T18:30:00', // no offset: would be read in the server's zone
    '2025-03-04',
    '2025-02-30T10:00:00Z',
    '2025-03-04T24:00:00Z',
    '2025-03-04T18:30:00+25:00',
    '2025-03-04T18:30:00+01:75',
    'next Tuesday',
  ])('refuses %s', (input) => {
    expect(parseInstant(input)).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads a calendar date and refuses an impossible one', () => {
    expect(parseDate('2024-02-29')?.toString()).toBe('2024-02-29');
    expect(parseDate('2025-02-29')).toBeNull();
    expect(parseDate('2025-3-4')).toBeNull();
  });
});

describe('eventSpan', () => {
  const span = (overrides: Parameters<typeof feedEvent>[0]) => {
    const { start, end } = eventSpan(feedEvent(overrides));
    return [start.toString(), end.toString()];
  };

  it('writes timed events in UTC', () => {
    expect(span({ start: '2025-03-04T18:30:00+01:00', end: '2025-03-04T21:00:00+01:00' })).toEqual(['2025-03-04T17:30:00Z', '2025-03-04T20:00:00Z']);
  });

  it('gives a timed event without a usable end one hour', () => {
    expect(span({ end: null })).toEqual(['2025-03-04T17:30:00Z', '2025-03-04T18:30:00Z']);
    expect(span({ end: '2025-03-04T18:30:00+01:00' })).toEqual(['2025-03-04T17:30:00Z', '2025-03-04T18:30:00Z']);
  });

  it('keeps an all-day end exclusive and gives a missing one one day', () => {
    expect(span({ allDay: true, start: '2025-03-10', end: '2025-03-12' })).toEqual(['2025-03-10', '2025-03-12']);
    expect(span({ allDay: true, start: '2025-02-28', end: null })).toEqual(['2025-02-28', '2025-03-01']);
    expect(span({ allDay: true, start: '2024-12-31', end: '2024-12-31' })).toEqual(['2024-12-31', '2025-01-01']);
  });

  it.each([
    { allDay: true, start: '2025-03-10T09:00:00Z' },
    { allDay: false, start: '2025-03-10' },
    { allDay: false, end: 'soon' },
    { allDay: true, start: '2025-03-10', end: '2025-03-12T00:00:00Z' },
  ])('refuses %j, naming the event', (overrides) => {
    const event = feedEvent(overrides);
    expect(() => eventSpan(event)).toThrow(CalendarFeedError);
    expect(() => eventSpan(event)).toThrow(expect.objectContaining({ code: CalendarFeedErrorCode.InvalidEvent, itemId: event.id }));
  });
});
