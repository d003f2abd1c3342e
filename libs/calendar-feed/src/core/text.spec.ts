import { httpUrl, oneLine, plainText } from './text';

describe('plainText', () => {
  it('turns CRLF and lone CR into LF: ical.js escapes only LF', () => {
    expect(plainText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('drops control characters other than tab and line feed', () => {
    expect(plainText('a\u0000b\u0007c\u001Bd\u007Fe\tf\ng')).toBe('abcde\tf\ng');
  });

  it('replaces lone surrogates, which have no UTF-8 form, and keeps pairs', () => {
    expect(plainText('x\uD83Dy\uDE00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });
});

describe('oneLine', () => {
  it('joins lines and collapses white space', () => {
    expect(oneLine('  Hiring manager\r\n at   Stripe\t ')).toBe('Hiring manager at Stripe');
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://meetup.example/e/42?a=b,c#x', 'https://meetup.example/e/42?a=b,c#x'],
    [' http://example.com ', 'http://example.com/'],
    ['https://zoë.example/päth with space', 'https://xn--zo-ija.example/p%C3%A4th%20with%20space'],
    // The URL parser drops CR and LF: nothing can start a new content line.
    ['https://a.example/x\r\nBEGIN:VEVENT', 'https://a.example/xBEGIN:VEVENT'],
  ])('keeps %j as %j', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.example', '/relative/path', 'not a url', '', null, undefined])('refuses %j', (input) => {
    expect(httpUrl(input)).toBeNull();
  });
});
