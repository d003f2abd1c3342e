import { acceptedRequestId, requestIdFor } from './request-id';

describe('request ids', () => {
  it.each(['abc', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', 'lb-01:req.42_x', 'a'.repeat(64)])('keeps the caller’s plain, short id %p', (id) => {
    expect(acceptedRequestId(id)).toBe(id);
    expect(requestIdFor(id)).toBe(id);
  });

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['a space', 'abc def'],
    ['a line break (a forged log line)', 'abc\n{"level":50}'],
    ['markup', '<script>'],
    ['quotes', '"abc"'],
    ['non-ASCII', 'réquête'],
    ['repeated headers', ['abc', 'def']],
    ['absent', undefined],
  ])('refuses an id that is %s and makes a new one', (_why, header) => {
    expect(acceptedRequestId(header)).toBeNull();
    expect(requestIdFor(header)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes a different id for every request', () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
