import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsFreeText, IsName, IsOmittable, IsOptionalName, IsTextList, TEXT_LIMITS, UPDATE_ONLY_NAMED_FIELDS } from '@app/common';
import { ContactRole } from '../enums';
import '../enums.graphql';

@InputType()
export class CreateContactInput {
  @Field()
  @IsName()
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsTextList(20, TEXT_LIMITS.name)
  aliases?: string[];

  @Field(() => String, { nullable: true })
  @IsOptionalName(TEXT_LIMITS.title)
  title?: string | null;

  @Field(() => ContactRole, { nullable: true })
  @IsOmittable()
  @IsEnum(ContactRole)
  role?: ContactRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  companyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(TEXT_LIMITS.email)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'linkedinUrl must be an http(s) URL' })
  @MaxLength(TEXT_LIMITS.url)
  linkedinUrl?: string | null;

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  linkedinConnected?: boolean;

  @Field(() => [String], { nullable: true })
  @IsTextList(50, TEXT_LIMITS.name)
  interests?: string[];

  @Field({ nullable: true })
  @IsFreeText()
  notes?: string;
}

@InputType()
export class UpdateContactInput extends PartialType(CreateContactInput, UPDATE_ONLY_NAMED_FIELDS) {}
