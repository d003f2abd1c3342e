import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProfileReader } from '@app/accounts';
import { TimeSlicer, UserId } from '@app/common';
import { EventReader, EventRecord } from '@app/ingestion';
import { Metrics } from '@app/metrics';
import { RelationshipReader } from '@app/tracking';
import { buildMatcher, EventMatch, Matcher } from './core';
import { MatchingChanges } from './matching-changes';
import { userTopics } from './tracked-set';

const CHUNK = 2_000;
/** Editing a company or contact re-matches events from this long ago onwards ("upcoming", with a margin). */
const REMATCH_FROM_MS = 24 * 3600 * 1000;

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
    private readonly events: EventReader,
    private readonly relationships: RelationshipReader,
    private readonly profiles: ProfileReader,
    private readonly metrics: Metrics,
  ) {}

  /** Matches the given events of the owner (replacing their previous matches). */
  async matchEvents(owner: UserId, eventIds: readonly string[]): Promise<number> {
    if (eventIds.length === 0) return 0;
    const { matcher, topics } = await this.matcherFor(owner);
    let stored = 0;
    for (let i = 0; i < eventIds.length; i += CHUNK) {
      const ids = eventIds.slice(i, i + CHUNK);
      const rows = await this.events.byIds(owner, ids);
      const matches = await this.matchRows(rows, matcher);
      stored += await this.dataSource.transaction((manager) => this.replace(manager, owner, ids, matches, topics));
      this.metrics.matchesComputed.inc(matches.length);
      await this.changes.publish(owner, ids);
    }
    return stored;
  }

  /** Re-matches the owner's upcoming events after their tracked companies, contacts or topics changed. */
  async rematchUpcoming(owner: UserId, now = new Date()): Promise<number> {
    const started = Date.now();
    const ids = await this.events.idsStartingFrom(owner, new Date(now.getTime() - REMATCH_FROM_MS));
    const stored = await this.matchEvents(owner, ids);
    if (ids.length > 1_000) this.logger.log(`re-matched ${ids.length} upcoming events (${stored} matches) in ${Date.now() - started} ms`);
    return stored;
  }

  private async matcherFor(owner: UserId): Promise<{ matcher: Matcher; topics: Map<string, string> }> {
    const [{ companies, contacts }, profile] = await Promise.all([this.relationships.namesOf(owner), this.profiles.planningProfile(owner)]);
    const topics = userTopics(
      profile?.targetRoles ?? [],
      profile?.interests ?? [],
      companies.map((c) => c.roleTitle),
    );
    const matcher = buildMatcher({
      companies: companies.map((c) => ({ id: c.id, name: c.name, aliases: c.aliases, domains: c.domains })),
      contacts,
      topics,
    });
    return { matcher, topics: new Map(topics.map((t) => [t.id, t.phrase])) };
  }

  /** Thousands of events are matched after a large import: other users' requests go on in between. */
  private async matchRows(rows: EventRecord[], matcher: Matcher): Promise<(EventMatch & { eventId: string })[]> {
    const matches: (EventMatch & { eventId: string })[] = [];
    const slicer = new TimeSlicer();
    for (const row of rows) {
      const { id, title, description, location, organizer, url } = row;
      const event = { id, title, description, location, organizer, url, people: row.people ?? [], categories: row.categories ?? [] };
      for (const match of matcher.match(event)) matches.push({ ...match, eventId: id });
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
