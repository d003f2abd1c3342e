import { Field, InputType, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsFQDN } from 'class-validator';
import { IsFreeText, IsName, IsOmittable, IsOptionalName, IsTextList, TEXT_LIMITS, UPDATE_ONLY_NAMED_FIELDS } from '@app/common';
import { ApplicationStatus } from '../enums';
import '../enums.graphql';
import { normaliseDomain } from './domain';

@InputType()
export class CreateCompanyInput {
  @Field()
  @IsName()
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsTextList(50, TEXT_LIMITS.name)
  aliases?: string[];

  @Field(() => [String], { nullable: true, description: 'Host names or URLs; stored as bare lower-case hosts.' })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normaliseDomain(v) : v)) : value))
  @IsTextList(20, 253)
  @IsFQDN({ require_tld: true }, { each: true, message: 'each of domains must be a domain name such as "example.com"' })
  domains?: string[];

  @Field({ nullable: true })
  @IsFreeText()
  notes?: string;

  @Field(() => ApplicationStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @Field(() => String, { nullable: true })
  @IsOptionalName(TEXT_LIMITS.title)
  roleTitle?: string | null;
}

@InputType()
export class UpdateCompanyInput extends PartialType(CreateCompanyInput, UPDATE_ONLY_NAMED_FIELDS) {}
