import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsString, Matches } from 'class-validator';
import { IsOmittable } from '@app/common';
import { DigestFrequency, DigestSection, Weekday } from './core';
import './digests.enums';

@InputType()
export class UpdateDigestSettingsInput {
  @Field(() => DigestFrequency, { nullable: true })
  @IsOmittable()
  @IsEnum(DigestFrequency)
  frequency?: DigestFrequency;

  @Field(() => Weekday, { nullable: true })
  @IsOmittable()
  @IsEnum(Weekday)
  weekday?: Weekday;

  @Field({ nullable: true, description: '"HH:MM", 24 h, in your zone.' })
  @IsOmittable()
  @IsString()
  @Matches(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'localTime must be "HH:MM", 24 h, e.g. "07:30"' })
  localTime?: string;

  @Field(() => [DigestSection], { nullable: true, description: 'The sections to include, in any order; the digest keeps its own order.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(DigestSection, { each: true })
  sections?: DigestSection[];

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  skipWhenEmpty?: boolean;
}
