import { FetchErrorCode } from './fetch-error';
import { errorForStatus, parseRetryAfter } from './http-status';

const now = new Date('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Sun, 01 Mar 2026 12:02:00 GMT', 120], // IMF-fixdate
    ['Sunday, 01-Mar-26 12:00:30 GMT', 30], // RFC 850
    ['Sun Mar  1 12:00:10 2026', 10], // asctime, GMT whatever the local zone
    ['Sun, 01 Mar 2026 11:00:00 GMT', 0], // in the past
  ])('%p → %p seconds', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([undefined, null, '', 'soon', '-5', '1.5', '12abc'])('ignores %p', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('errorForStatus', () => {
  it('turns 429 and 503-with-Retry-After into RateLimited', () => {
    expect(errorForStatus('a.example', 429, '60', now)).toMatchObject({
      code: FetchErrorCode.RateLimited,
      status: 429,
      retryAfterSeconds: 60,
    });
    expect(errorForStatus('a.example', 503, 'Sun, 01 Mar 2026 12:01:00 GMT', now)).toMatchObject({
      code: FetchErrorCode.RateLimited,
      status: 503,
      retryAfterSeconds: 60,
    });
    const bare = errorForStatus('a.example', 429, undefined, now);
    expect(bare.code).toBe(FetchErrorCode.RateLimited);
    expect(bare.retryAfterSeconds).toBeUndefined();
  });

  it('keeps 503 without Retry-After an HttpError', () => {
    expect(errorForStatus('a.example', 503, undefined, now)).toMatchObject({ code: FetchErrorCode.HttpError, status: 503 });
  });

  it.each([
    [404, 'the feed URL returns 404: check the address'],
    [410, 'the feed URL returns 410: check the address'],
    [401, "the feed needs sign-in or is private: use the calendar's secret/public iCal address"],
    [403, "the feed needs sign-in or is private: use the calendar's secret/public iCal address"],
    [400, 'refused the request (HTTP 400): check the address'],
    [500, 'had a server error (HTTP 500): try again later'],
    [502, 'had a server error (HTTP 502): try again later'],
    [300, 'unexpected HTTP 300'],
  ])('words %p for the user', (status, phrase) => {
    const error = errorForStatus('cal.example.org', status, undefined, now);
    expect(error.code).toBe(FetchErrorCode.HttpError);
    expect(error.status).toBe(status);
    expect(error.message.toLowerCase()).toContain(phrase.toLowerCase());
    expect(error.message).toContain('cal.example.org');
  });
});
