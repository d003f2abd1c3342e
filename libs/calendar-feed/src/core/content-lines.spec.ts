import { CRLF, foldLine } from './content-lines';

const octets = (text: string): number => Buffer.byteLength(text, 'utf8');
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(75 - 'SUMMARY:'.length)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds a 76-octet line after 75 octets', () => {
    const line = 'x'.repeat(76);
    expect(foldLine(line)).toBe(`${'x'.repeat(75)}${CRLF} x`);
  });

  it('counts the leading space of a continuation line within its 75 octets', () => {
    const physical = foldLine('d'.repeat(500)).split(CRLF);
    expect(physical.map(octets)).toEqual([75, 75, 75, 75, 75, 75, 56]);
    expect(physical.slice(1).every((line) => line.startsWith(' '))).toBe(true);
  });

  // Every offset of every UTF-8 width lands a fold at each possible position inside a character.
  const widths: [string, string][] = [
    ['2-octet', 'é'],
    ['3-octet', '日'],
    ['4-octet', '😀'],
    ['mixed', 'aé日😀'],
  ];
  describe.each(widths)('%s characters', (_name, unit) => {
    it.each([0, 1, 2, 3])('never splits a character (ASCII prefix of %i)', (prefix) => {
      const line = `DESCRIPTION:${'a'.repeat(prefix)}${unit.repeat(120)}`;
      const folded = foldLine(line);
      const physical = folded.split(CRLF);
      expect(unfold(folded)).toBe(line);
      for (const [index, text] of physical.entries()) {
        expect(octets(text)).toBeLessThanOrEqual(75);
        expect(text).not.toMatch(LONE_SURROGATE);
        // Full lines: the first character of the next line would not have fitted.
        const next = physical[index + 1];
        if (next !== undefined) expect(octets(text) + octets(String.fromCodePoint(next.codePointAt(1) ?? 0))).toBeGreaterThan(75);
      }
    });
  });
});
