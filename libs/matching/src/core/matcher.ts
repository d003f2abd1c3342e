import { MatchAccumulator, type Finding } from './accumulator';
import { judgeCategory, judgeCompanyMention, propagateThroughLists, type CompanyMention } from './company-rules';
import { clip, snippet } from './evidence';
import { FieldText } from './field-text';
import { buildNameIndex, personKey, type NameIndex } from './name-index';
import { decodeEntitiesOnce, emailDomain, hostOf, normaliseEmail } from './normalise';
import {
  acceptPersonAffiliations,
  companiesNear,
  extendsName,
  resolvePeople,
  textAffiliation,
  writtenAsName,
  type Affiliation,
  type PersonHit,
  type Resolution,
  type ResolvedPerson,
} from './person-rules';
import { companyReason, domainReason, personReason, topicReason } from './reasons';
import { companyRoleCue, personRoleCue } from './role-cues';
import { matchRoleOf, personScore, SCORES, topicScore, type PersonTier } from './scoring';
import { hostCompanies, organizerCompanies, organizerShown, readListedPerson, urlCompanies, type ListedPerson } from './structured-fields';
import { findTopics } from './topic-rules';
import { tokenise, type Token } from './tokenise';
import type { EventMatch, EvidenceField, MatchableEvent, Matcher, MatcherInput, MatchRole, TrackedContact } from './types';

/**
 * Builds the index of tracked names once; `match` then costs time linear in
 * the event's text, whatever the number of tracked names.
 */
export function buildMatcher(input: MatcherInput): Matcher {
  const index = buildNameIndex(input);
  return { match: (event) => new EventMatching(index, event).run() };
}

interface FieldScan {
  field: FieldText;
  mentions: CompanyMention[];
  persons: PersonHit[];
}

const normKey = (t: Token) => t.norm;

/** One event being matched: companies first, since they tell namesakes apart, then people. */
class EventMatching {
  private readonly acc = new MatchAccumulator();
  private readonly personFindings: { finding: Finding; pinned: boolean }[] = [];
  private readonly ruledOut = new Set<string>();

  constructor(
    private readonly index: NameIndex,
    private readonly event: MatchableEvent,
  ) {}

  run(): EventMatch[] {
    for (const f of organizerCompanies(this.index, this.event)) this.acc.add(f);
    for (const f of urlCompanies(this.index, this.event)) this.acc.add(f);
    const listed = this.event.people.map((p) => {
      const read = readListedPerson(this.index, p);
      for (const f of read.findings) this.acc.add(f);
      return read.listed;
    });
    const scans = this.textFields().map((f) => this.scanField(f));

    const eventCompanies = this.acc.ids('COMPANY');
    this.organizerPerson(eventCompanies);
    for (const l of listed) this.listedPerson(l, eventCompanies);
    for (const scan of scans) this.textPeople(scan, eventCompanies);
    this.settlePeople();
    return this.acc.results();
  }

  private textFields(): FieldText[] {
    const e = this.event;
    const fields = [new FieldText('title', e.title)];
    if (e.description) fields.push(new FieldText('description', e.description));
    if (e.location) fields.push(new FieldText('location', e.location));
    for (const category of e.categories) fields.push(new FieldText('categories', category));
    return fields;
  }

  /** Company and person names and topics in one free-text field; companies and topics are recorded at once. */
  private scanField(f: FieldText): FieldScan {
    const mentions: CompanyMention[] = [];
    const persons: PersonHit[] = [];
    const hits = this.index.names.findAll(f.tokens, normKey);
    for (let at = 0; at < hits.length; at++) {
      const hit = hits[at];
      const contacts: TrackedContact[] = [];
      for (const entry of hit.values) {
        if (entry.kind === 'company') {
          const { state, cue } = f.field === 'categories' ? judgeCategory(f, hit, entry) : judgeCompanyMention(f, hit, entry);
          mentions.push({ companyId: entry.id, start: hit.start, end: hit.end, state, cue });
        } else if (writtenAsName(f, hit, entry) && !extendsName(f, hits, at)) {
          const contact = this.index.contacts.get(entry.id);
          if (contact && !contacts.includes(contact)) contacts.push(contact);
        }
      }
      if (contacts.length > 0) persons.push({ start: hit.start, end: hit.end, contacts });
    }
    propagateThroughLists(f, mentions);
    acceptPersonAffiliations(f, mentions, persons);
    for (const m of mentions) if (m.state === 'accepted') this.companyMention(f, m);
    // Topics are what the event is about: its title, description and categories, not where it is or who runs it.
    if (f.field === 'title' || f.field === 'description' || f.field === 'categories') {
      for (const t of findTopics(f, this.index)) {
        const evidence = { field: f.field, snippet: snippet(f.text, tokenStart(f, t.start), tokenEnd(f, t.end)) };
        this.acc.add({
          kind: 'TOPIC',
          id: t.entry.topic.id,
          role: 'TOPIC',
          score: topicScore(f.field, t.entry.topic),
          evidence,
          reason: topicReason(t.entry.topic),
        });
      }
    }
    if (f.field === 'description') this.linkedCompanies(f);
    return { field: f, mentions, persons };
  }

