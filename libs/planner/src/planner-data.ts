import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PlanningProfile, ProfileReader } from '@app/accounts';
import { UnauthenticatedException, UserId } from '@app/common';
import { EVENT_RECORD_COLUMNS, EventRecordColumn, EventRanking, EventReader, EventRecord } from '@app/ingestion';
import { MatchReader, MatchRecord, topicId } from '@app/matching';
import { RelationshipReader } from '@app/tracking';
import { EventAttendanceEntity } from './attendance.entity';
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
} from './core';
import { EventRelevanceEntity } from './relevance.entity';

/** A plan weighs the most relevant events of its window (the planner's relevance), and every event the user decided about (attendance). */
const CANDIDATE_RANKING: EventRanking<EventRelevanceEntity, EventAttendanceEntity, 'status'> = {
  scores: { entity: EventRelevanceEntity, ownerId: 'ownerId', eventId: 'eventId', score: 'relevance' },
  marks: { entity: EventAttendanceEntity, ownerId: 'ownerId', eventId: 'eventId', mark: 'status' },
};

// Stored by PlannerService.updateCadenceRules, after validation.
const rulesOf = (profile: PlanningProfile): CadenceRules =>
  profile.cadenceRules ? mergeCadenceRules(defaultCadenceRules(), profile.cadenceRules) : defaultCadenceRules();

/** Everything the planner needs to know about a user's relationships. */
export interface Relationships {
  timeZone: string;
  linkedinPremium: boolean;
  /** Signs the drafts; null leaves them signed "Best," alone. */
  senderName: string | null;
  rules: CadenceRules;
  contacts: PlannerContact[];
  companies: PlannerCompany[];
  interviews: PlannerInterview[];
  interactions: PlannerInteraction[];
  projectUpdates: PlannerProjectUpdate[];
}

/** The event fields the planning core reads. */
const PLANNED_FIELDS = [
  'title',
  'startsAt',
  'endsAt',
  'allDay',
  'startLocal',
  'location',
  'url',
  'onlineUrl',
  'categories',
  'status',
] as const satisfies readonly EventRecordColumn[];

export interface Candidates {
  events: PlannerEvent[];
  matches: PlannerMatch[];
}

/** Candidates with the catalogue rows and matches they were made from, for whoever shows them (the plan's item resolvers, the calendar feed). */
export interface ShownCandidates extends Candidates {
  records: { events: EventRecord[]; matches: Map<string, MatchRecord[]> };
}

function toPlannerMatch(m: MatchRecord): PlannerMatch {
  return {
    eventId: m.eventId,
    kind: m.kind,
    role: m.role,
    score: m.score,
    contactId: m.contactId,
    companyId: m.companyId,
    topicId: m.topic ? topicId(m.topic) : null,
    topicPhrase: m.topic,
    evidence: m.evidence,
    reason: m.reason,
  };
}

function toPlannerEvent(e: Pick<EventRecord, 'id' | (typeof PLANNED_FIELDS)[number]>, attendance: Attendance | null): PlannerEvent {
  return {
    id: e.id,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    allDay: e.allDay,
    start: e.startLocal,
    location: e.location,
    url: e.url,
    onlineUrl: e.onlineUrl,
    categories: e.categories,
    status: e.status,
    attendance,
  };
}

/**
 * Loads the planner's inputs through the other features' read ports, with a
 * fixed number of statements whatever the data size: one for the profile,
 * one per kind of tracked row, one for the candidate events and one for
 * their matches, each scoped to the user.
 */
@Injectable()
export class PlannerData {
  constructor(
    private readonly profiles: ProfileReader,
    private readonly tracking: RelationshipReader,
    private readonly catalogue: EventReader,
    private readonly matching: MatchReader,
    @InjectRepository(EventAttendanceEntity) private readonly attendance: Repository<EventAttendanceEntity>,
  ) {}

  /** Just the user's cadence rules (the defaults with their edits applied). */
  async rules(owner: UserId): Promise<CadenceRules> {
    return rulesOf(await this.profile(owner));
  }

  async relationships(owner: UserId): Promise<Relationships> {
    const [profile, tracked] = await Promise.all([this.profile(owner), this.tracking.relationshipsOf(owner)]);
    return {
      timeZone: profile.timeZone,
      linkedinPremium: profile.linkedinPremium,
      senderName: profile.displayName,
      rules: rulesOf(profile),
      ...tracked,
    };
  }

  /**
   * Events overlapping [from, to) worth planning, with their matches: every
   * event the user marked, plus the `top` unmarked events by relevance (kept
   * per event by RelevanceService with the planner's own weights), so a
   * window of 20,000 events ships only the rows that can make the plan.
   */
  async candidates(owner: UserId, from: Date, to: Date, top: number): Promise<Candidates> {
    const { events, matches } = await this.read(owner, from, to, top, PLANNED_FIELDS);
    return { events, matches };
  }

  /** The same candidates with their whole catalogue rows and stored matches. */
  async candidatesToShow(owner: UserId, from: Date, to: Date, top: number): Promise<ShownCandidates> {
    return this.read(owner, from, to, top, EVENT_RECORD_COLUMNS);
  }

  /** Some of the user's events as the planner sees them (attendance and matches included), whatever their date: for looking back at events. */
  async eventsByIds(owner: UserId, ids: readonly string[]): Promise<ShownCandidates> {
    if (ids.length === 0) return { events: [], matches: [], records: { events: [], matches: new Map() } };
    const [records, matches, marks] = await Promise.all([
      this.catalogue.byIds(owner, ids),
      this.matching.ofEvents(owner, ids),
      this.attendance.find({ where: { ownerId: owner, eventId: In([...ids]) } }),
    ]);
    const attendance = new Map(marks.map((mark) => [mark.eventId, mark.status]));
    const events = records.map((record) => toPlannerEvent(record, attendance.get(record.id) ?? null));
    return { events, matches: events.flatMap((e) => (matches.get(e.id) ?? []).map(toPlannerMatch)), records: { events: records, matches } };
  }

  private async read<F extends EventRecordColumn>(owner: UserId, from: Date, to: Date, top: number, fields: readonly (F | (typeof PLANNED_FIELDS)[number])[]) {
    const chosen = await this.catalogue.rankedInWindow(owner, { from, to }, CANDIDATE_RANKING, top, fields);
    const matches = await this.matching.ofEvents(
      owner,
      chosen.map((c) => c.event.id),
    );
    const events: PlannerEvent[] = chosen.map(({ event, mark }) => toPlannerEvent(event, mark));
    return {
      events,
      matches: events.flatMap((e) => (matches.get(e.id) ?? []).map(toPlannerMatch)),
      records: { events: chosen.map((c) => c.event), matches },
    };
  }

  private async profile(owner: UserId): Promise<PlanningProfile> {
    const profile = await this.profiles.planningProfile(owner);
    if (!profile) throw new UnauthenticatedException();
    return profile;
  }
}
