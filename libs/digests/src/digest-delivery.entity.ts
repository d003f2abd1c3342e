import { Column, Entity, Index } from 'typeorm';
import { OwnedRow } from '@app/accounts';

export const DeliveryStatus = {
  /** Claimed by a worker, being built and sent; another may take it over once `claimedUntil` has passed. */
  SENDING: 'SENDING',
  SENT: 'SENT',
  /** Nothing to say and the user asked to skip empty digests. */
  SKIPPED: 'SKIPPED',
  FAILED: 'FAILED',
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/**
 * One digest for one user and period. The unique (user, period) key, for
 * every delivery but tests, is claimed before the email is built, so no
 * period gets two digests whatever the number of workers or retries.
 */
@Entity('digest_deliveries')
@Index('digest_deliveries_period_key', ['ownerId', 'periodKey'], { unique: true, where: 'NOT test' })
@Index('digest_deliveries_owner_created_idx', ['ownerId', 'createdAt'])
export class DigestDeliveryEntity extends OwnedRow {
  /** "WEEKLY:2026-12-07"; a test send's key names its time. */
  @Column('text')
  periodKey!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  periodStart!: Date;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'digest_delivery_status' })
  status!: DeliveryStatus;

  @Column({ type: 'boolean', default: false })
  test!: boolean;

  /** Derived from (user, period): a resend after a crash is the same message. */
  @Column('text')
  messageId!: string;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** A FAILED delivery that trying again may fix (the server deferred it or was down); the job's retries claim it again. */
  @Column({ type: 'boolean', default: false })
  retryable!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;
}
