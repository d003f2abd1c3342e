import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsOptional, ValidateNested } from 'class-validator';

/*
 * The cadence rules as GraphQL types: one object per rule of the PRODUCT.md
 * defaults table, and an input where every field is optional (a patch).
 * Ranges are checked by the planner core's validateCadenceRules.
 */

@ObjectType('ThankYouRules')
export class ThankYouRulesType {
  @Field(() => Int)
  withinHours!: number;
}

@InputType('ThankYouRulesInput')
export class ThankYouRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  withinHours?: number;
}

@ObjectType('InterviewSilenceRules')
export class InterviewSilenceRulesType {
  @Field(() => Int)
  firstCheckInDays!: number;

  @Field(() => Boolean)
  firstCheckInBusinessDays!: boolean;

  @Field(() => Int)
  repeatCheckInMinDays!: number;

  @Field(() => Int)
  repeatCheckInMaxDays!: number;

  @Field(() => Boolean)
  repeatCheckInBusinessDays!: boolean;

  @Field(() => Int)
  stopAfterUnanswered!: number;
}

@InputType('InterviewSilenceRulesInput')
export class InterviewSilenceRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  firstCheckInDays?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  firstCheckInBusinessDays?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  repeatCheckInMinDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  repeatCheckInMaxDays?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  repeatCheckInBusinessDays?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  stopAfterUnanswered?: number;
}

@ObjectType('MetAtEventRules')
export class MetAtEventRulesType {
  @Field(() => Int)
  followUpMinDays!: number;

  @Field(() => Int)
  followUpMaxDays!: number;

  @Field(() => Boolean)
  followUpBusinessDays!: boolean;

  @Field(() => Int)
  linkedinNoteWithinHours!: number;

  @Field(() => Int)
  reminderAfterDays!: number;

  @Field(() => Int)
  maxReminders!: number;
}

@InputType('MetAtEventRulesInput')
export class MetAtEventRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  followUpMinDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  followUpMaxDays?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  followUpBusinessDays?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  linkedinNoteWithinHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  reminderAfterDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxReminders?: number;
}

@ObjectType('CoffeeRequestRules')
export class CoffeeRequestRulesType {
  @Field(() => Int)
  waitDays!: number;

  @Field(() => Int)
  maxMessages!: number;
}

@InputType('CoffeeRequestRulesInput')
export class CoffeeRequestRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  waitDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxMessages?: number;
}

@ObjectType('KeepInTouchRules')
export class KeepInTouchRulesType {
  @Field(() => Int)
  idealDays!: number;

  @Field(() => Int)
  maxDays!: number;
}

@InputType('KeepInTouchRulesInput')
export class KeepInTouchRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  idealDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxDays?: number;
}

@ObjectType('EventHeadsUpRules')
export class EventHeadsUpRulesType {
  @Field(() => [Int])
  daysBefore!: number[];
}

@InputType('EventHeadsUpRulesInput')
export class EventHeadsUpRulesInput {
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  daysBefore?: number[];
}

@ObjectType('LinkedinNoteRules')
export class LinkedinNoteRulesType {
  @Field(() => Int)
  maxChars!: number;

  @Field(() => Int)
  premiumMaxChars!: number;
}

@InputType('LinkedinNoteRulesInput')
export class LinkedinNoteRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxChars?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  premiumMaxChars?: number;
}

@ObjectType('EmailRuleRules')
export class EmailRuleRulesType {
  @Field(() => Int)
  maxWords!: number;
}

@InputType('EmailRuleRulesInput')
export class EmailRuleRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxWords?: number;
}

@ObjectType('ChecklistRules', { description: 'The post-event follow-up checklist.' })
export class ChecklistRulesType {
  @Field(() => Int, { description: 'A promise with no date of its own is due this many days after the meeting.' })
  promiseWithinDays!: number;

  @Field(() => Int, { description: 'A project update with a matching tag, this many days after the last touch.' })
  projectUpdateAfterDays!: number;

  @Field(() => Int, { description: 'An open item this many days past due is marked stale.' })
  staleAfterDays!: number;
}

@InputType('ChecklistRulesInput')
export class ChecklistRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  promiseWithinDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  projectUpdateAfterDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  staleAfterDays?: number;
}

@ObjectType('BudgetRules')
export class BudgetRulesType {
  @Field(() => Int)
  windowDays!: number;

  @Field(() => Int)
  maxUnansweredPerWindow!: number;

  @Field(() => Int)
  maxUnansweredTotal!: number;
}

@InputType('BudgetRulesInput')
export class BudgetRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  windowDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxUnansweredPerWindow?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxUnansweredTotal?: number;
}

@ObjectType('CadenceRules', { description: 'When to reach out, and when to hold back. Defaults follow practitioner guidance; all editable.' })
export class CadenceRulesType {
  @Field(() => ThankYouRulesType)
  thankYou!: ThankYouRulesType;

  @Field(() => InterviewSilenceRulesType)
  interviewSilence!: InterviewSilenceRulesType;

  @Field(() => MetAtEventRulesType)
  metAtEvent!: MetAtEventRulesType;

  @Field(() => CoffeeRequestRulesType)
  coffeeRequest!: CoffeeRequestRulesType;

  @Field(() => KeepInTouchRulesType)
  keepInTouch!: KeepInTouchRulesType;

  @Field(() => EventHeadsUpRulesType)
  eventHeadsUp!: EventHeadsUpRulesType;

  @Field(() => LinkedinNoteRulesType)
  linkedinNote!: LinkedinNoteRulesType;

  @Field(() => EmailRuleRulesType)
  email!: EmailRuleRulesType;

  @Field(() => ChecklistRulesType)
  checklist!: ChecklistRulesType;

  @Field(() => BudgetRulesType)
  budget!: BudgetRulesType;
}

@InputType('CadenceRulesInput', { description: 'Only the fields given change.' })
export class CadenceRulesInput {
  @Field(() => ThankYouRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThankYouRulesInput)
  thankYou?: ThankYouRulesInput;

  @Field(() => InterviewSilenceRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewSilenceRulesInput)
  interviewSilence?: InterviewSilenceRulesInput;

  @Field(() => MetAtEventRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetAtEventRulesInput)
  metAtEvent?: MetAtEventRulesInput;

  @Field(() => CoffeeRequestRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoffeeRequestRulesInput)
  coffeeRequest?: CoffeeRequestRulesInput;

  @Field(() => KeepInTouchRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => KeepInTouchRulesInput)
  keepInTouch?: KeepInTouchRulesInput;

  @Field(() => EventHeadsUpRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventHeadsUpRulesInput)
  eventHeadsUp?: EventHeadsUpRulesInput;

  @Field(() => LinkedinNoteRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LinkedinNoteRulesInput)
  linkedinNote?: LinkedinNoteRulesInput;

  @Field(() => EmailRuleRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmailRuleRulesInput)
  email?: EmailRuleRulesInput;

  @Field(() => ChecklistRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChecklistRulesInput)
  checklist?: ChecklistRulesInput;

  @Field(() => BudgetRulesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BudgetRulesInput)
  budget?: BudgetRulesInput;
}
