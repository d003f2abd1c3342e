import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { IsIanaTimeZone, IsOmittable, IsOptionalName, IsTextList, TEXT_LIMITS } from '@app/common';

// NIST SP 800-63B: at least 8 characters, long passphrases allowed.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
const SESSION_COOKIE =
  'true: the session is an httpOnly cookie (for the web app) and `token` in the answer is null, so page scripts never see it. Requests over the cookie must send the X-Topofmind-CSRF header.';
const NEW_PASSWORD_RULES = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters, not easy to guess: common passwords, keyboard patterns, repeats and your email are refused.`;

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @Field({ description: NEW_PASSWORD_RULES })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password!: string;

  @Field({ nullable: true, description: 'IANA time zone, e.g. "Europe/Berlin". Defaults to UTC.' })
  @IsOmittable()
  @IsIanaTimeZone()
  timeZone?: string;

  @Field({ nullable: true, description: SESSION_COOKIE })
  @IsOmittable()
  @IsBoolean()
  session?: boolean;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;

  @Field({ nullable: true, description: SESSION_COOKIE })
  @IsOmittable()
  @IsBoolean()
  session?: boolean;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Signs your drafts; blank or null removes it.' })
  @IsOptionalName()
  displayName?: string | null;

  @Field({ nullable: true })
  @IsOmittable()
  @IsIanaTimeZone()
  timeZone?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  linkedinPremium?: boolean;

  @Field(() => [String], { nullable: true })
  @IsTextList(20, TEXT_LIMITS.name)
  targetRoles?: string[];

  @Field(() => [String], { nullable: true })
  @IsTextList(50, TEXT_LIMITS.name)
  interests?: string[];
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword!: string;

  @Field({ description: NEW_PASSWORD_RULES })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  newPassword!: string;
}
