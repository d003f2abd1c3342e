import { cleanName, cleanText } from './text';
import { cleanList } from './validation';

describe('cleanName', () => {
  it.each([
    ['trims and collapses white space, line breaks included', '  Acme \n\t Corp  ', 'Acme Corp'],
    ['drops a right-to-left override', 'Acme\u202Eexe.txt', 'Acmeexe.txt'],
    ['drops every bidi embedding, override, isolate and mark', '\u202AA\u202BB\u202CC\u202DD\u2066E\u2067F\u2068G\u2069H\u200EI\u200FJ\u061CK', 'ABCDEFGHIJK'],
    ['drops C0 controls, DEL and C1 controls', 'A\u0000c\u0007m\u001Be\u007F \u0080C\u009Bo', 'Acme Co'],
    ['reads NEL as a line break', 'Acme\u0085Corp', 'Acme Corp'],
    ['leaves a blank name empty', ' \u202E\u0007 \n', ''],
    ['keeps letters, emoji and joiners', 'Zoë 👩‍💻 Łódź', 'Zoë 👩‍💻 Łódź'],
  ])('%s', (_what, input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

describe('cleanText', () => {
  it('keeps line breaks and tabs, normalising CRLF and CR to LF', () => {
    expect(cleanText('  one\r\n\ttwo\rthree\n')).toBe('one\n\ttwo\nthree');
  });

  it('drops other control characters and bidi embeddings, overrides and isolates', () => {
    expect(cleanText('a\u0007b\u001Bc\u009Bd\u202Ee\u2066f\u2069g')).toBe('abcdefg');
  });

  it('keeps bidi marks, which right-to-left text needs', () => {
    expect(cleanText('שלום\u200F!')).toBe('שלום\u200F!');
  });
});

describe('cleanList', () => {
  it('cleans items like names before dropping blank and repeated ones', () => {
    expect(cleanList(['Acme\u202E Inc', 'acme  inc', '\u200F', 'Make\nNotion'])).toEqual(['Acme Inc', 'Make Notion']);
  });
});
