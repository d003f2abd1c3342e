import { parseDuration, parseWrittenDateTime } from './datetime';

describe('parseWrittenDateTime', () => {
  it.each([
    ['2024-03-05', { year: 2024, month: 3, day: 5, time: null, offsetMinutes: null }],
    ['2019-9-13T10:00', { year: 2019, month: 9, day: 13, time: { hour: 10, minute: 0, second: 0 }, offsetMinutes: null }],
    ['2017-06-12T20:00:00+0100', { year: 2017, month: 6, day: 12, time: { hour: 20, minute: 0, second: 0 }, offsetMinutes: 60 }],
    ['2024-06-12T23:00:00.000Z', { year: 2024, month: 6, day: 12, time: { hour: 23, minute: 0, second: 0 }, offsetMinutes: 0 }],
    ['2009-06-26 19:00-0600', { year: 2009, month: 6, day: 26, time: { hour: 19, minute: 0, second: 0 }, offsetMinutes: -360 }],
    ['2024-01-01T05:30+05:30', { year: 2024, month: 1, day: 1, time: { hour: 5, minute: 30, second: 0 }, offsetMinutes: 330 }],
    ['19970324T123000Z', { year: 1997, month: 3, day: 24, time: { hour: 12, minute: 30, second: 0 }, offsetMinutes: 0 }],
    ['20240102', { year: 2024, month: 1, day: 2, time: null, offsetMinutes: null }],
  ])('reads %s', (text, expected) => {
    expect(parseWrittenDateTime(text)).toEqual(expected);
  });

  it.each([
    '2019-9-13T10-10-00-00',
    '2024-02-30',
    '2024-13-01',
    '2024-01-01T25:00',
    '2024-01-01T10:00+15:00',
    'soon',
    '',
    `2024-01-01T10:00:00.${'1'.repeat(100)}Z`,
  ])('refuses %j', (text) => {
    expect(parseWrittenDateTime(text)).toBeNull();
  });
});

describe('parseDuration', () => {
  it.each([
    ['PT2H', 7_200_000],
    ['P1DT30M', 88_200_000],
    ['PT90M', 5_400_000],
    ['P', null],
    ['PT', null],
    ['P1Y', null],
  ])('%s -> %p', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});
