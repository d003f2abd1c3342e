import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, TEXT_LIMITS } from '@app/common';
import { ApplicationStatus } from '../enums';
import '../enums.graphql';

@ObjectType('Company')
export class CompanyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names the company goes by ("Notion" for "Notion Labs").' })
  aliases!: string[];

  @Field(() => [String], { description: 'Web domains, e.g. "notion.so".' })
  domains!: string[];

  @Field()
  notes!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => String, { nullable: true, description: 'The role applied for.' })
  roleTitle!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const CompanyConnection = Connection(CompanyType, 'Company');

@InputType()
export class CompanyFilter {
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @Field({ nullable: true, description: 'Matches name and aliases, case-insensitively.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.name)
  search?: string;
}
