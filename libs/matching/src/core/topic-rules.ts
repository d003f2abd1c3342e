import type { FieldText } from './field-text';
import type { NameIndex, TopicEntry } from './name-index';
import { stem } from './stem';
import { isCapitalised, type Token } from './tokenise';

export interface TopicHit {
  entry: TopicEntry;
  start: number;
  end: number;
}

const stemKey = (t: Token) => stem(t.norm);

/**
 * Topic phrases found in a field, plural-insensitive ("CRDT" matches
 * "CRDTs") and hyphen-insensitive ("offline-first" matches "offline first").
 * A one-word topic that is also an ordinary word and that the user wrote
 * capitalised ("Rust") needs a capitalised, non-initial use or a category:
 * "Rust removal" and "treat rust" are not the language.
 */
export function findTopics(f: FieldText, index: NameIndex): TopicHit[] {
  const out: TopicHit[] = [];
  for (const hit of index.topics.findAll(f.tokens, stemKey)) {
    for (const entry of hit.values) {
      if (entry.properNounOnly && f.field !== 'categories') {
        if (!isCapitalised(f.tokens[hit.start]) || f.startsSentence(hit.start)) continue;
      }
      out.push({ entry, start: hit.start, end: hit.end });
    }
  }
  return out;
}
