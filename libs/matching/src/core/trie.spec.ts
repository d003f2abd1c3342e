import { tokenise } from './tokenise';
import { TokenTrie } from './trie';

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.insert(['google'], 'g');
  trie.insert(['google', 'cloud'], 'gc');
  trie.insert(['jean', 'luc', 'moreau'], 'jlm');
  const find = (text: string) => trie.findAll(tokenise(text).tokens, (t) => t.norm).map((h) => `${h.start}-${h.end}:${h.values.join()}`);

  it('finds every stored sequence, short and long, at each start', () => {
    expect(find('Google Cloud and google')).toEqual(['0-1:g', '0-2:gc', '3-4:g']);
  });

  it('continues across spaces and hyphens only', () => {
    expect(find('Jean-Luc Moreau')).toEqual(['0-3:jlm']);
    expect(find('Google, Cloud')).toEqual(['0-1:g']);
    expect(find('Google. Cloud')).toEqual(['0-1:g']);
  });

  it('answers exact lookups', () => {
    expect(trie.get(['google', 'cloud'])).toEqual(['gc']);
    expect(trie.get(['cloud'])).toEqual([]);
    expect(trie.maxLength).toBe(3);
  });
});
