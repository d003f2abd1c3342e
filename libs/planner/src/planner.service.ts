import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, ObjectLiteral, Repository } from 'typeorm';
import { AccountsService } from '@app/accounts';
import { Clock, InvalidInputException, UserId, Viewer } from '@app/common';
import { EventEntity, EventReader, EventRecord, EventsService, PerEventTable } from '@app/ingestion';
import { InteractionDirection, InteractionEntity, InteractionKind, InteractionsService } from '@app/tracking';
import { AttendanceChanges } from './attendance-changes';
import { EventAttendanceEntity } from './attendance.entity';
import {
  Attendance,
  CadenceRules,
  type CadenceRulesPatch,
  DEFAULT_EVENT_DURATION_MS,
  effectiveEnd,
  mergeCadenceRules,
  planEvents,
  planTouches,
  validateCadenceRules,
} from './core';
import { PlannerData } from './planner-data';
import { MAX_PLAN_WINDOW_DAYS } from './planner.inputs';
import { SentTouchKind } from './planner.enums';
import { toBlockedView, toPlanItemView, toTouchView } from './plan-views';
import { BlockedTouchType, PlanType, TouchSuggestionType } from './plan.types';
import { TouchClaims } from './touch-claims';

/** How far ahead next touches look for events to introduce oneself at. */
const TOUCH_EVENT_HORIZON_DAYS = 30;
const DAY_MS = 86_400_000;
/** Upcoming events considered for event introductions. */
const TOUCH_EVENT_POOL = 200;

/** Unmarked events fetched for a plan of `limit` items: a margin over the limit absorbs rounding ties. */
export const candidatePool = (limit: number) => limit + 20;

/** Logging a suggested touch as what the user did; replies are expected for messages, not for meetings. */
const TOUCH_AS_INTERACTION: Record<SentTouchKind, { kind: InteractionKind; awaitingReply: boolean }> = {
  [SentTouchKind.LINKEDIN_CONNECT]: { kind: InteractionKind.LINKEDIN_CONNECT, awaitingReply: true },
  [SentTouchKind.PROJECT_UPDATE]: { kind: InteractionKind.PROJECT_UPDATE, awaitingReply: true },
  [SentTouchKind.COFFEE_INVITE]: { kind: InteractionKind.COFFEE, awaitingReply: true },
  [SentTouchKind.EVENT_INTRODUCTION]: { kind: InteractionKind.MET_AT_EVENT, awaitingReply: false },
  [SentTouchKind.FOLLOW_UP_EMAIL]: { kind: InteractionKind.EMAIL, awaitingReply: true },
  [SentTouchKind.EMAIL]: { kind: InteractionKind.EMAIL, awaitingReply: true },
  [SentTouchKind.COFFEE]: { kind: InteractionKind.COFFEE, awaitingReply: false },
  [SentTouchKind.MET_AT_EVENT]: { kind: InteractionKind.MET_AT_EVENT, awaitingReply: false },
  [SentTouchKind.CALL]: { kind: InteractionKind.CALL, awaitingReply: false },
  [SentTouchKind.OTHER]: { kind: InteractionKind.OTHER, awaitingReply: false },
};

@Injectable()
export class PlannerService {
  constructor(
    private readonly data: PlannerData,
    private readonly events: EventsService,
    private readonly interactions: InteractionsService,
    private readonly accounts: AccountsService,
    private readonly catalogue: EventReader,
    @InjectRepository(EventAttendanceEntity) private readonly attendance: Repository<EventAttendanceEntity>,
    private readonly clock: Clock,
    private readonly attendanceChanges: AttendanceChanges,
    private readonly claims: TouchClaims,
  ) {}

  async plan(viewer: Viewer, window: { from: Date; to: Date }, limit: number, includeNotGoing = false): Promise<PlanType> {
    if (window.from >= window.to) throw InvalidInputException.field('to', 'must be after from');
    if (window.to.getTime() - window.from.getTime() > MAX_PLAN_WINDOW_DAYS * DAY_MS) {
      throw InvalidInputException.field('to', `the window may span at most ${MAX_PLAN_WINDOW_DAYS} days`);
    }
    const now = this.clock.now();
    const [relationships, candidates, claimsFor] = await Promise.all([
      this.data.relationships(viewer.id),
      this.data.candidatesToShow(viewer.id, window.from, window.to, candidatePool(limit)),
      this.claims.of(viewer.id, now),
    ]);
    const claims = claimsFor(relationships);
    const items = planEvents({ now, window, limit, includeNotGoing, ...relationships, ...candidates, claims });
    // `blocked` is worked out only if the query asks for it (PlanResolver.blocked).
    const touchInput = { now, ...relationships, events: candidates.events, matches: candidates.matches, claims };
    return { from: window.from, to: window.to, items: items.map(toPlanItemView), touchInput, candidates: candidates.records };
  }

