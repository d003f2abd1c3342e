import { boundNesting } from './bound-nesting';

describe('boundNesting', () => {
  it('returns a page within the cap unchanged', () => {
    const html =
      '<!doctype html><html><body><div a="x>y"><p>one<p>two<br><img src=x><ul><li>a<li>b</ul></div><script>if (a</b) {"<div>"}</script></body></html>';
    expect(boundNesting(html, 10)).toEqual({ html, dropped: 0 });
  });

  it('drops start tags beyond the cap and the end tags that close them', () => {
    const html = `${'<div>'.repeat(5)}x${'</div>'.repeat(5)}<p>after</p>`;
    expect(boundNesting(html, 3)).toEqual({ html: '<div><div><div>x</div></div></div><p>after</p>', dropped: 2 });
  });

  it('leaves comments and raw text alone', () => {
    const html = '<div><!-- <div><div><div> --><script>"<div><div><div>"</script><style>a{}</style></div>';
    expect(boundNesting(html, 1).html).toBe(html);
  });

  it('stays linear on unclosed tags followed by unmatched end tags', () => {
    const html = `<html><body>${'<b>'.repeat(200_000)}${'</i>'.repeat(200_000)}</body></html>`;
    const started = Date.now();
    const bounded = boundNesting(html, 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(bounded.dropped).toBe(199_002); // <html>, <body> and 998 <b> kept
    expect(bounded.html.length).toBeLessThan(10_000);
  });
});
