import { isDictionaryWord } from './dictionary';
import { CURATED_AMBIGUOUS, FUNCTION_WORDS, NAME_NOISE } from './lexicon';
import { nameSpellings, normaliseEmail, normaliseHost, spellingVariants } from './normalise';
import { stem } from './stem';
import { Shape, tokenise, type Token } from './tokenise';
import { TokenTrie } from './trie';
import type { MatcherInput, TopicInterest, TrackedCompany, TrackedContact } from './types';

/**
 * How much a name needs before a mention counts:
 * - NONE: distinctive ("Datadog", "Société Générale"), any case;
 * - CAPITALISED: made only of ordinary words ("Google Cloud", "Will Price"), must be written capitalised;
 * - WORD: a single ordinary word ("Notion", "Square"), capitalised and with evidence the company is meant;
 * - ACRONYM: a short all-caps alias ("SG"), written in capitals and with evidence.
 */
export const Ambiguity = { NONE: 0, CAPITALISED: 1, WORD: 2, ACRONYM: 3 } as const;
export type Ambiguity = (typeof Ambiguity)[keyof typeof Ambiguity];

export interface NameEntry {
  kind: 'company' | 'contact';
  id: string;
  ambiguity: Ambiguity;
}

export interface TopicEntry {
  topic: TopicInterest;
  /** A one-word phrase the user capitalised that is also an ordinary word ("Rust", "Go"). */
  properNounOnly: boolean;
}

export interface NameIndex {
  names: TokenTrie<NameEntry>;
  topics: TokenTrie<TopicEntry>;
  companies: ReadonlyMap<string, TrackedCompany>;
  contacts: ReadonlyMap<string, TrackedContact>;
  /** Structured-name key ("priya raman") -> contacts; see personKey. */
  contactsByKey: ReadonlyMap<string, TrackedContact[]>;
  contactsByEmail: ReadonlyMap<string, TrackedContact[]>;
  /** Bare host -> companies owning it. */
  domains: ReadonlyMap<string, string[]>;
}

const LEGAL_FORMS = new Set(['inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'gmbh', 'ag', 'sa', 'sas', 'se', 'plc', 'co', 'bv', 'nv']);
// Beyond this a "name" is a sentence; capping it keeps every lookup walk short.
const MAX_NAME_TOKENS = 8;

/** True for a folded word that is also an ordinary English word, or a curated ambiguous name. */
export function isOrdinaryWord(norm: string): boolean {
  return CURATED_AMBIGUOUS.has(norm) || isDictionaryWord(norm);
}

function companyAmbiguity(tokens: Token[], written: string): Ambiguity {
  const [only] = tokens;
  if (tokens.length === 1 && only) {
    // "SG", "GE", "SAP": short capitals that are also words or abbreviations. "AT&T" and "IBM" are distinctive.
    const letters = written.replace(/[^\p{L}]/gu, '');
    if (only.shape === Shape.UPPER && (letters.length <= 2 || (letters.length <= 3 && isOrdinaryWord(only.norm)))) return Ambiguity.ACRONYM;
    return isOrdinaryWord(only.norm) ? Ambiguity.WORD : Ambiguity.NONE;
  }
  const ordinary = tokens.every((t) => isOrdinaryWord(t.norm) || LEGAL_FORMS.has(t.norm) || FUNCTION_WORDS.has(t.norm));
  return ordinary ? Ambiguity.CAPITALISED : Ambiguity.NONE;
}

/** Token keys of a company name, plus the name without a trailing legal form ("Alphabet Inc." -> "Alphabet"). */
function companyKeySequences(name: string): { keys: string[]; tokens: Token[]; written: string }[] {
  const out: { keys: string[]; tokens: Token[]; written: string }[] = [];
  for (const written of spellingVariants(name)) {
    const tokens = tokenise(written).tokens;
    if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) continue;
    out.push({ keys: tokens.map((t) => t.norm), tokens, written });
    let end = tokens.length;
    while (end > 1 && LEGAL_FORMS.has(tokens[end - 1]?.norm ?? '')) end--;
    if (end < tokens.length) {
      const kept = tokens.slice(0, end);
      out.push({ keys: kept.map((t) => t.norm), tokens: kept, written: written.slice(0, kept[kept.length - 1]?.end ?? 0) });
    }
  }
  return out;
}

/**
 * The comparable key of a listed person's name: folded tokens without
 * honorifics, post-nominals or initials ("Dr. Priya K. Raman, PhD" ->
 * "priya raman").
 */
export function personKey(tokens: Token[]): string {
  return tokens
    .filter((t) => !NAME_NOISE.has(t.norm) && t.norm.length > 1)
    .map((t) => t.norm)
    .join(' ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

export function buildNameIndex(input: MatcherInput): NameIndex {
  const names = new TokenTrie<NameEntry>();
  const topics = new TokenTrie<TopicEntry>();
  const contactsByKey = new Map<string, TrackedContact[]>();
  const contactsByEmail = new Map<string, TrackedContact[]>();
  const domains = new Map<string, string[]>();

  for (const company of input.companies) {
    for (const name of [company.name, ...company.aliases]) {
      for (const { keys, tokens, written } of companyKeySequences(name)) {
        names.insert(keys, { kind: 'company', id: company.id, ambiguity: companyAmbiguity(tokens, written) });
      }
    }
    for (const domain of company.domains) {
      const host = normaliseHost(domain);
      if (host.includes('.')) push(domains, host, company.id);
    }
  }

  for (const contact of input.contacts) {
    for (const name of [contact.name, ...contact.aliases]) {
      for (const written of nameSpellings(name)) {
        const tokens = tokenise(written).tokens.filter((t) => !NAME_NOISE.has(t.norm));
        // A first name alone never identifies a person.
        if (tokens.length < 2 || tokens.length > MAX_NAME_TOKENS) continue;
        const ordinary = tokens.every((t) => isOrdinaryWord(t.norm));
        names.insert(
          tokens.map((t) => t.norm),
          { kind: 'contact', id: contact.id, ambiguity: ordinary ? Ambiguity.CAPITALISED : Ambiguity.NONE },
        );
        push(contactsByKey, personKey(tokens), contact);
      }
    }
    const email = normaliseEmail(contact.email);
    if (email) push(contactsByEmail, email, contact);
  }

  for (const topic of input.topics) {
    const tokens = tokenise(topic.phrase).tokens;
    if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) continue;
    const [only] = tokens;
    const properNounOnly = tokens.length === 1 && only !== undefined && only.shape !== Shape.LOWER && isOrdinaryWord(only.norm) && only.shape !== Shape.UPPER;
    topics.insert(
      tokens.map((t) => stem(t.norm)),
      { topic, properNounOnly },
    );
  }

  return {
    names,
    topics,
    companies: new Map(input.companies.map((c) => [c.id, c])),
    contacts: new Map(input.contacts.map((c) => [c.id, c])),
    contactsByKey,
    contactsByEmail,
    domains,
  };
}

/** Companies owning the host or one of its parent domains ("careers.stripe.com" -> stripe.com). */
export function companiesForHost(index: NameIndex, host: string): string[] {
  let candidate = normaliseHost(host);
  for (;;) {
    const owners = index.domains.get(candidate);
    if (owners) return owners;
    const dot = candidate.indexOf('.');
    if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) return [];
    candidate = candidate.slice(dot + 1);
  }
}
