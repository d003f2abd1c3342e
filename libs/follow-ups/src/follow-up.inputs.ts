import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEmail, IsEnum, IsOptional, IsString, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { IsFreeText, IsName, IsOmittable, IsOptionalName, IsTextList, PageArgs, TEXT_LIMITS } from '@app/common';
import { FollowUpKind, FollowUpStatus } from './core';
import './follow-ups.enums';

/** At most this many people or promises in one recordMet: an evening's worth, with room. */
export const MAX_MET_PER_CALL = 50;
export const MAX_PROMISES = 20;
export const MAX_TOPICS = 20;

@InputType('MetPersonInput', { description: 'Someone you met who is not tracked yet: a contact is created.' })
export class MetPersonInput {
  @Field()
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tracked under this name, or created.' })
  @IsOptionalName()
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptionalName(TEXT_LIMITS.title)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'linkedinUrl must be an http(s) URL' })
  @MaxLength(TEXT_LIMITS.url)
  linkedinUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(TEXT_LIMITS.email)
  email?: string | null;

  @Field({ nullable: true, description: 'Notes on the conversation (kept on the new contact and the meeting).' })
  @IsFreeText()
  notes?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'What you talked about with this person, as short phrases ("cold starts at the edge"): drafts recall them.',
  })
  @IsTextList(MAX_TOPICS, TEXT_LIMITS.shortText)
  topics?: string[];

  @Field(() => [String], { nullable: true, description: 'What you promised this person ("send the deck").' })
  @IsTextList(MAX_PROMISES, TEXT_LIMITS.shortText)
  promises?: string[];
}

@InputType()
export class RecordMetInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  eventId!: string;

  @Field(() => [ID], { nullable: true, description: 'Tracked people you met there.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MET_PER_CALL)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  contactIds?: string[];

  @Field(() => [MetPersonInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MET_PER_CALL)
  @ValidateNested({ each: true })
  @Type(() => MetPersonInput)
  newPeople?: MetPersonInput[];

  @Field({ nullable: true, description: 'Notes on the conversation (with everyone named here), kept on the meeting.' })
  @IsFreeText()
  notes?: string;

  @Field(() => [String], { nullable: true, description: 'What you talked about (with everyone named here), as short phrases: drafts recall them.' })
  @IsTextList(MAX_TOPICS, TEXT_LIMITS.shortText)
  topics?: string[];

  @Field(() => [String], { nullable: true, description: 'What you promised (everyone named here); each becomes its own item.' })
  @IsTextList(MAX_PROMISES, TEXT_LIMITS.shortText)
  promises?: string[];

  @Field({ nullable: true, description: 'When your promises are due; without it, within the checklist rule (3 days).' })
  @IsOmittable()
  @IsDate()
  promisedBy?: Date;

  @Field({ nullable: true, description: 'When you met; the event’s end by default.' })
  @IsOmittable()
  @IsDate()
  metAt?: Date;
}

@InputType()
export class FollowUpFilter {
  @Field(() => FollowUpStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(FollowUpStatus)
  status?: FollowUpStatus;

  @Field(() => FollowUpKind, { nullable: true })
  @IsOmittable()
  @IsEnum(FollowUpKind)
  kind?: FollowUpKind;

  @Field(() => ID, { nullable: true })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  contactId?: string;

  @Field(() => ID, { nullable: true })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  eventId?: string;

  @Field({ nullable: true, description: 'Only items past due (true) or not (false).' })
  @IsOmittable()
  @IsBoolean()
  overdue?: boolean;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => FollowUpFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpFilter)
  filter?: FollowUpFilter;
}

@ArgsType()
export class CompleteFollowUpArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(300)
  id!: string;

  @Field({ nullable: true, description: 'When you did it; now by default.' })
  @IsOmittable()
  @IsDate()
  occurredAt?: Date;
}

@ArgsType()
export class SkipFollowUpArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(300)
  id!: string;

  @Field({ description: 'Why: "not a fit", "we already spoke"…' })
  @IsName(TEXT_LIMITS.shortText)
  reason!: string;
}

@ArgsType()
export class SnoozeFollowUpArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(300)
  id!: string;

  @Field({ description: 'When the item comes back; in the future, within a year.' })
  @IsDate()
  until!: Date;
}
