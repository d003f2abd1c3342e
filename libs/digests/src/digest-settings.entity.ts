import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { DigestFrequency, DigestSection, Weekday } from './core';

/** Every section, in the order a digest shows them: the default. */
export const ALL_SECTIONS: DigestSection[] = [DigestSection.EVENTS, DigestSection.CHANGES, DigestSection.FOLLOW_UPS, DigestSection.SOURCES];

/** A user's digest settings; a user without a row has the defaults (weekly, Monday 08:00 in their zone, every section). */
@Entity('digest_settings')
export class DigestSettingsEntity {
  @PrimaryColumn('uuid')
  ownerId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'enum', enum: DigestFrequency, enumName: 'digest_frequency', default: DigestFrequency.WEEKLY })
  frequency!: DigestFrequency;

  @Column({ type: 'enum', enum: Weekday, enumName: 'digest_weekday', default: Weekday.MONDAY })
  weekday!: Weekday;

  /** "HH:MM" in the user's zone. */
  @Column({ type: 'text', default: '08:00' })
  localTime!: string;

  @Column({ type: 'enum', enum: DigestSection, enumName: 'digest_section', array: true, default: () => `'{${ALL_SECTIONS.join(',')}}'` })
  sections!: DigestSection[];

  @Column({ type: 'boolean', default: true })
  skipWhenEmpty!: boolean;

  /** Set after too many permanent delivery failures in a row; cleared by changing the settings. */
  @Column({ type: 'boolean', default: false })
  paused!: boolean;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'int', default: 0 })
  failuresInARow!: number;

  /** The last digest sent (not tests): "what changed" counts from here. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastSentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
