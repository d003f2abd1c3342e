import { normaliseFeedUrl } from './feed-url';
import { FetchError, FetchErrorCode } from './fetch-error';

function badUrl(input: string): FetchError {
  try {
    normaliseFeedUrl(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe(FetchErrorCode.BadUrl);
    return error as FetchError;
  }
  throw new Error(`expected ${input} to be refused`);
}

describe('normaliseFeedUrl', () => {
  it.each([
    ['webcal://calendar.example.com/feed.ics', 'https://calendar.example.com/feed.ics'],
    ['webcals://calendar.example.com/feed.ics', 'https://calendar.example.com/feed.ics'],
    ['WEBCAL://Calendar.Example.com/a?b=1', 'https://calendar.example.com/a?b=1'],
    ['  https://example.com/cal.ics \n', 'https://example.com/cal.ics'],
    ['http://example.com', 'http://example.com/'],
    ['https://example.com/cal.ics#section', 'https://example.com/cal.ics'],
    ['https://example.com:443/x', 'https://example.com/x'],
    ['https://bücher.example/x', 'https://xn--bcher-kva.example/x'],
  ])('%p becomes %p', (input, expected) => {
    expect(normaliseFeedUrl(input)).toBe(expected);
  });

  // WHATWG URL turns every numeric spelling into the dotted quad, so the
  // address policy and the allowlist only ever see canonical hosts.
  it.each([
    ['http://2130706433/', 'http://127.0.0.1/'],
    ['http://0177.0.0.1/', 'http://127.0.0.1/'],
    ['http://0x7f.0.0.1/', 'http://127.0.0.1/'],
    ['http://0x7f000001/', 'http://127.0.0.1/'],
    ['http://127.1/', 'http://127.0.0.1/'],
    ['http://127.0.0.1./', 'http://127.0.0.1/'],
    ['http://%31%32%37.0.0.1/', 'http://127.0.0.1/'],
    ['http://０x7f.1/', 'http://127.0.0.1/'],
    ['http://0/', 'http://0.0.0.0/'],
    ['http://[0:0:0:0:0:0:0:1]/', 'http://[::1]/'],
    ['http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/'],
    ['webcal://2130706433/x.ics', 'https://127.0.0.1/x.ics'],
  ])('canonicalises the numeric host %p to %p', (input, expected) => {
    expect(normaliseFeedUrl(input)).toBe(expected);
  });

  it.each([
    'ftp://example.com/cal.ics',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/calendar,BEGIN:VCALENDAR',
    'gopher://example.com/',
    'example.com/cal.ics',
    '',
    '   ',
    'https://',
    'http://exa mple.com/',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %p with BadUrl', (input) => {
    badUrl(input);
  });

  it('refuses credentials in the URL and says what to use instead', () => {
    const error = badUrl('https://me:secret@calendar.example.com/cal.ics');
    expect(error.message).toContain('calendar.example.com');
    expect(error.message).toContain('secret or public iCal address');
    expect(error.message).not.toContain('secret@');
  });

  it('says what to paste when the scheme is wrong', () => {
    expect(badUrl('ftp://example.com/cal.ics').message).toMatch(/uses ftp:.*https:\/\/ or webcal:\/\//);
    expect(badUrl('example.com/cal.ics').message).toMatch(/starting with https:\/\/ or webcal:\/\//);
  });
});
