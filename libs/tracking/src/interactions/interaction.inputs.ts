import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsFreeText, IsOmittable, UPDATE_ONLY_NAMED_FIELDS } from '@app/common';
import { InteractionDirection, InteractionKind } from '../enums';
import '../enums.graphql';

@InputType()
export class LogInteractionInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contactId!: string;

  @Field(() => InteractionKind)
  @IsEnum(InteractionKind)
  kind!: InteractionKind;

  @Field(() => InteractionDirection, { nullable: true, defaultValue: InteractionDirection.OUTBOUND })
  @IsOmittable()
  @IsEnum(InteractionDirection)
  direction?: InteractionDirection;

  @Field()
  @IsDate()
  occurredAt!: Date;

  @Field({ nullable: true })
  @IsFreeText()
  notes?: string;

  @Field({ nullable: true, description: 'True for an outbound touch that expects an answer.' })
  @IsOmittable()
  @IsBoolean()
  awaitingReply?: boolean;
}

@InputType()
export class UpdateInteractionInput extends PartialType(OmitType(LogInteractionInput, ['contactId'] as const), UPDATE_ONLY_NAMED_FIELDS) {}
