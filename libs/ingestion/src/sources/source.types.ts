import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsIanaTimeZone, IsName, IsOmittable, IsOptionalName, TEXT_LIMITS } from '@app/common';
import { SourceKind } from '@app/event-model';
import { SourceStatus } from './source.enums';
import './source.enums.graphql';

export const MIN_REFRESH_MINUTES = 15;
export const DEFAULT_REFRESH_MINUTES = 60;
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;
/** Uploaded calendars are capped like fetched ones. */
export const MAX_UPLOAD_CHARS = 10 * 1024 * 1024;

@ObjectType()
export class SourceWarning {
  @Field(() => Int, { nullable: true, description: 'Line of the input, when known.' })
  line?: number | null;

  @Field(() => String, { nullable: true })
  uid?: string | null;

  @Field()
  message!: string;
}

@ObjectType('Source', { description: 'A feed or page the user follows.' })
export class SourceType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Null for an uploaded calendar.' })
  url!: string | null;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => SourceKind, { nullable: true, description: 'What AUTO turned out to be.' })
  detectedKind!: SourceKind | null;

  @Field(() => SourceStatus)
  status!: SourceStatus;

  @Field(() => Date, { nullable: true })
  lastFetchedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastSuccessAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What went wrong at the last fetch, and what to do about it.' })
  lastError!: string | null;

  @Field(() => [String], { description: 'What the last fetch skipped and why, one line each ("line 12: ...").' })
  warnings!: string[];

  @Field(() => [SourceWarning], { description: 'The same warnings with their line numbers and UIDs.' })
  warningDetails!: SourceWarning[];

  @Field(() => Date, { nullable: true })
  nextRefreshAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When refreshSource may be called again for this source (once a minute); null: now.' })
  nextManualRefreshAt!: Date | null;

  @Field(() => Int)
  refreshMinutes!: number;

  @Field()
  defaultTimeZone!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Selector recipe for pages without structured data.' })
  recipe!: Record<string, unknown> | null;

  @Field()
  createdAt!: Date;
}

@InputType()
export class CreateSourceInput {
  @Field({ description: 'http(s) address of an iCal feed or an event page; webcal:// is accepted.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.url)
  url!: string;

  @Field(() => SourceKind, { defaultValue: SourceKind.AUTO })
  @IsEnum(SourceKind)
  kind: SourceKind = SourceKind.AUTO;

  @Field(() => String, { nullable: true, description: 'Defaults to the host name.' })
  @IsOptionalName()
  name?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_REFRESH_MINUTES })
  @Min(MIN_REFRESH_MINUTES)
  @Max(MAX_REFRESH_MINUTES)
  refreshMinutes: number = DEFAULT_REFRESH_MINUTES;

  @Field({ nullable: true, description: 'Zone for times the source gives without one. Defaults to your time zone.' })
  @IsOptional()
  @IsIanaTimeZone()
  defaultTimeZone?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Selector recipe (HTML sources without structured data).' })
  @IsOptional()
  @IsObject()
  recipe?: Record<string, unknown> | null;
}

@InputType()
export class UpdateSourceInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsName()
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @Min(MIN_REFRESH_MINUTES)
  @Max(MAX_REFRESH_MINUTES)
  refreshMinutes?: number;
}

@InputType()
export class ImportCalendarInput {
  @Field()
  @IsName()
  name!: string;

  @Field({ description: 'The calendar text (iCalendar).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_UPLOAD_CHARS)
  ics!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIanaTimeZone()
  defaultTimeZone?: string;
}
