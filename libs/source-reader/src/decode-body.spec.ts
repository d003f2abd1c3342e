import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '@app/event-model';
import { parseIcs } from '@app/ical';
import { decodeBody, unfoldBytes } from './decode-body';

const FIXTURES = join(__dirname, '../../../test/fixtures/real-feeds');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const options = { defaultTimeZone: 'UTC', window: { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') }, ...DEFAULT_LIMITS };
const read = (text: string) => parseIcs(text, options);

/** Folds a content line after every 75 octets, blind to characters, as RFC 5545 §3.1 allows. */
function foldOctets(line: string): Buffer {
  const bytes = Buffer.from(line, 'utf8');
  const parts = [bytes.subarray(0, 75)];
  for (let i = 75; i < bytes.length; i += 74) parts.push(Buffer.from(' '), bytes.subarray(i, i + 74));
  return Buffer.concat(parts.flatMap((part, i) => (i > 0 && i % 2 === 1 ? [Buffer.from('\r\n'), part] : [part])));
}

function calendarBytes(...lines: (string | Buffer)[]): Buffer {
  const all = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//topofmind//decode spec//EN',
    'BEGIN:VEVENT',
    'UID:decode@topofmind.test',
    'DTSTART:20270114T173000Z',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ];
  return Buffer.concat(all.map((line) => Buffer.concat([typeof line === 'string' ? Buffer.from(line) : line, Buffer.from('\r\n')])).slice(0, -1));
}

describe('decodeBody: a fold inside a multi-byte character (RFC 5545 folds by octets)', () => {
  const titles = [
    'Tokyo Fintech Night: 東京フィンテック・ナイト — 決済インフラの未来について語る夕べ',
    'Zahlungsverkehr-Stammtisch in München: Gebühren, Kosten, Tarif, Überweisungen',
    'Ledger launch party with the payments team, drinks and demos 🚀🎉 all welcome',
    'European Payments Summit 2027 — instant payments, open banking — and the road ahead',
  ];

  it.each(titles)('reads %s whole', (title) => {
    const folded = foldOctets(`SUMMARY:${title}`);
    // The fold really splits a character: decoding before unfolding loses it.
    expect(folded.toString('utf8')).toContain('\uFFFD');
    const { events, warnings } = read(decodeBody(calendarBytes(folded), 'text/calendar; charset=utf-8'));
    expect(events[0].title).toBe(title);
    expect(warnings).toEqual([]);
  });

  it('reads every property of the fixture file whole: titles, locations and descriptions', () => {
    const { events } = read(decodeBody(fixture('folded-multibyte-utf8.ics'), null));
    expect(events.map((e) => e.title)).toEqual(titles);
    expect(events.map((e) => e.location)).toEqual([
      'Shibuya Scramble Square 東京都渋谷区渋谷二丁目24番12号 渋谷スクランブルスクエア',
      'Brauhaus am Viktualienmarkt, Münchner Straße 12, München',
      'Factory Berlin 🏭',
      'Station Berlin — Halle 4',
    ]);
    expect(events[0].description).toBe('キャッシュレス決済の最新動向と、日本の決済インフラの課題について議論します。');
    expect(JSON.stringify(events)).not.toContain('\uFFFD');
  });

  it('unfolds LF and bare CR line breaks and TAB fold markers too', () => {
    const folded = foldOctets(`SUMMARY:${titles[0]}`);
    for (const [lineBreak, marker] of [
      ['\n', ' '],
      ['\r', '\t'],
      ['\r\n', '\t'],
    ]) {
      const body = Buffer.from(calendarBytes(folded).toString('latin1').replace(/\r\n /g, `${lineBreak}${marker}`).replace(/\r\n/g, lineBreak), 'latin1');
      expect(read(decodeBody(body, null)).events[0].title).toBe(titles[0]);
    }
  });

  it('honours a declared multi-byte charset (Shift_JIS split by a fold)', () => {
    // "会議" in Shift_JIS is 89 EF 8B 63; the fold falls between 89 and EF.
    const body = calendarBytes(Buffer.concat([Buffer.from('SUMMARY:'), Buffer.from([0x89]), Buffer.from('\r\n '), Buffer.from([0xef, 0x8b, 0x63])]));
    expect(read(decodeBody(body, 'text/calendar; charset=Shift_JIS')).events[0].title).toBe('会議');
  });

  it('keeps the line numbers of the file when no fold splits a character', () => {
    const body = calendarBytes('SUMMARY:Zürich', ' Fintech', 'RRULE:FREQ=SOMETIMES');
    const { warnings } = read(decodeBody(body, null));
    expect(warnings.map((w) => w.line)).toEqual([9]);
  });
});

describe('decodeBody: charsets', () => {
  const latin1Titles = [
    'Zürcher Fintech-Frühstück: Gebühren, Änderungen und Rückbuchungen im Zahlungsverkehr',
    'Kölner Zahlungsverkehr-Treff: Überweisungen in Echtzeit',
  ];

  it.each([
    ['no charset', null],
    ['a charset=utf-8 label (mislabelled)', 'text/calendar; charset=utf-8'],
    ['charset=iso-8859-1', 'text/calendar; charset=ISO-8859-1'],
  ])('reads a Latin-1 calendar with %s', (_label, contentType) => {
    const { events } = read(decodeBody(fixture('latin1-umlauts.ics'), contentType));
    expect(events.map((e) => e.title)).toEqual(latin1Titles);
    expect(events[0].location).toBe('Café Schön, Bahnhofstraße 5, Zürich');
  });

  it('keeps a UTF-8 text with one damaged byte UTF-8', () => {
    const body = calendarBytes(
      'SUMMARY:Zürich Gebühren Überweisungen',
      Buffer.concat([Buffer.from('LOCATION:Caf'), Buffer.from([0xe9]), Buffer.from(' Schön')]),
    );
    const { events } = read(decodeBody(body, null));
    expect(events[0].title).toBe('Zürich Gebühren Überweisungen');
    expect(events[0].location).toBe('Caf\uFFFD Schön');
  });

  it('drops a UTF-8 BOM and reads UTF-16 by its BOM', () => {
    const text = calendarBytes('SUMMARY:Zürich').toString('utf8');
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), null)).toBe(text);
    expect(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), null)).toBe(text);
  });

  it('decodes a page in the charset its meta tag declares, and never unfolds it', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>M\u00fcnchen\r\n tr\u00e4umt</p></body></html>';
    expect(decodeBody(Buffer.from(html, 'latin1'), null)).toBe(html);
    expect(decodeBody(Buffer.from(html.replace('iso-8859-1', 'utf-8'), 'utf8'), 'text/html')).toContain('M\u00fcnchen\r\n tr\u00e4umt');
  });
});

