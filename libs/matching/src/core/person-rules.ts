import type { CompanyMention } from './company-rules';
import type { FieldText } from './field-text';
import { AFFILIATION_CUES, ARTICLES, CALENDAR_WORDS, FUNCTION_WORDS, JOB_TITLE_WORDS, NAME_NOISE } from './lexicon';
import { Ambiguity, isOrdinaryWord, type NameEntry } from './name-index';
import { isCapitalised, Sep, Shape, type Token } from './tokenise';
import type { TrieHit } from './trie';
import type { TrackedContact } from './types';

/** A tracked name found in free text, with every tracked contact of that name. */
export interface PersonHit {
  start: number;
  end: number;
  contacts: TrackedContact[];
}

/** Names made only of ordinary words ("Will Price", "Grace Park") count only when written as a name. */
export function writtenAsName(f: FieldText, hit: TrieHit<NameEntry>, entry: NameEntry): boolean {
  if (entry.ambiguity === Ambiguity.NONE) return true;
  return f.tokens.slice(hit.start, hit.end).every(isCapitalised);
}

/**
 * A tracked name must be the whole name: "Anna Schmidt" is not "Anna
 * Schmidt-Weber", "Anna-Lena Schmidt" or "Anna Schmidt Varga" ("Anna
 * Schmidtke" never reaches here: tokens compare whole). In running prose a
 * capitalised word right after the name extends it; in a Title Case line,
 * where every word is capitalised, only a word that is not an ordinary word
 * does ("Talk by Yolanda Robla Mota", but "Anna Schmidt Explains Payments").
 * Names, companies and honorifics that follow are not part of it.
 */
export function extendsName(f: FieldText, hits: readonly TrieHit<NameEntry>[], at: number): boolean {
  const { start, end } = hits[at];
  if (start > 0 && f.tokens[start].sep === Sep.HYPHEN) return true;
  const next = f.tokens[end];
  if (!next) return false;
  if (next.sep === Sep.HYPHEN) return next.shape !== Shape.OTHER;
  if (next.sep !== Sep.SPACE) return false;
  const last = f.tokens[end - 1];
  if (last.possessive || !(next.shape === Shape.TITLE || (next.shape === Shape.UPPER && last.shape === Shape.UPPER))) return false;
  if (FUNCTION_WORDS.has(next.norm) || NAME_NOISE.has(next.norm) || CALENDAR_WORDS.has(next.norm) || JOB_TITLE_WORDS.has(next.norm)) return false;
  if (f.isHeadline(end) && isOrdinaryWord(next.norm)) return false;
  // Hits come in order of start: another tracked name starting right after this one is not part of it.
  for (let k = at + 1; k < hits.length && hits[k].start <= end; k++) if (hits[k].start === end) return false;
  return true;
}

/** Accepted companies in the same sentence shortly before or after the name ("Alex Kim and the Notion design team"). */
export function companiesNear(f: FieldText, hit: PersonHit, mentions: readonly CompanyMention[]): Set<string> {
  const near = new Set<string>();
  for (const m of mentions) {
    if (m.state !== 'accepted' || m.end <= hit.start - 6 || m.start >= hit.end + 12) continue;
    const [from, to] = m.start < hit.start ? [m.start, hit.start] : [hit.end, m.start];
    let sameSentence = true;
    for (let k = from + 1; k <= to && sameSentence; k++) if (f.startsSentence(k)) sameSentence = false;
    if (sameSentence) near.add(m.companyId);
  }
  return near;
}

/** "Emily Carter (Target)", "Priya Raman — Square": a company given as a named person's organisation is meant as one. */
export function acceptPersonAffiliations(f: FieldText, mentions: CompanyMention[], persons: readonly PersonHit[]): void {
  if (!mentions.some((m) => m.state === 'pending')) return;
  const starts = new Set(persons.map((p) => p.start));
  for (const p of persons) {
    for (const m of textAffiliation(f, p.start, p.end, mentions, starts)?.mentions ?? []) {
      if (m.state === 'pending') Object.assign(m, { state: 'accepted', cue: 'affiliation of a named person' });
    }
  }
}

/** What the event says about where a listed or named person works. */
export interface Affiliation {
  companyIds: string[];
  /** An organisation is named but it is none of the tracked companies. */
  untracked: boolean;
  /** The company mentions in the text that gave it (empty for structured fields). */
  mentions?: CompanyMention[];
}

/** How sure we are that the person named is the tracked contact. */
export type Identity = 'email' | 'affiliation' | 'context' | 'unknown';

export interface ResolvedPerson {
  contact: TrackedContact;
  identity: Identity;
  /** Several tracked contacts share the name and nothing told them apart. */
  shared: boolean;
}

/** Affiliation from a company list and an organisation string: untracked only if the string names an organisation. */
export function affiliationOf(companyIds: string[], organisationWords: Token[]): Affiliation | null {
  if (companyIds.length > 0) return { companyIds: [...new Set(companyIds)], untracked: false };
  const named = organisationWords.some((t) => t.shape !== Shape.OTHER && !JOB_TITLE_WORDS.has(t.norm));
  return named ? { companyIds: [], untracked: true } : null;
}

function capitalisedRun(f: FieldText, from: number, limit: number): [number, number] {
  let start = from;
  while (start < limit && ARTICLES.has(f.tokens[start].norm)) start++;
  let end = start;
  while (
    end < limit &&
    end - start < 5 &&
    isCapitalised(f.tokens[end]) &&
    (end === start || f.tokens[end]?.sep === Sep.SPACE || f.tokens[end]?.sep === Sep.HYPHEN)
  )
    end++;
  return [start, end];
}

