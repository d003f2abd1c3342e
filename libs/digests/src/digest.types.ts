import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { DigestFrequency, DigestSection, Weekday } from './core';
import { DeliveryStatus } from './digest-delivery.entity';
import './digests.enums';

@ObjectType('DigestSettings', { description: 'When your email digest comes and what it says. Times are in your zone.' })
export class DigestSettingsType {
  @Field(() => DigestFrequency)
  frequency!: DigestFrequency;

  @Field(() => Weekday, { description: 'The day a WEEKLY digest comes.' })
  weekday!: Weekday;

  @Field({ description: '"HH:MM", 24 h, in your zone.' })
  localTime!: string;

  @Field(() => [DigestSection])
  sections!: DigestSection[];

  @Field({ description: 'No email when there is nothing to say.' })
  skipWhenEmpty!: boolean;

  @Field({ description: 'Paused after 5 failed deliveries in a row; changing the settings resumes them.' })
  paused!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the last delivery failed.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  lastSentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next digest is due (null when OFF or paused).' })
  nextSendAt!: Date | null;
}

@ObjectType('DigestPreview')
export class DigestPreviewType {
  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  html!: string;
}

@ObjectType('DigestDelivery', { description: 'One digest: sent, skipped (nothing to say) or failed.' })
export class DigestDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field({ description: '"WEEKLY:2026-12-07" (the week of Monday 7 Dec), "DAILY:…", or "TEST:…".' })
  periodKey!: string;

  @Field()
  periodStart!: Date;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field({ description: 'Sent by sendTestDigest, outside the once-per-period rule.' })
  test!: boolean;

  @Field()
  messageId!: string;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field()
  attempts!: number;

  @Field()
  createdAt!: Date;
}

export const DigestDeliveryConnection = Connection(DigestDeliveryType, 'DigestDelivery');
