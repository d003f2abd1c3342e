import { forEachLogicalLine, normaliseLineBreaks, parseContentLine, splitTextList, unescapeText, type LogicalLine } from './content-line';

function lines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const source = normaliseLineBreaks(text);
  forEachLogicalLine(source, 0, source.length, 1, (line) => out.push(line));
  return out;
}

describe('logical lines (RFC 5545 §3.1)', () => {
  it('unfolds continuation lines that start with a space or a TAB, removing exactly one character', () => {
    const result = lines('LOCATION:Room\r\n  A\r\n\tB\r\nSUMMARY:x\r\n');
    expect(result.map((l) => l.text)).toEqual(['LOCATION:Room AB', 'SUMMARY:x']);
    expect(result.map((l) => l.line)).toEqual([1, 4]);
  });

  it('reads LF, CRLF and bare CR line breaks, and drops a BOM', () => {
    for (const text of ['\uFEFFA:1\nB:2\n', 'A:1\r\nB:2\r\n', 'A:1\rB:2\r']) {
      expect(lines(text).map((l) => l.text)).toEqual(['A:1', 'B:2']);
    }
  });

  it('unfolds before unescaping, so a fold inside "\\n" is harmless', () => {
    const [line] = lines('DESCRIPTION:a\\\r\n n\\nb\r\n');
    expect(unescapeText(parseContentLine(line.text)?.value ?? '')).toBe('a\n\nb');
  });

  it('caps a huge line and says so', () => {
    const [line] = lines(`X-BIG:${'x'.repeat(2 * 1024 * 1024)}\r\n`);
    expect(line.text.length).toBe(1 << 20);
    expect(line.truncated).toBe(true);
  });
});

describe('content line parsing', () => {
  it('splits name, parameters (quoted, multi-valued) and value', () => {
    expect(parseContentLine('ATTENDEE;CN="Doe, Jane";ROLE=CHAIR;MEMBER="a@x","b@x":mailto:j@x')).toEqual({
      name: 'ATTENDEE',
      params: { CN: 'Doe, Jane', ROLE: 'CHAIR', MEMBER: 'a@x,b@x' },
      value: 'mailto:j@x',
      repaired: false,
    });
  });

  it('skips an empty parameter (DTSTART;;VALUE=...)', () => {
    expect(parseContentLine('DTSTART;;VALUE=DATE-TIME:20140409T093000')).toMatchObject({ params: { VALUE: 'DATE-TIME' }, value: '20140409T093000' });
  });

  it("repairs Exchange's value inside a quoted TZID", () => {
    expect(parseContentLine('DTSTART;TZID="W. Europe Standard Time:20200609T090000"')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'W. Europe Standard Time' },
      value: '20200609T090000',
      repaired: true,
    });
  });

  it('returns null for a line that is not a content line', () => {
    expect(parseContentLine('X')).toBeNull();
    expect(parseContentLine(':value')).toBeNull();
    expect(parseContentLine('BAD NAME:value')).toBeNull();
  });

  it('unescapes TEXT and splits lists on unescaped commas', () => {
    expect(unescapeText('a\\, b\\; c\\\\ d\\Ne')).toBe('a, b; c\\ d\ne');
    expect(splitTextList('Work,Fun\\, really,  Work ')).toEqual(['Work', 'Fun, really', '  Work ']);
  });
});
