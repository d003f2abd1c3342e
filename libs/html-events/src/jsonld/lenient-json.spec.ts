import { parseLenientJson, repairJson } from './lenient-json';

describe('parseLenientJson', () => {
  it('parses valid JSON as is, with nothing repaired', () => {
    expect(parseLenientJson('{"a": "x\\"y\\u00e9"}')).toEqual({ ok: true, value: { a: 'x"yé' }, repaired: [] });
  });

  it('says what it repaired', () => {
    const result = parseLenientJson('<!--{"a": "it\\\'s", "b": [1, 2,],}-->');
    expect(result).toEqual({ ok: true, value: { a: "it's", b: [1, 2] }, repaired: ['HTML comment wrapper', 'invalid escape', 'trailing comma'] });
  });

  it('leaves commas and comment-like text inside strings alone', () => {
    expect(parseLenientJson('{"u": "https://x.example/a,}", "c": "// not a comment",}')).toMatchObject({
      ok: true,
      value: { u: 'https://x.example/a,}', c: '// not a comment' },
    });
  });

  it('removes comments outside strings', () => {
    expect(parseLenientJson('{ /* note */ "a": 1 // end\n}')).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it('escapes raw control characters and keeps a bad \\u as text', () => {
    expect(repairJson('{"a": "x\ty\u0001", "b": "\\uZZ"}').text).toBe('{"a": "x\\ty\\u0001", "b": "\\\\uZZ"}');
  });

  it('reports what it cannot repair', () => {
    const result = parseLenientJson('{"a": }');
    expect(result.ok).toBe(false);
  });

  it('is linear on a megabyte of input', () => {
    const started = Date.now();
    parseLenientJson(`{"a": "${"x\\'".repeat(300_000)}",}`);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
