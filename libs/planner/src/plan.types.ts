import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EventRecord } from '@app/ingestion';
import { EventMatchType, MatchEvidenceType, type MatchRecord } from '@app/matching';
import { ActionStatus, Attendance, CadenceStatus, DraftChannel, SourceKind, type TouchInput, TouchKind } from './core';
import './planner.enums';

@ObjectType('SourceRef', { description: 'An interview, interaction, project update, event, note or company of yours.' })
export class SourceRefType {
  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => ID)
  id!: string;
}

@ObjectType('TalkingPoint', { description: 'A sentence grounded in your own data; sources says where from.' })
export class TalkingPointType {
  @Field()
  kind!: string;

  @Field()
  text!: string;

  @Field(() => [SourceRefType])
  sources!: SourceRefType[];
}

@ObjectType('Draft', { description: 'Text to send yourself; topofmind never sends anything.' })
export class DraftType {
  @Field()
  kind!: string;

  @Field(() => DraftChannel)
  channel!: DraftChannel;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field()
  body!: string;

  @Field(() => [SourceRefType])
  sources!: SourceRefType[];
}

@ObjectType('TouchSuggestion')
export class TouchSuggestionType {
  @Field(() => ID, { description: 'Stable while the situation is the same.' })
  id!: string;

  contactId!: string;

  @Field(() => TouchKind)
  kind!: TouchKind;

  @Field({ description: 'The cadence rule behind it.' })
  rule!: string;

  @Field(() => DraftChannel)
  channel!: DraftChannel;

  @Field()
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  latestAt!: Date | null;

  @Field()
  overdue!: boolean;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field({ description: 'Within the channel limit: LinkedIn notes 200 characters (300 premium), emails about 150 words.' })
  draft!: string;

  @Field()
  reason!: string;

  @Field(() => [SourceRefType])
  sources!: SourceRefType[];

  @Field(() => [Date])
  remindAt!: Date[];

  @Field(() => ID, { nullable: true, description: 'The follow-up checklist item this touch is (completeFollowUp ticks it off), or null.' })
  followUpId!: string | null;
}

@ObjectType('BlockedTouch', { description: 'A touch the anti-pestering budget or a stop rule holds back, and why.' })
export class BlockedTouchType {
  @Field(() => ID)
  id!: string;

  contactId!: string;

  @Field(() => TouchKind)
  kind!: TouchKind;

  @Field()
  rule!: string;

  @Field({ description: 'STOP_RULE, BUDGET_WINDOW or BUDGET_TOTAL.' })
  blockedBy!: string;

  @Field()
  reason!: string;

  @Field()
  wouldBeDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the weekly budget frees up; null when only a reply can.' })
  availableAt!: Date | null;

  @Field(() => [SourceRefType])
  sources!: SourceRefType[];
}

@ObjectType('Relationship')
export class RelationshipType {
  @Field(() => Date, { nullable: true })
  lastTouchAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastTouchKind!: string | null;

  @Field(() => Int)
  interviewCount!: number;

  @Field(() => Int)
  unansweredTouches!: number;

  @Field(() => CadenceStatus)
  cadence!: CadenceStatus;

  @Field({ description: 'e.g. "Last touch: email on 12 Nov (1 unanswered). Interviewed on 3 Nov."' })
  summary!: string;

  @Field(() => TouchSuggestionType, { nullable: true })
  nextTouch!: TouchSuggestionType | null;

  @Field(() => BlockedTouchType, { nullable: true })
  blocked!: BlockedTouchType | null;
}

@ObjectType('MeetPerson')
export class MeetPersonType {
  contactId!: string;

  @Field({ description: 'Why this person, e.g. "Priya Raman is speaking (hiring manager at Stripe)".' })
  why!: string;

  @Field(() => [MatchEvidenceType])
  evidence!: MatchEvidenceType[];

  @Field(() => RelationshipType)
  relationship!: RelationshipType;

  @Field(() => [TalkingPointType])
  talkingPoints!: TalkingPointType[];
}

@ObjectType('PlanReason')
export class PlanReasonType {
  @Field()
  text!: string;

  @Field(() => [MatchEvidenceType])
  evidence!: MatchEvidenceType[];

  @Field({ description: 'PERSON, COMPANY, TOPIC, ATTENDANCE or CADENCE.' })
  kind!: string;
}

@ObjectType('PlanConflict')
export class PlanConflictType {
  eventId!: string;
}

@ObjectType('PlanAction')
export class PlanActionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'BEFORE or AFTER the event.' })
  when!: string;

  @Field(() => TouchKind)
  kind!: TouchKind;

  contactId!: string;

  @Field()
  text!: string;

  @Field()
  dueAt!: Date;

  @Field()
  latestAt!: Date;

  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field(() => String, { nullable: true })
  blockedReason!: string | null;

  @Field(() => DraftType, { nullable: true })
  draft!: DraftType | null;

  @Field(() => [SourceRefType])
  sources!: SourceRefType[];

  @Field(() => ID, { nullable: true, description: 'The follow-up checklist item this action is (completeFollowUp ticks it off), or null.' })
  followUpId!: string | null;
}

@ObjectType('PlanItem')
export class PlanItemType {
  eventId!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Attendance, { nullable: true })
  attendance!: Attendance | null;

  @Field(() => [EventMatchType])
  matches!: (EventMatchType & { contactId: string | null; companyId: string | null })[];

  @Field(() => [PlanReasonType])
  reasons!: PlanReasonType[];

  @Field(() => [MeetPersonType])
  meet!: MeetPersonType[];

  @Field(() => [PlanConflictType])
  conflicts!: PlanConflictType[];

  @Field(() => [PlanActionType])
  actions!: PlanActionType[];
}

@ObjectType('Plan')
export class PlanType {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => [PlanItemType], { description: 'Events worth attending, best first.' })
  items!: PlanItemType[];

  /** What the plan was computed from, for `blocked` (resolved only when asked for). */
  touchInput!: TouchInput;

  /** The candidates' catalogue rows and matches, already read: the item resolvers' loaders start with them. */
  candidates!: { events: EventRecord[]; matches: Map<string, MatchRecord[]> };
}
