import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased, which makes uniqueness case-insensitive. */
  @Index('users_email_key', { unique: true })
  @Column('text')
  email!: string;

  @Column('text')
  passwordHash!: string;

  @Column('text', { default: 'UTC' })
  timeZone!: string;

  /** How the user signs drafts ("Jamie Doe"); null leaves them signed "Best," alone. */
  @Column('text', { nullable: true })
  displayName!: string | null;

  /** Premium LinkedIn accounts may write 300-character connection notes instead of 200. */
  @Column('boolean', { default: false })
  linkedinPremium!: boolean;

  /** Roles the user is aiming for ("Staff Backend Engineer"): events on these topics are worth a look. */
  @Column('text', { array: true, default: () => "'{}'" })
  targetRoles!: string[];

  /** Topics the user cares about ("distributed systems", "CRDTs"). */
  @Column('text', { array: true, default: () => "'{}'" })
  interests!: string[];

  /** The user's own cadence rules; null means the defaults. */
  @Column('jsonb', { nullable: true })
  cadenceRules!: object | null;

  /**
   * SHA-256 of the secret in the user's calendar feed URL
   * (/calendar/<token>.ics), like access tokens: the URL is shown once,
   * when issued, and a database leak reveals no usable feed.
   */
  @Index('users_calendar_token_hash_key', { unique: true })
  @Column('bytea', { nullable: true })
  calendarTokenHash!: Buffer | null;

  /** When the current calendar feed URL was issued; null while there is none. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  calendarTokenCreatedAt!: Date | null;

  /**
   * Bumped by database triggers whenever anything of the user's that a plan
   * depends on changes (see docs/PLAN-CACHE.md): cached plans are keyed on
   * it, on every instance.
   */
  @Column('bigint', { default: 0 })
  dataVersion!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
