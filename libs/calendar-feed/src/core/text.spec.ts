import { oneLine, plainText } from './text';

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
