import { Field, InputType, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsFQDN, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsTextList, TEXT_LIMITS } from '@app/common';
import { ApplicationStatus } from '../enums';
import { normaliseDomain } from './domain';

@InputType()
export class CreateCompanyInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
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
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.longText)
  notes?: string;

  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.title)
  roleTitle?: string | null;
}

@InputType()
export class UpdateCompanyInput extends PartialType(CreateCompanyInput) {}
