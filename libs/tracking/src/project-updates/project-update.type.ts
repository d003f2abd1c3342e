import { Field, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Connection, IsFreeText, IsName, IsOmittable, IsTextList, TEXT_LIMITS, UPDATE_ONLY_NAMED_FIELDS } from '@app/common';

@ObjectType('ProjectUpdate', { description: "The user's own news worth sharing: a shipped project, a talk, a write-up." })
export class ProjectUpdateType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => LocalDateResolver)
  occurredOn!: string;

  @Field()
  createdAt!: Date;
}

export const ProjectUpdateConnection = Connection(ProjectUpdateType, 'ProjectUpdate');

@InputType()
export class CreateProjectUpdateInput {
  @Field()
  @IsName(TEXT_LIMITS.title)
  title!: string;

  @Field({ nullable: true })
  @IsFreeText()
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(TEXT_LIMITS.url)
  url?: string | null;

  @Field(() => [String], { nullable: true })
  @IsTextList(30, TEXT_LIMITS.name)
  tags?: string[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today.' })
  @IsOmittable()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  occurredOn?: string;
}

@InputType()
export class UpdateProjectUpdateInput extends PartialType(CreateProjectUpdateInput, UPDATE_ONLY_NAMED_FIELDS) {}

@InputType()
export class ProjectUpdateFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.name)
  tag?: string;
}
