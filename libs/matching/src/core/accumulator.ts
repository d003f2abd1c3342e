import { combine, SCORES } from './scoring';
import type { EventMatch, Evidence, MatchKind, MatchRole } from './types';

export interface Finding {
  kind: MatchKind;
  id: string;
  role: MatchRole;
  score: number;
  evidence: Evidence;
  reason: string;
}

interface Merged {
  kind: MatchKind;
  id: string;
  best: Finding;
  evidence: Evidence[];
  fields: Set<string>;
}

const KIND_ORDER: Record<MatchKind, number> = { PERSON: 0, COMPANY: 1, TOPIC: 2 };
// Every field with evidence is kept; within a field two snippets show why, more would repeat the same name.
const MAX_EVIDENCE_PER_FIELD = 2;

/** Merges findings into one match per (kind, id), keeping the strongest role and reason and all distinct evidence. */
export class MatchAccumulator {
  private readonly merged = new Map<string, Merged>();

  add(finding: Finding): void {
    const key = `${finding.kind}\u0000${finding.id}`;
    const existing = this.merged.get(key);
    if (!existing) {
      this.merged.set(key, { kind: finding.kind, id: finding.id, best: finding, evidence: [finding.evidence], fields: new Set([finding.evidence.field]) });
      return;
    }
    if (finding.score > existing.best.score) existing.best = finding;
    existing.fields.add(finding.evidence.field);
    const sameField = existing.evidence.filter((e) => e.field === finding.evidence.field);
    const duplicate = sameField.some((e) => e.snippet === finding.evidence.snippet);
    if (!duplicate && sameField.length < MAX_EVIDENCE_PER_FIELD) existing.evidence.push(finding.evidence);
  }

  has(kind: MatchKind, id: string): boolean {
    return this.merged.has(`${kind}\u0000${id}`);
  }

  ids(kind: MatchKind): Set<string> {
    return new Set([...this.merged.values()].filter((m) => m.kind === kind).map((m) => m.id));
  }

  results(): EventMatch[] {
    const out = [...this.merged.values()].map((m): EventMatch => {
      const cap = m.kind === 'TOPIC' ? SCORES.topic.cap : 1;
      return {
        kind: m.kind,
        role: m.best.role,
        score: combine(m.best.score, m.fields.size, Math.max(cap, m.best.score)),
        contactId: m.kind === 'PERSON' ? m.id : null,
        companyId: m.kind === 'COMPANY' ? m.id : null,
        topicId: m.kind === 'TOPIC' ? m.id : null,
        evidence: m.evidence,
        reason: m.best.reason,
      };
    });
    return out.sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareIds(idOf(a), idOf(b)));
  }
}

// Code-unit order, not localeCompare: the order must not depend on the server's locale.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function idOf(m: EventMatch): string {
  return m.contactId ?? m.companyId ?? m.topicId ?? '';
}
