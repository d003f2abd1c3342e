import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true, description: 'Your name as the drafts sign it; null leaves them signed "Best," alone.' })
  displayName!: string | null;

  @Field({ description: 'IANA time zone used for dates shown to this user.' })
  timeZone!: string;

  @Field({ description: 'Premium LinkedIn accounts allow 300-character connection notes (else 200).' })
  linkedinPremium!: boolean;

  @Field(() => [String], { description: 'Roles you are aiming for; events on these topics are matched.' })
  targetRoles!: string[];

  @Field(() => [String], { description: 'Topics you care about; events on these topics are matched.' })
  interests!: string[];

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Send as "Authorization: Bearer <token>". Shown once; only its hash is stored. Null when the session went into a cookie (input.session).',
  })
  token!: string | null;

  @Field(() => UserType)
  user!: UserType;
}