describe('unfoldBytes', () => {
  it('removes each line break followed by one space or TAB, and only that', () => {
    const unfold = (text: string) => Buffer.from(unfoldBytes(Buffer.from(text))).toString();
    expect(unfold('A:b\r\n c\n\td\r  e\r\nF:g\n\nH:i')).toBe('A:bcd e\r\nF:g\n\nH:i');
  });

  it('returns the same bytes when there is no fold', () => {
    const bytes = Buffer.from('A:b\r\nC:d\r\n');
    expect(unfoldBytes(bytes)).toBe(bytes);
  });
});

describe('parseIcs on text that was decoded before it was unfolded (an upload)', () => {
  it('says why the title has replacement characters', () => {
    const mangled = calendarBytes(foldOctets('SUMMARY:European Payments Summit 2027 — instant payments, open banking — and the road ahead')).toString('utf8');
    const { events, warnings } = read(mangled);
    expect(events[0].title).toContain('\uFFFD');
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^line 7: characters that could not be decoded \(U\+FFFD\)/)]);
  });

  it('joins a fold that splits a UTF-16 surrogate pair in a string', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:pair@topofmind.test',
      'DTSTART:20270114T173000Z',
      'SUMMARY:Launch \uD83D',
      ' \uDE80 party',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(read(text).events[0].title).toBe('Launch 🚀 party');
  });
});
