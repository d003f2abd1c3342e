import { looksLikeHtml } from './looks-like-html';

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><html><body></body></html>',
    '\uFEFF  <html lang="en"><head><title>x</title></head></html>',
    '<div class="h-event"><span class="p-name">x</span></div>',
    '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>',
  ])('accepts %j', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    '',
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR',
    '{"@type": "Event"}',
    '[1, 2]',
    '<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>',
    'just some words',
    '\u0000\u0001\u0002PNG\u0003\u0004'.repeat(100),
  ])('refuses %j', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});