  private companyMention(f: FieldText, m: CompanyMention): void {
    const role: MatchRole = f.field === 'location' ? 'HOST' : companyRoleCue(f, m.start, m.end);
    const score =
      f.field === 'location'
        ? SCORES.company.location
        : role !== 'MENTION'
          ? SCORES.company.textWithRole
          : f.field === 'title'
            ? SCORES.company.title
            : f.field === 'categories'
              ? SCORES.company.categories
              : SCORES.company.description;
    const name = this.index.companies.get(m.companyId)?.name ?? m.companyId;
    const evidence = { field: f.field, snippet: snippet(f.text, tokenStart(f, m.start), tokenEnd(f, m.end)) };
    this.acc.add({ kind: 'COMPANY', id: m.companyId, role, score, evidence, reason: companyReason(name, role, f.field) });
  }

  /** A company site or address linked from the description ("Register at datadoghq.com/dash"). */
  private linkedCompanies(f: FieldText): void {
    for (const link of f.tok.links) {
      const host = link.kind === 'url' ? hostOf(link.text) : emailDomain(link.text);
      for (const id of hostCompanies(this.index, host, link.text)) {
        const name = this.index.companies.get(id)?.name ?? id;
        const evidence = { field: 'description' as const, snippet: clip(link.text) };
        this.acc.add({ kind: 'COMPANY', id, role: 'MENTION', score: SCORES.company.linkInText, evidence, reason: domainReason(name, host ?? '', 'link') });
      }
    }
  }

  private organizerPerson(eventCompanies: ReadonlySet<string>): void {
    const org = this.event.organizer;
    if (!org) return;
    const email = normaliseEmail(org.email);
    const byEmail = email ? (this.index.contactsByEmail.get(email) ?? []) : [];
    const byName = org.name ? (this.index.contactsByKey.get(personKey(tokenise(decodeEntitiesOnce(org.name)).tokens)) ?? []) : [];
    const candidates = unique([...byEmail, ...byName]);
    if (candidates.length === 0) return;
    const domainIds = hostCompanies(this.index, emailDomain(email));
    const affiliation: Affiliation | null = domainIds.length > 0 ? { companyIds: domainIds, untracked: false } : null;
    const shown = organizerShown(this.event);
    const resolution = resolvePeople(candidates, affiliation, new Set(), eventCompanies, new Set(byEmail.map((c) => c.id)));
    this.notePeople(resolution, (r) => this.personFinding(r, 'ORGANIZER', 'structured', 'organizer', shown));
  }

  private listedPerson(listed: ListedPerson, eventCompanies: ReadonlySet<string>): void {
    const email = normaliseEmail(listed.person.email);
    const byEmail = email ? (this.index.contactsByEmail.get(email) ?? []) : [];
    const byName = this.index.contactsByKey.get(personKey(listed.nameField.tokens)) ?? [];
    const candidates = unique([...byEmail, ...byName]);
    if (candidates.length === 0) return;
    const attendee = listed.person.role === 'ATTENDEE';
    const resolution = resolvePeople(candidates, listed.affiliation, new Set(), eventCompanies, new Set(byEmail.map((c) => c.id)));
    this.notePeople(resolution, (r) =>
      this.personFinding(r, matchRoleOf(listed.person.role), attendee ? 'attendee' : 'structured', 'people', listed.shown, attendee),
    );
  }

  private textPeople(scan: FieldScan, eventCompanies: ReadonlySet<string>): void {
    const f = scan.field;
    const starts = new Set(scan.persons.map((p) => p.start));
    for (const hit of scan.persons) {
      const affiliation = textAffiliation(f, hit.start, hit.end, scan.mentions, starts);
      const role = personRoleCue(f, hit.start);
      const tier: PersonTier = role !== 'MENTION' ? 'textWithRole' : f.field === 'title' ? 'title' : 'text';
      const shown = snippet(f.text, tokenStart(f, hit.start), tokenEnd(f, hit.end));
      const resolution = resolvePeople(hit.contacts, affiliation, companiesNear(f, hit, scan.mentions), eventCompanies);
      this.notePeople(resolution, (r) => this.personFinding(r, role, tier, f.field, shown));
    }
  }

  private personFinding(r: ResolvedPerson, role: MatchRole, tier: PersonTier, field: EvidenceField, shown: string, attendee = false): Finding {
    return {
      kind: 'PERSON',
      id: r.contact.id,
      role,
      score: personScore(tier, r.identity, r.shared),
      evidence: { field, snippet: shown },
      reason: personReason(r.contact.name, role, field, { attendee, shared: r.shared }),
    };
  }

  private notePeople(resolution: Resolution, finding: (r: ResolvedPerson) => Finding): void {
    for (const c of resolution.ruledOut) this.ruledOut.add(c.id);
    for (const r of resolution.people) this.personFindings.push({ finding: finding(r), pinned: r.identity === 'email' || r.identity === 'affiliation' });
  }

  /**
   * One name in one event is one person: when any field places them at
   * another organisation ("Emily Carter (HarperCollins)"), a bare mention of
   * the same name elsewhere ("Emily Carter book signing") is not our contact
   * either, unless some field pins our contact down.
   */
  private settlePeople(): void {
    const pinned = new Set(this.personFindings.filter((p) => p.pinned).map((p) => p.finding.id));
    for (const { finding } of this.personFindings) {
      if (this.ruledOut.has(finding.id) && !pinned.has(finding.id)) continue;
      this.acc.add(finding);
    }
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function tokenStart(f: FieldText, i: number): number {
  return f.tokens[i].start;
}

function tokenEnd(f: FieldText, end: number): number {
  return f.tokens[end - 1].end;
}
