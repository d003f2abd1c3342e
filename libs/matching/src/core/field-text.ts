import { decodeEntitiesOnce } from './normalise';
import { CALENDAR_BUTTON_WORDS, FUNCTION_WORDS } from './lexicon';
import { isCapitalised, sentenceRange, Shape, startsSentence, tokenise, type Token, type Tokenised } from './tokenise';
import type { EvidenceField } from './types';

/** One free-text field of an event, tokenised once and shared by the company, person and topic rules. */
export class FieldText {
  readonly tok: Tokenised;
  private readonly headlines = new Map<number, boolean>();
  private calendarButtons: ReadonlySet<number> | null = null;

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
      const t = this.tokens[k];
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
    return this.text.slice(this.tokens[i - 1].end, token.start);
  }

  /** True when token i is a label of "Add to calendar" buttons ("Add to: Outlook, ICal, Google Calendar"). */
  isCalendarButton(i: number): boolean {
    this.calendarButtons ??= ADD_TO.test(this.text) ? findCalendarButtons(this.tokens, (k) => this.gap(k)) : NONE;
    return this.calendarButtons.has(i);
  }

  startsSentence(i: number): boolean {
    const token = this.tokens[i];
    return token === undefined || startsSentence(token);
  }
}

const ADD_TO = /\badd\s+to\b/i;
const NONE: ReadonlySet<number> = new Set();
const CALENDAR_NOUNS = new Set(['calendar', 'cal', 'ical', 'icalendar', 'ics', 'outlook', 'icloud']);
const DETERMINERS = new Set(['my', 'your', 'a', 'the']);

/**
 * Tokens naming calendar services after "Add to": the run of service words
 * ("Google Calendar", "Outlook", "Apple") that follows, when the run names a
 * calendar or "Add to" ends with a colon.
 */
function findCalendarButtons(tokens: readonly Token[], gap: (k: number) => string): ReadonlySet<number> {
  const marked = new Set<number>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].norm !== 'add' || tokens[k + 1].norm !== 'to') continue;
    let j = k + 2;
    const colon = gap(j).includes(':');
    while (j < tokens.length && DETERMINERS.has(tokens[j].norm)) j++;
    const run: number[] = [];
    while (j < tokens.length && CALENDAR_BUTTON_WORDS.has(tokens[j].norm)) run.push(j++);
    if (colon || run.some((i) => CALENDAR_NOUNS.has(tokens[i].norm))) for (const i of run) marked.add(i);
  }
  return marked;
}
