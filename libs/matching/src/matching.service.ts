import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TimeSlicer, UserId } from '@app/common';
import { buildMatcher, EventMatch, MatchableEvent, Matcher } from './core';
import { MatchingChanges } from './matching-changes';
import { userTopics } from './tracked-set';

const CHUNK = 2_000;
/** Editing a company or contact re-matches events from this long ago onwards ("upcoming", with a margin). */
const REMATCH_FROM_MS = 24 * 3600 * 1000;

interface EventRow {
  id: string;
  title: string;
  description: string | null;
  location: string | null;
  organizer: MatchableEvent['organizer'];
  people: MatchableEvent['people'];
  categories: string[];
  url: string | null;
}

/**
 * Keeps each user's event matches current: new or changed events are
 * matched right after ingest, and editing what the user tracks re-matches
 * their upcoming events. Matches are stored per user and never shared.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger('Matching');

  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: MatchingChanges,
  ) {}

  /** Matches the given events of the owner (replacing their previous matches). */
  async matchEvents(owner: UserId, eventIds: readonly string[]): Promise<number> {
    if (eventIds.length === 0) return 0;
    const { matcher, topics } = await this.matcherFor(owner);
    let stored = 0;
    for (let i = 0; i < eventIds.length; i += CHUNK) {
      const ids = eventIds.slice(i, i + CHUNK);
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT id, title, description, location, organizer, people, categories, url FROM events WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
        [owner, ids],
      );
      const matches = await this.matchRows(rows, matcher);
      stored += await this.dataSource.transaction((manager) => this.replace(manager, owner, ids, matches, topics));
      await this.changes.publish(owner, ids);
    }
    return stored;
  }

  /** Re-matches the owner's upcoming events after their tracked companies, contacts or topics changed. */
  async rematchUpcoming(owner: UserId, now = new Date()): Promise<number> {
    const started = Date.now();
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM events WHERE owner_id = $1 AND starts_at >= $2', [
      owner,
      new Date(now.getTime() - REMATCH_FROM_MS),
    ]);
    const stored = await this.matchEvents(owner, rows.map((r) => r.id));
    if (rows.length > 1_000) this.logger.log(`re-matched ${rows.length} upcoming events (${stored} matches) in ${Date.now() - started} ms`);
    return stored;
  }

  private async matcherFor(owner: UserId): Promise<{ matcher: Matcher; topics: Map<string, string> }> {
    const [companies, contacts, [user]] = await Promise.all([
      this.dataSource.query('SELECT id, name, aliases, domains, role_title FROM companies WHERE owner_id = $1', [owner]),
      this.dataSource.query('SELECT id, name, aliases, company_id, email, title FROM contacts WHERE owner_id = $1', [owner]),
      this.dataSource.query('SELECT target_roles, interests FROM users WHERE id = $1', [owner]),
    ]);
    const topics = userTopics(user?.target_roles ?? [], user?.interests ?? [], companies.map((c: { role_title: string | null }) => c.role_title));
    const matcher = buildMatcher({
      companies: companies.map((c: { id: string; name: string; aliases: string[]; domains: string[] }) => ({ id: c.id, name: c.name, aliases: c.aliases, domains: c.domains })),
      contacts: contacts.map((c: { id: string; name: string; aliases: string[]; company_id: string | null; email: string | null; title: string | null }) => ({
        id: c.id,
        name: c.name,
        aliases: c.aliases,
        companyId: c.company_id,
        email: c.email,
        title: c.title,
      })),
      topics,
    });
    return { matcher, topics: new Map(topics.map((t) => [t.id, t.phrase])) };
  }

  /** Thousands of events are matched after a large import: other users' requests go on in between. */
  private async matchRows(rows: EventRow[], matcher: Matcher): Promise<(EventMatch & { eventId: string })[]> {
    const matches: (EventMatch & { eventId: string })[] = [];
    const slicer = new TimeSlicer();
    for (const row of rows) {
      for (const match of matcher.match({ ...row, people: row.people ?? [], categories: row.categories ?? [] })) matches.push({ ...match, eventId: row.id });
      await slicer.tick();
    }
    return matches;
  }

  private async replace(
    manager: EntityManager,
    owner: UserId,
    ids: readonly string[],
    matches: (EventMatch & { eventId: string })[],
    topics: Map<string, string>,
  ): Promise<number> {
    await manager.query('DELETE FROM event_matches WHERE owner_id = $1 AND event_id = ANY($2::uuid[])', [owner, ids]);
    if (matches.length === 0) return 0;
    await manager.query(
      `INSERT INTO event_matches (owner_id, event_id, kind, role, score, contact_id, company_id, topic, evidence, reason)
       SELECT $1, r.event_id, r.kind, r.role, r.score, r.contact_id, r.company_id, r.topic, r.evidence, r.reason
         FROM json_to_recordset($2::json) AS r(event_id uuid, kind match_kind, role match_role, score real, contact_id uuid,
              company_id uuid, topic text, evidence jsonb, reason text)`,
      [
        owner,
        JSON.stringify(
          matches.map((m) => ({
            event_id: m.eventId,
            kind: m.kind,
            role: m.role,
            score: m.score,
            contact_id: m.contactId,
            company_id: m.companyId,
            topic: m.topicId ? (topics.get(m.topicId) ?? null) : null,
            evidence: m.evidence,
            reason: m.reason,
          })),
        ),
      ],
    );
    return matches.length;
  }
}
