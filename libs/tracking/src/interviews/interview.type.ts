import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection } from '@app/common';

@ObjectType('Interview')
export class InterviewType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  companyId!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [String], { description: 'What was discussed.' })
  topics!: string[];

  @Field(() => [String], { description: 'Questions the interviewers asked.' })
  questionsAsked!: string[];

  @Field(() => [String], { description: 'Concerns they raised.' })
  concerns!: string[];

  @Field(() => [String], { description: 'What the user promised to follow up with.' })
  promises!: string[];

  @Field()
  notes!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const InterviewConnection = Connection(InterviewType, 'Interview');

@InputType()
export class InterviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  companyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactId?: string;
}
