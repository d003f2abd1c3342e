import { decodeEntitiesOnce } from './normalise';
import { FUNCTION_WORDS } from './lexicon';
import { isCapitalised, sentenceRange, Shape, startsSentence, tokenise, type Token, type Tokenised } from './tokenise';
import type { EvidenceField } from './types';

/** One free-text field of an event, tokenised once and shared by the company, person and topic rules. */
export class FieldText {
  readonly tok: Tokenised;
  private readonly headlines = new Map<number, boolean>();

  constructor(
    readonly field: EvidenceField,
    raw: string,
  ) {
    this.tok = tokenise(decodeEntitiesOnce(raw));
  }

  get tokens(): Token[] {
    return this.tok.tokens;
  }

  get text(): string {
    return this.tok.text;
  }

  /**
   * True when the sentence holding token i is written in Title Case (titles
   * always are, headings in descriptions often), where a capital letter says
   * nothing about a proper noun.
   */
  isHeadline(i: number): boolean {
    if (this.field === 'title' || this.field === 'categories') return true;
    const [first, last] = sentenceRange(this.tokens, i);
    const cached = this.headlines.get(first);
    if (cached !== undefined) return cached;
    let significant = 0;
    let capitalised = 0;
    // The first word is capitalised in any sentence, so it says nothing.
    for (let k = first + 1; k <= last; k++) {
      const t = this.tokens[k] as Token;
      if (t.shape === Shape.OTHER || t.norm.length < 2 || FUNCTION_WORDS.has(t.norm)) continue;
      significant++;
      if (isCapitalised(t)) capitalised++;
    }
    const headline = significant >= 3 && capitalised / significant >= 0.75;
    this.headlines.set(first, headline);
    return headline;
  }

  /** The characters between token i-1 and token i. */
  gap(i: number): string {
    const token = this.tokens[i];
    if (!token || i === 0) return '';
    return this.text.slice((this.tokens[i - 1] as Token).end, token.start);
  }

  startsSentence(i: number): boolean {
    const token = this.tokens[i];
    return token === undefined || startsSentence(token);
  }
}
