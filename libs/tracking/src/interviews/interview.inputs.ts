import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsFreeText, IsOptionalName, IsTextList, TEXT_LIMITS, UPDATE_ONLY_NAMED_FIELDS } from '@app/common';

@InputType()
export class RecordInterviewInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  companyId!: string;

  @Field(() => [ID], { nullable: true, description: 'The interviewers.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  contactIds?: string[];

  @Field()
  @IsDate()
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptionalName(TEXT_LIMITS.title)
  title?: string | null;

  @Field(() => [String], { nullable: true })
  @IsTextList()
  topics?: string[];

  @Field(() => [String], { nullable: true })
  @IsTextList()
  questionsAsked?: string[];

  @Field(() => [String], { nullable: true })
  @IsTextList()
  concerns?: string[];

  @Field(() => [String], { nullable: true })
  @IsTextList()
  promises?: string[];

  @Field({ nullable: true })
  @IsFreeText()
  notes?: string;
}

@InputType()
export class UpdateInterviewInput extends PartialType(RecordInterviewInput, UPDATE_ONLY_NAMED_FIELDS) {}
