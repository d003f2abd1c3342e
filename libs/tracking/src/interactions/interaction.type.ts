import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection } from '@app/common';
import { InteractionDirection, InteractionKind } from '../enums';
import '../enums.graphql';

@ObjectType('Interaction', { description: 'A touch: a message, meeting or connection with a contact.' })
export class InteractionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  contactId!: string;

  @Field(() => InteractionKind)
  kind!: InteractionKind;

  @Field(() => InteractionDirection)
  direction!: InteractionDirection;

  @Field()
  occurredAt!: Date;

  @Field()
  notes!: string;

  @Field({ description: 'An outbound touch not answered yet.' })
  awaitingReply!: boolean;

  @Field()
  createdAt!: Date;
}

export const InteractionConnection = Connection(InteractionType, 'Interaction');

@InputType()
export class InteractionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactId?: string;

  @Field(() => InteractionKind, { nullable: true })
  @IsOptional()
  @IsEnum(InteractionKind)
  kind?: InteractionKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  awaitingReply?: boolean;
}
