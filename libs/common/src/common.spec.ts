import { InvalidInputException } from './errors';
import { decodeCursor, encodeCursor } from './pagination';
import { cleanList } from './validation';

describe('cursors', () => {
  it('round-trip sort values', () => {
    expect(decodeCursor(encodeCursor(['acme', 'a1b2']), 2)).toEqual(['acme', 'a1b2']);
  });

  it.each(['not a cursor', encodeCursor(['one']), Buffer.from('{"a":1}').toString('base64url')])('refuses %p with a typed error naming "after"', (cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(InvalidInputException);
    try {
      decodeCursor(cursor, 2);
    } catch (e) {
      expect((e as InvalidInputException).fields[0].field).toBe('after');
    }
  });
});

describe('cleanList', () => {
  it('trims, collapses spaces and drops empty and repeated items', () => {
    expect(cleanList(['  Notion ', 'notion', '', 'Make  Notion', '  '])).toEqual(['Notion', 'Make Notion']);
    expect(cleanList(undefined)).toEqual([]);
  });
});