/**
 * The organisation the text gives for the person named at [start, end):
 * "Alex Kim (Stripe)", "Alex Kim from Stripe", "Alex Kim @ Stripe",
 * "Alex Kim, staff engineer at Stripe", "Stripe's Alex Kim". Verbs are not
 * followed ("Priya Raman speaks at QCon" names a venue, not an employer).
 */
export function textAffiliation(
  f: FieldText,
  start: number,
  end: number,
  companyHits: readonly CompanyMention[],
  personStarts: ReadonlySet<number>,
): Affiliation | null {
  const tokens = f.tokens;
  const mentionsIn = (from: number, to: number) => companyHits.filter((m) => m.start >= from && m.end <= to && m.state !== 'rejected');
  const fromText = (from: number, to: number, trackedOnly = false): Affiliation | null => {
    const used = mentionsIn(from, to);
    if (trackedOnly && used.length === 0) return null;
    const found = affiliationOf(
      used.map((m) => m.companyId),
      tokens.slice(from, to),
    );
    return found && { ...found, mentions: used };
  };
  const sentenceEnd = (from: number) => {
    let k = from;
    while (k < tokens.length && (k === from || !f.startsSentence(k))) k++;
    return k;
  };
  const after = f.gap(end);

  if (after.trimEnd().endsWith('(') && end < tokens.length) {
    let k = end + 1;
    while (k < tokens.length && !f.gap(k).includes(')') && !f.startsSentence(k)) k++;
    return fromText(end, k);
  }

  const prev = tokens[start - 1];
  if (prev?.possessive) {
    const owner = companyHits.filter((m) => m.end === start && m.state !== 'rejected');
    if (owner.length > 0) return { companyIds: owner.map((m) => m.companyId), untracked: false, mentions: owner };
  }

  const limit = sentenceEnd(end);
  // Speaker lines: "Priya Raman — Stripe", "Alex Kim | Notion", "Alex Kim, Stripe". What follows the dash may
  // also be a talk title, so only a tracked company counts here.
  if (end < tokens.length && /^\s*[,—–|/-]\s*$/.test(after) && isCapitalised(tokens[end])) {
    const [orgStart, orgEnd] = capitalisedRun(f, end, sentenceEnd(end));
    const listed = fromText(orgStart, orgEnd, true);
    // "Priya Raman, Datadog's Zoë Müller": a possessive company belongs to the next name.
    if (listed && !listed.mentions?.some((m) => tokens[m.end - 1]?.possessive)) return listed;
  }

  let cueAt = -1;
  if (end < limit && after.includes('@')) cueAt = end - 1;
  else if (end < limit && tokens[end].sep === Sep.SPACE && AFFILIATION_CUES.has(tokens[end].norm)) cueAt = end;
  else if (after.trim() === ',') {
    for (let k = end; k < Math.min(limit, end + 6); k++) {
      if (k > end && (personStarts.has(k) || f.gap(k).trim() !== '')) break;
      if (AFFILIATION_CUES.has(tokens[k].norm)) {
        cueAt = k;
        break;
      }
    }
  }
  if (cueAt < 0) return null;
  const [orgStart, orgEnd] = capitalisedRun(f, cueAt + 1, limit);
  if (orgEnd === orgStart) return null;
  // "author of Designing Data-Intensive Applications": "of" only counts for a tracked company.
  return fromText(orgStart, orgEnd, tokens[cueAt]?.norm === 'of');
}

export interface Resolution {
  people: ResolvedPerson[];
  /** Contacts the event explicitly places elsewhere (another organisation, another e-mail). */
  ruledOut: TrackedContact[];
}

/**
 * Which of the tracked contacts sharing a name the event means. An explicit
 * affiliation at another organisation rules a contact out ("Alex Kim
 * (Shopify)" is not our Alex Kim at Notion); otherwise companies named next
 * to the person, then companies anywhere in the event, pick between
 * namesakes; failing that every namesake stays, flagged as shared.
 */
export function resolvePeople(
  candidates: readonly TrackedContact[],
  affiliation: Affiliation | null,
  nearbyCompanies: ReadonlySet<string>,
  eventCompanies: ReadonlySet<string>,
  emailMatches: ReadonlySet<string> = new Set(),
): Resolution {
  const byEmail = candidates.filter((c) => emailMatches.has(c.id));
  if (byEmail.length > 0) {
    return {
      people: byEmail.map((contact) => ({ contact, identity: 'email', shared: false })),
      ruledOut: candidates.filter((c) => !emailMatches.has(c.id)),
    };
  }

  let survivors: ResolvedPerson[] = [];
  const ruledOut: TrackedContact[] = [];
  for (const contact of candidates) {
    if (affiliation && affiliation.companyIds.length > 0) {
      if (contact.companyId && affiliation.companyIds.includes(contact.companyId)) survivors.push({ contact, identity: 'affiliation', shared: false });
      else ruledOut.push(contact);
    } else if (affiliation?.untracked) {
      if (!contact.companyId) survivors.push({ contact, identity: 'unknown', shared: false });
      else ruledOut.push(contact);
    } else {
      survivors.push({ contact, identity: 'unknown', shared: false });
    }
  }
  if (survivors.some((s) => s.identity === 'affiliation')) return { people: survivors.filter((s) => s.identity === 'affiliation'), ruledOut };

  for (const context of [nearbyCompanies, eventCompanies]) {
    const fitting = survivors.filter((s) => s.contact.companyId !== null && context.has(s.contact.companyId));
    if (fitting.length > 0) return { people: fitting.map((s) => ({ ...s, identity: 'context' })), ruledOut };
  }
  if (survivors.length > 1) survivors = survivors.map((s) => ({ ...s, shared: true }));
  return { people: survivors, ruledOut };
}
