import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsFreeText } from '@app/common';
import { Attendance } from './core';
import { SentTouchKind } from './planner.enums';

export const MAX_PLAN_ITEMS = 200;
export const MAX_PLAN_WINDOW_DAYS = 400;

@ArgsType()
export class PlanArgs {
  @Field({ description: 'Window start (any window works, past ones included).' })
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MAX_PLAN_ITEMS)
  limit: number = 50;

  @Field({ defaultValue: false, description: 'Include events you marked NOT_GOING.' })
  includeNotGoing: boolean = false;
}

@InputType()
export class MarkTouchSentInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contactId!: string;

  @Field(() => SentTouchKind, { description: 'A kind from nextTouches, or EMAIL, COFFEE, MET_AT_EVENT, CALL, OTHER.' })
  @IsEnum(SentTouchKind)
  kind!: SentTouchKind;

  @Field()
  @IsDate()
  occurredAt!: Date;

  @Field({ nullable: true })
  @IsFreeText()
  notes?: string;
}

@ArgsType()
export class SetAttendanceArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  eventId!: string;

  @Field(() => Attendance)
  @IsEnum(Attendance)
  status!: Attendance;
}
