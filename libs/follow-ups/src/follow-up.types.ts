import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { DraftChannel, SourceRefType } from '@app/planner';
import { FollowUpKind, FollowUpStatus } from './core';
import './follow-ups.enums';

@ObjectType('FollowUpItem', { description: 'One thing to do after an event you went to, with a draft. Nothing is sent for you.' })
export class FollowUpItemType {
  @Field(() => ID, { description: 'Stable for the life of the checklist.' })
  id!: string;

  checklistId!: string;
  eventId!: string;
  contactId!: string | null;

  @Field(() => FollowUpKind)
  kind!: FollowUpKind;

  @Field(() => FollowUpStatus, { description: 'OPEN items past due are flagged overdue; 14 days past their last moment they turn STALE.' })
  status!: FollowUpStatus;

  @Field({ description: 'When to do it (snoozed items: when they come back).' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last moment the rule allows, when it has one.' })
  latestAt!: Date | null;

  @Field()
  overdue!: boolean;

  @Field({ description: 'What to do, in words, with times in your zone.' })
  text!: string;

  @Field(() => DraftChannel, { nullable: true })
  channel!: DraftChannel | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Within the channel limit; null for items that are not a message and for closed ones.' })
  draft!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the anti-pestering budget holds this back.' })
  blockedReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the weekly budget frees up; null when only a reply can.' })
  availableAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'For STALE items: a different channel, or let it go.' })
  staleSuggestion!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the item closed by itself (a reply).' })
  closedReason!: string | null;

  @Field(() => Date, { nullable: true })
  snoozedUntil!: Date | null;

  @Field(() => String, { nullable: true })
  skipReason!: string | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => [SourceRefType], { description: 'What the item and its draft draw on.' })
  sources!: SourceRefType[];
}

@ObjectType('FollowUpChecklist', { description: 'After an event you went to: who to thank, by when, with drafts.' })
export class FollowUpChecklistType {
  @Field(() => ID)
  id!: string;

  eventId!: string;

  @Field({ description: 'True until you record whom you met ("Who did you meet?").' })
  needsAttendees!: boolean;

  @Field({ description: 'True while the event is marked MAYBE ("Did you go?").' })
  needsConfirmation!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => [FollowUpItemType], { description: 'Open and stale items first, by due time; then snoozed; then closed.' })
  items!: FollowUpItemType[];
}

export const FollowUpItemConnection = Connection(FollowUpItemType, 'FollowUpItem');
export const FollowUpChecklistConnection = Connection(FollowUpChecklistType, 'FollowUpChecklist');
