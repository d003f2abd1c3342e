import { oneLine, optionalLine } from './clean-text';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and quoted attributes, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('Ünïcode “quotes” — 👩‍💻 $& $1')).toBe('Ünïcode “quotes” — 👩‍💻 $&amp; $1');
  });
});

describe('oneLine', () => {
  it('puts a value on one line without controls or bidi overrides', () => {
    expect(oneLine('  a\r\nb\t\tc\u000bd\u0000e\u202Ef\u2066g  ')).toBe('a b c defg');
  });

  it('clips to the maximum with an ellipsis, never inside a surrogate pair', () => {
    expect(oneLine('abcdef', 6)).toBe('abcdef');
    expect(oneLine('abcdefg', 6)).toBe('abcde…');
    expect(oneLine('abcd🙂🙂', 6)).toBe('abcd…');
    expect(oneLine('abc   defg', 5)).toBe('abc…'); // no space before the ellipsis
  });

  it('gives null for nothing', () => {
    expect(optionalLine(null)).toBeNull();
    expect(optionalLine(' \n ')).toBeNull();
    expect(optionalLine(' x ')).toBe('x');
  });
});
