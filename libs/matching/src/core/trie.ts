import { Sep, type Token } from './tokenise';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

export interface TrieHit<T> {
  /** First token index (inclusive) and last token index (exclusive). */
  start: number;
  end: number;
  values: T[];
}

/**
 * A trie over token sequences. Looking up every start position of a text
 * costs one hash lookup per token plus one per extra matched token, so a
 * match is linear in the text and independent of how many names are stored.
 * (Character-level Aho–Corasick libraries would need word-boundary and
 * folding post-filters and offset mapping; names are short token sequences,
 * so walking from each token is simpler and as fast.)
 */
export class TokenTrie<T> {
  private readonly root = new Map<string, TrieNode<T>>();
  private longest = 0;

  get maxLength(): number {
    return this.longest;
  }

  insert(keys: string[], value: T): void {
    if (keys.length === 0) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (const key of keys) {
      node = level.get(key);
      if (!node) {
        node = { children: null, values: null };
        level.set(key, node);
      }
      node.children ??= new Map();
      level = node.children;
    }
    if (!node) return;
    node.values ??= [];
    node.values.push(value);
    this.longest = Math.max(this.longest, keys.length);
  }

  /**
   * Every stored sequence that occurs in `tokens`, in order of start then
   * length. A sequence continues only across spaces and hyphens, never
   * across punctuation or sentence breaks.
   */
  findAll(tokens: Token[], key: (token: Token) => string): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    if (this.root.size === 0) return hits;
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.get(key(tokens[i]));
      let j = i;
      while (node) {
        if (node.values) hits.push({ start: i, end: j + 1, values: node.values });
        j++;
        const next = tokens[j];
        if (!next || !node.children || (next.sep !== Sep.SPACE && next.sep !== Sep.HYPHEN)) break;
        node = node.children.get(key(next));
      }
    }
    return hits;
  }

  /** The values stored for exactly this sequence. */
  get(keys: string[]): T[] {
    let level: Map<string, TrieNode<T>> | null = this.root;
    let node: TrieNode<T> | undefined;
    for (const key of keys) {
      node = level?.get(key);
      if (!node) return [];
      level = node.children;
    }
    return node?.values ?? [];
  }
}
