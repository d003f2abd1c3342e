import { Sep, Shape, sentenceRange, tokenise } from './tokenise';

const norms = (text: string) => tokenise(text).tokens.map((t) => t.norm);

describe('tokenise', () => {
  it('keeps ampersands and apostrophes inside words', () => {
    expect(norms('AT&T and R&D at O’Brien')).toEqual(['at&t', 'and', 'r&d', 'at', 'obrien']);
  });

  it('strips the possessive and remembers it', () => {
    const [notion, team] = tokenise("Notion's team").tokens;
    expect(notion).toMatchObject({ norm: 'notion', possessive: true, start: 0, end: 8 });
    expect(team?.possessive).toBe(false);
    expect(tokenise("managers' breakfast").tokens[0]).toMatchObject({ norm: 'managers', possessive: true });
  });

  it('records what separates tokens', () => {
    const tokens = tokenise('Jean-Luc, then: Times Square').tokens;
    expect(tokens.map((t) => t.sep)).toEqual([Sep.START, Sep.HYPHEN, Sep.PUNCT, Sep.BREAK, Sep.SPACE]);
    expect(tokenise('Notion - the app').tokens[1]?.sep).toBe(Sep.BREAK);
  });

  it('records the letter case as written', () => {
    expect(tokenise('notion Notion NOTION N26 2025 iOS').tokens.map((t) => t.shape)).toEqual([
      Shape.LOWER,
      Shape.TITLE,
      Shape.UPPER,
      Shape.TITLE,
      Shape.OTHER,
      Shape.LOWER,
    ]);
  });

  it('does not tokenise links or e-mail addresses but reports them', () => {
    const { tokens, links } = tokenise('Join https://meet.google.com/abc-defg or mail events@stripe.com today');
    expect(tokens.map((t) => t.norm)).toEqual(['join', 'or', 'mail', 'today']);
    expect(links).toEqual([
      { kind: 'url', text: 'https://meet.google.com/abc-defg' },
      { kind: 'email', text: 'events@stripe.com' },
    ]);
    // A name never spans a link.
    expect(tokens[1]?.sep).toBe(Sep.BREAK);
  });

  it('takes scheme-less links on common top-level domains for links, not words', () => {
    const { tokens, links } = tokenise('Remote: meet.google.com/mmu-numi-nob, or read google.com. Built with Node.js, e.g. Vue.js.');
    expect(links).toEqual([
      { kind: 'url', text: 'meet.google.com/mmu-numi-nob' },
      { kind: 'url', text: 'google.com' },
    ]);
    expect(tokenise('See https://x.org/a and datadoghq.com/dash/a.b.com, mail a@b.io').links.map((l) => l.text)).toEqual([
      'https://x.org/a',
      'datadoghq.com/dash/a.b.com',
      'a@b.io',
    ]);
    expect(tokens.map((t) => t.norm)).toEqual(['remote', 'or', 'read', 'built', 'with', 'node', 'js', 'e', 'g', 'vue', 'js']);
  });

  it('finds the sentence around a token', () => {
    const { tokens } = tokenise('First one. Second sentence here! Third');
    expect(sentenceRange(tokens, 3)).toEqual([2, 4]);
  });
});
