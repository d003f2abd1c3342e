import { datesNamedIn, decideStatus, statusFromSchema, statusFromTitle } from './status';

describe('status', () => {
  it.each([
    ['https://schema.org/EventCancelled', 'CANCELLED'],
    ['http://schema.org/EventPostponed', 'TENTATIVE'],
    ['schema:EventRescheduled', 'CONFIRMED'],
    ['EventMovedOnline', 'CONFIRMED'],
    ['on-schedule', 'CONFIRMED'],
    ['Canceled', 'CANCELLED'],
    ['something else', null],
  ])('eventStatus %s -> %p', (value, status) => {
    expect(statusFromSchema(value)).toBe(status);
  });

  it.each([
    ['DDA Regular Board Meeting–CANCELLED', 'CANCELLED'],
    ['Cancelled: Rules Committee Meeting', 'CANCELLED'],
    ['Work Group- January 11th Cancelled', 'CANCELLED'],
    ['Board meeting (canceled)', 'CANCELLED'],
    ['POSTPONED - Spring Gala', 'TENTATIVE'],
    ['Cancelled Plans: an improv night', null],
    ['How we cancelled our monolith rewrite in production', null],
  ])('title %s -> %p', (title, status) => {
    expect(statusFromTitle(title)).toBe(status);
  });

  it('names the dates a title mentions', () => {
    expect(datesNamedIn('Cancelled: Rules Committee Meeting January 3rd')).toEqual([{ month: 1, day: 3 }]);
    expect(datesNamedIn('Meetup 11 Feb and Mar. 2')).toEqual([
      { month: 3, day: 2 },
      { month: 2, day: 11 },
    ]);
  });

  it('takes the title’s label over a default "scheduled", unless it names another day (a stale title)', () => {
    expect(decideStatus('CONFIRMED', 'Cancelled: Rules Committee Meeting January 3rd', '2024-01-03')).toEqual({ status: 'CANCELLED', note: null });
    expect(decideStatus('CONFIRMED', 'Cancelled: Rules Committee Meeting January 3rd', '2024-02-07')).toMatchObject({
      status: 'CONFIRMED',
      note: expect.stringMatching(/stale/),
    });
    expect(decideStatus(null, 'Board Meeting – CANCELLED', '2022-07-13')).toEqual({ status: 'CANCELLED', note: null });
    expect(decideStatus('CANCELLED', 'Board Meeting', '2022-07-13')).toEqual({ status: 'CANCELLED', note: null });
  });
});
