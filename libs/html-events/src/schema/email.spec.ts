import { readEmail } from './email';

describe('readEmail', () => {
  it.each([
    ['jane@example.org', 'jane@example.org'],
    ['mailto:Jane@Example.ORG?subject=Hi%20there', 'Jane@example.org'],
    ['c&#99;&#97;&#112;&#108;e&#114;&#64;&#100;egc&#46;or&#103;', 'ccapler@degc.org'],
    ['jane [at] example [dot] org', 'jane@example.org'],
    ['jane(at)example(dot)co(dot)uk', 'jane@example.co.uk'],
    ['jane AT example DOT org', 'jane@example.org'],
    ['first [dot] last [at] example [dot] com', 'first.last@example.com'],
    ['Dinner at Google dot com', null],
    ['not an address', null],
    ['a@b@c.org', null],
    ['', null],
  ])('%j -> %p', (input, email) => {
    expect(readEmail(input)).toBe(email);
  });
});
