import type { Finding } from './accumulator';
import { acceptsInOrgField } from './company-rules';
import { clip } from './evidence';
import { FieldText } from './field-text';
import { isToolLink } from './hosts';
import { companiesForHost, type NameIndex } from './name-index';
import { decodeEntitiesOnce, emailDomain, hostOf, normaliseEmail } from './normalise';
import { affiliationOf, type Affiliation } from './person-rules';
import { affiliationReason, companyReason, domainReason } from './reasons';
import { matchRoleOf, SCORES } from './scoring';
import type { Token } from './tokenise';
import type { EventPerson, MatchableEvent, MatchRole } from './types';

/** A listed person, read once: their name tokens, how to show them, and the organisation the event gives them. */
export interface ListedPerson {
  person: EventPerson;
  nameField: FieldText;
  shown: string;
  affiliation: Affiliation | null;
}

const LISTED_ORGANISATION_SCORE: Record<EventPerson['role'], number> = {
  SPONSOR: SCORES.company.sponsor,
  HOST: SCORES.company.host,
  ORGANIZER: SCORES.company.organizer,
  SPEAKER: SCORES.company.affiliation,
  PERFORMER: SCORES.company.affiliation,
  ATTENDEE: SCORES.company.attendeeAffiliation,
};

function company(
  index: NameIndex,
  id: string,
  role: MatchRole,
  score: number,
  field: Finding['evidence']['field'],
  shown: string,
  reason: (name: string) => string,
): Finding {
  return { kind: 'COMPANY', id, role, score, evidence: { field, snippet: shown }, reason: reason(index.companies.get(id)?.name ?? id) };
}

/** Companies named by a structured organisation field (organizer, sponsor, affiliation). */
export function orgFieldCompanies(index: NameIndex, f: FieldText): string[] {
  const ids: string[] = [];
  for (const hit of index.names.findAll(f.tokens, (t) => t.norm)) {
    for (const entry of hit.values) {
      if (entry.kind === 'company' && acceptsInOrgField(f, hit, entry) && !ids.includes(entry.id)) ids.push(entry.id);
    }
  }
  return ids;
}

/** Companies owning a host, unless the host (or, for a link, its path) is a meeting, calendar, ticketing or document tool's. */
export function hostCompanies(index: NameIndex, host: string | null, url = ''): string[] {
  return host && !isToolLink(host, url) ? companiesForHost(index, host) : [];
}

export function organizerShown(event: MatchableEvent): string {
  const org = event.organizer;
  return clip([org?.name, org?.email && `<${org.email}>`].filter(Boolean).join(' '));
}

/** The organizer's name as a company, and the organizer's e-mail domain. */
export function organizerCompanies(index: NameIndex, event: MatchableEvent): Finding[] {
  const org = event.organizer;
  if (!org) return [];
  const shown = organizerShown(event);
  const out: Finding[] = [];
  if (org.name) {
    for (const id of orgFieldCompanies(index, new FieldText('organizer', org.name))) {
      out.push(company(index, id, 'ORGANIZER', SCORES.company.organizer, 'organizer', shown, (n) => companyReason(n, 'ORGANIZER', 'organizer')));
    }
  }
  const domain = emailDomain(normaliseEmail(org.email));
  for (const id of hostCompanies(index, domain)) {
    out.push(company(index, id, 'ORGANIZER', SCORES.company.organizerDomain, 'organizer', shown, (n) => domainReason(n, domain ?? '', 'organizer')));
  }
  return out;
}

/** The company whose domain (or a subdomain of it) serves the event page. */
export function urlCompanies(index: NameIndex, event: MatchableEvent): Finding[] {
  const url = event.url?.trim() ?? '';
  const host = url ? hostOf(url) : null;
  return hostCompanies(index, host, url).map((id) =>
    company(index, id, 'HOST', SCORES.company.urlHost, 'url', clip(url), (n) => domainReason(n, host ?? '', 'url')),
  );
}

/** Organisations listed as people (sponsors, hosts) and the organisations of listed people, by affiliation or e-mail. */
export function readListedPerson(index: NameIndex, p: EventPerson): { listed: ListedPerson; findings: Finding[] } {
  const rawName = decodeEntitiesOnce(p.name);
  // "Alex Kim (Stripe)" in a name field carries its own affiliation.
  const inline = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(rawName);
  const name = inline?.[1] ?? rawName;
  const affiliationText = p.affiliation ?? inline?.[2] ?? null;
  const nameField = new FieldText('people', name);
  const role = matchRoleOf(p.role);
  const attendee = p.role === 'ATTENDEE';
  const shown = clip(`${name} (${p.role.toLowerCase()}${affiliationText ? `, ${decodeEntitiesOnce(affiliationText)}` : ''})`);
  const findings: Finding[] = [];

  for (const id of orgFieldCompanies(index, nameField)) {
    findings.push(company(index, id, role, LISTED_ORGANISATION_SCORE[p.role], 'people', shown, (n) => companyReason(n, attendee ? 'MENTION' : role, 'people')));
  }
  const ids: string[] = [];
  let affiliationWords: Token[] = [];
  if (affiliationText) {
    const affField = new FieldText('people', affiliationText);
    affiliationWords = affField.tokens;
    for (const id of orgFieldCompanies(index, affField)) {
      ids.push(id);
      const score = attendee ? SCORES.company.attendeeAffiliation : SCORES.company.affiliation;
      findings.push(company(index, id, role, score, 'people', shown, (n) => affiliationReason(n, name, role, attendee)));
    }
  }
  const domain = emailDomain(normaliseEmail(p.email));
  for (const id of hostCompanies(index, domain)) {
    ids.push(id);
    const score = attendee ? SCORES.company.attendeeAffiliation : SCORES.company.personEmailDomain;
    findings.push(company(index, id, role, score, 'people', shown, (n) => domainReason(n, domain ?? '', 'person', name)));
  }
  return { listed: { person: p, nameField, shown, affiliation: affiliationOf(ids, affiliationWords) }, findings };
}
