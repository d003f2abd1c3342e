import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserId } from '@app/common';
import { topicId } from '@app/matching';
import {
  Attendance,
  CadenceRules,
  defaultCadenceRules,
  mergeCadenceRules,
  PlannerCompany,
  PlannerContact,
  PlannerEvent,
  PlannerInteraction,
  PlannerInterview,
  PlannerMatch,
  PlannerProjectUpdate,
  type CadenceRulesPatch,
} from './core';

interface UserRow {
  time_zone: string;
  linkedin_premium: boolean;
  email: string;
  cadence_rules: CadenceRulesPatch | null;
}

const USER_SQL = 'SELECT time_zone, linkedin_premium, email, cadence_rules FROM users WHERE id = $1';
const rulesOf = (user: UserRow): CadenceRules =>
  user.cadence_rules ? mergeCadenceRules(defaultCadenceRules(), user.cadence_rules) : defaultCadenceRules();

/** Everything the planner needs to know about a user's relationships. */
export interface Relationships {
  timeZone: string;
  linkedinPremium: boolean;
  senderName: string | null;
  rules: CadenceRules;
  contacts: PlannerContact[];
  companies: PlannerCompany[];
  interviews: PlannerInterview[];
  interactions: PlannerInteraction[];
  projectUpdates: PlannerProjectUpdate[];
}

export interface Candidates {
  events: PlannerEvent[];
  matches: PlannerMatch[];
}

interface CandidateRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  all_day: boolean;
  start_local: string;
  location: string | null;
  url: string | null;
  online_url: string | null;
  categories: string[];
  status: string;
  attendance: Attendance | null;
  matches: {
    kind: PlannerMatch['kind'];
    role: PlannerMatch['role'];
    score: number;
    contact_id: string | null;
    company_id: string | null;
    topic: string | null;
    evidence: PlannerMatch['evidence'];
    reason: string;
  }[];
}

/**
 * Loads the planner's inputs with a fixed number of statements whatever the
 * data size: one per kind of row, each scoped to the user.
 */
@Injectable()
export class PlannerData {
  constructor(private readonly dataSource: DataSource) {}

  /** Just the user's cadence rules (the defaults with their edits applied). */
  async rules(owner: UserId): Promise<CadenceRules> {
    const [user]: UserRow[] = await this.dataSource.query(USER_SQL, [owner]);
    return rulesOf(user);
  }

  async relationships(owner: UserId): Promise<Relationships> {
    const q = <T>(sql: string) => this.dataSource.query<T[]>(sql, [owner]);
    const [[user], contacts, companies, interviews, interactions, updates] = await Promise.all([
      q<UserRow>(USER_SQL),
      q<{ id: string; name: string; role: PlannerContact['role']; title: string | null; company_id: string | null; company_name: string | null; linkedin_connected: boolean; linkedin_url: string | null; email: string | null; interests: string[] }>(
        `SELECT c.id, c.name, c.role, c.title, c.company_id, co.name AS company_name, c.linkedin_connected, c.linkedin_url, c.email, c.interests
           FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.owner_id = $1`,
      ),
      q<PlannerCompany>('SELECT id, name FROM companies WHERE owner_id = $1'),
      q<{ id: string; company_id: string; contact_ids: string[]; occurred_at: Date; title: string | null; topics: string[]; questions_asked: string[]; concerns: string[]; promises: string[] }>(
        `SELECT i.id, i.company_id, i.occurred_at, i.title, i.topics, i.questions_asked, i.concerns, i.promises,
                coalesce(array_agg(ic.contact_id) FILTER (WHERE ic.contact_id IS NOT NULL), '{}') AS contact_ids
           FROM interviews i LEFT JOIN interview_contacts ic ON ic.interview_id = i.id
          WHERE i.owner_id = $1 GROUP BY i.id`,
      ),
      q<{ id: string; contact_id: string; kind: PlannerInteraction['kind']; direction: PlannerInteraction['direction']; occurred_at: Date; notes: string; awaiting_reply: boolean }>(
        'SELECT id, contact_id, kind, direction, occurred_at, notes, awaiting_reply FROM interactions WHERE owner_id = $1',
      ),
      q<{ id: string; title: string; summary: string; url: string | null; tags: string[]; occurred_on: string }>(
        'SELECT id, title, summary, url, tags, CAST(occurred_on AS text) AS occurred_on FROM project_updates WHERE owner_id = $1',
      ),
    ]);
    return {
      timeZone: user.time_zone,
      linkedinPremium: user.linkedin_premium,
      senderName: null,
      rules: rulesOf(user),
      contacts: contacts.map((c) => ({
        id: c.id,
        name: c.name,
        role: c.role,
        title: c.title,
        companyId: c.company_id,
        companyName: c.company_name,
        linkedinConnected: c.linkedin_connected,
        linkedinUrl: c.linkedin_url,
        email: c.email,
        interests: c.interests,
      })),
      companies,
      interviews: interviews.map((i) => ({
        id: i.id,
        companyId: i.company_id,
        contactIds: i.contact_ids,
        occurredAt: i.occurred_at,
        title: i.title,
        topics: i.topics,
        questionsAsked: i.questions_asked,
        concerns: i.concerns,
        promises: i.promises,
      })),
      interactions: interactions.map((i) => ({
        id: i.id,
        contactId: i.contact_id,
        kind: i.kind,
        direction: i.direction,
        occurredAt: i.occurred_at,
        notes: i.notes,
        awaitingReply: i.awaiting_reply,
      })),
      projectUpdates: updates.map((u) => ({ id: u.id, title: u.title, summary: u.summary, url: u.url, tags: u.tags, occurredOn: u.occurred_on })),
    };
  }

