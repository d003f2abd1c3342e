import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, TEXT_LIMITS } from '@app/common';
import { ContactRole } from '../enums';
import '../enums.graphql';

@ObjectType('Contact', { description: 'A hiring manager, recruiter, interviewer or anyone else worth staying in touch with.' })
export class ContactType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => ContactRole)
  role!: ContactRole;

  @Field(() => ID, { nullable: true })
  companyId!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  linkedinUrl!: string | null;

  @Field()
  linkedinConnected!: boolean;

  @Field(() => [String])
  interests!: string[];

  @Field()
  notes!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ContactConnection = Connection(ContactType, 'Contact');

@InputType()
export class ContactFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  companyId?: string;

  @Field(() => ContactRole, { nullable: true })
  @IsOptional()
  @IsEnum(ContactRole)
  role?: ContactRole;

  @Field({ nullable: true, description: 'Matches name, aliases and title, case-insensitively.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.name)
  search?: string;
}