  async nextTouches(viewer: Viewer, limit: number): Promise<{ touches: TouchSuggestionType[]; blocked: BlockedTouchType[] }> {
    const now = this.clock.now();
    const [relationships, upcoming, claimsFor] = await Promise.all([
      this.data.relationships(viewer.id),
      this.data.candidates(viewer.id, now, new Date(now.getTime() + TOUCH_EVENT_HORIZON_DAYS * DAY_MS), TOUCH_EVENT_POOL),
      this.claims.of(viewer.id, now),
    ]);
    const plan = planTouches({ now, limit, ...relationships, ...upcoming, claims: claimsFor(relationships) });
    return { touches: plan.touches.map(toTouchView), blocked: plan.blocked.map(toBlockedView) };
  }

  /** Logs a touch the user made themselves; nothing is ever sent by topofmind. */
  markTouchSent(owner: UserId, input: { contactId: string; kind: SentTouchKind; occurredAt: Date; notes?: string }): Promise<InteractionEntity> {
    const as = TOUCH_AS_INTERACTION[input.kind];
    return this.interactions.log(owner, {
      contactId: input.contactId,
      kind: as.kind,
      direction: InteractionDirection.OUTBOUND,
      occurredAt: input.occurredAt,
      notes: input.notes ?? '',
      awaitingReply: as.awaitingReply,
    });
  }

  async setAttendance(owner: UserId, eventId: string, status: Attendance): Promise<EventEntity> {
    const event = await this.events.get(owner, eventId);
    await this.attendance.upsert({ ownerId: owner, eventId: event.id, status }, ['ownerId', 'eventId']);
    const endedAt = effectiveEnd({ startsAt: event.startsAt, endsAt: event.endsAt, allDay: event.allDay });
    await this.attendanceChanges.publish({ owner, eventId: event.id, status, endedAt, cancelled: event.status.toUpperCase() === 'CANCELLED' });
    return event;
  }

  /**
   * Across all users: events marked with one of `statuses` that ended in
   * [from, to) and have no row yet in the caller's `unless` table (the
   * follow-up sweep's work), at most `limit`, earliest end first.
   */
  attendedEventsEnded<U extends ObjectLiteral>(query: { statuses: readonly Attendance[]; unless: PerEventTable<U>; from: Date; to: Date; limit: number }) {
    return this.catalogue.endedMarked({
      marks: { entity: EventAttendanceEntity, ownerId: 'ownerId', eventId: 'eventId', mark: 'status' },
      marksIn: query.statuses,
      unless: query.unless,
      from: query.from,
      to: query.to,
      limit: query.limit,
      defaultDurationMs: DEFAULT_EVENT_DURATION_MS,
    });
  }

  async attendanceOf(owner: UserId, eventIds: readonly string[]): Promise<Map<string, Attendance>> {
    const rows = await this.attendance.find({ where: { ownerId: owner, eventId: In([...eventIds]) } });
    return new Map(rows.map((r) => [r.eventId, r.status]));
  }

  /** Every attendance decision of the user with its event, for the data export. */
  async attendanceList(owner: UserId): Promise<{ status: Attendance; updatedAt: Date; event: EventRecord }[]> {
    const decisions = await this.attendance.find({ where: { ownerId: owner }, order: { updatedAt: 'ASC', eventId: 'ASC' } });
    const events = await this.eventsById(
      owner,
      decisions.map((d) => d.eventId),
    );
    return decisions.flatMap((d) => {
      const event = events.get(d.eventId);
      return event ? [{ status: d.status, updatedAt: d.updatedAt, event }] : [];
    });
  }

  cadenceRules(owner: UserId): Promise<CadenceRules> {
    return this.data.rules(owner);
  }

  /** Touches the budget or a stop rule holds back, for the inputs a plan was computed from. */
  blockedFor(plan: PlanType): BlockedTouchType[] {
    return planTouches(plan.touchInput).blocked.map(toBlockedView);
  }

  async updateCadenceRules(owner: UserId, patch: CadenceRulesPatch): Promise<CadenceRules> {
    const rules = mergeCadenceRules(await this.cadenceRules(owner), patch);
    const problems = validateCadenceRules(rules);
    if (problems.length) throw new InvalidInputException(problems.map((p) => ({ field: `input.${p.field}`, message: p.message })));
    await this.accounts.setCadenceRules(owner, rules);
    return rules;
  }

  /** Full catalogue rows of the given events (for plan items and conflicts), in one query. */
  async eventsById(owner: UserId, ids: readonly string[]): Promise<Map<string, EventRecord>> {
    const rows = await this.catalogue.byIds(owner, ids);
    return new Map(rows.map((r) => [r.id, r]));
  }
}