  /**
   * Events overlapping [from, to) worth planning, with their matches, in
   * one statement: every event the user marked, plus the `top` unmarked
   * events by relevance (kept on each event by RelevanceService with the
   * planner's own weights), so a window of 20,000 events ships only the rows
   * that can make the plan.
   */
  async candidates(owner: UserId, from: Date, to: Date, top: number): Promise<Candidates> {
    const rows: CandidateRow[] = await this.dataSource.query(
      `WITH chosen AS (
         (SELECT e.id AS event_id FROM events e
           WHERE e.owner_id = $1 AND e.starts_at < $3 AND coalesce(e.ends_at, e.starts_at) >= $2
             AND e.relevance > 0 AND e.status <> 'CANCELLED'
             AND NOT EXISTS (SELECT 1 FROM event_attendance a WHERE a.owner_id = $1 AND a.event_id = e.id)
           ORDER BY e.relevance DESC, e.starts_at, e.id LIMIT $4)
         UNION
         SELECT a.event_id FROM event_attendance a JOIN events e ON e.id = a.event_id
          WHERE a.owner_id = $1 AND e.starts_at < $3 AND coalesce(e.ends_at, e.starts_at) >= $2
       )
       SELECT e.id, e.title, e.starts_at, e.ends_at, e.all_day, e.start_local, e.location, e.url, e.online_url, e.categories, e.status,
              a.status AS attendance,
              coalesce((SELECT json_agg(json_build_object('kind', m.kind, 'role', m.role, 'score', m.score, 'contact_id', m.contact_id,
                          'company_id', m.company_id, 'topic', m.topic, 'evidence', m.evidence, 'reason', m.reason) ORDER BY m.score DESC)
                          FROM event_matches m WHERE m.owner_id = e.owner_id AND m.event_id = e.id), '[]') AS matches
         FROM chosen ch JOIN events e ON e.id = ch.event_id
         LEFT JOIN event_attendance a ON a.owner_id = e.owner_id AND a.event_id = e.id`,
      [owner, from, to, top],
    );
    const events: PlannerEvent[] = [];
    const matches: PlannerMatch[] = [];
    for (const r of rows) {
      events.push({
        id: r.id,
        title: r.title,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        allDay: r.all_day,
        start: r.start_local,
        location: r.location,
        url: r.url,
        onlineUrl: r.online_url,
        categories: r.categories,
        status: r.status,
        attendance: r.attendance,
      });
      for (const m of r.matches) {
        matches.push({
          eventId: r.id,
          kind: m.kind,
          role: m.role,
          score: m.score,
          contactId: m.contact_id,
          companyId: m.company_id,
          topicId: m.topic ? topicId(m.topic) : null,
          topicPhrase: m.topic,
          evidence: m.evidence,
          reason: m.reason,
        });
      }
    }
    return { events, matches };
  }
}
