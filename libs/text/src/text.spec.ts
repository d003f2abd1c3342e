import { foldText, safeHttpUrl, snakeCase } from './index';

describe('foldText', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['Weiß', 'weiss'],
    ['Brasília', 'brasilia'],
    ['ﬁle', 'file'],
    ['Łódź', 'lodz'],
    ['ØRSTED', 'orsted'],
    ['Plain ASCII', 'plain ascii'],
  ])('%s folds to %s', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs in canonical form', () => {
    expect(safeHttpUrl(' https://Example.com/a b ')).toBe('https://example.com/a%20b');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
  });
  it('resolves against a base', () => expect(safeHttpUrl('/talks/1', 'https://example.com/events/')).toBe('https://example.com/talks/1'));
  it('keeps answering once V8 has optimised it (URL.canParse answers false then on Node 20)', () => {
    let refused = 0;
    for (let i = 0; i < 300_000; i++) if (safeHttpUrl('https://zoë.example/päth with space') === null) refused++;
    expect(refused).toBe(0);
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.c', 'data:text/html,x', 'not a url', '', null, undefined])('refuses %p', (value) =>
    expect(safeHttpUrl(value)).toBeNull(),
  );
});

describe('safeHttpUrl in calendar feeds', () => {
  it.each([
    ['https://meetup.example/e/42?a=b,c#x', 'https://meetup.example/e/42?a=b,c#x'],
    [' http://example.com ', 'http://example.com/'],
    ['https://zoë.example/päth with space', 'https://xn--zo-ija.example/p%C3%A4th%20with%20space'],
    // The URL parser drops CR and LF: nothing can start a new content line.
    ['https://a.example/x\r\nBEGIN:VEVENT', 'https://a.example/xBEGIN:VEVENT'],
  ])('keeps %j as %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.example', '/relative/path', 'not a url', '', null, undefined])('refuses %j', (input) => {
    expect(safeHttpUrl(input)).toBeNull();
  });
});

describe('snakeCase', () => {
  it.each([
    ['startLocal', 'start_local'],
    ['onlineUrl', 'online_url'],
    ['allDay', 'all_day'],
    ['HTMLPage', 'html_page'],
    ['uid', 'uid'],
  ])('%s is %s', (name, snake) => expect(snakeCase(name)).toBe(snake));
});
