import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { SourceKind, type ParseWarning } from '@app/event-model';
import { SourceStatus } from './source.enums';

/**
 * One thing to fetch and parse, shared by every user who subscribes to the
 * same URL with the same settings: a URL several users follow is fetched
 * once per interval. Uploaded calendars are feeds of their own, without URL.
 */
@Entity('feeds')
@Index('feeds_next_refresh_idx', ['nextRefreshAt'])
export class FeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** url + kind + default zone + recipe, hashed; "upload:<id>" for uploads. */
  @Index('feeds_fetch_key_key', { unique: true })
  @Column('text')
  fetchKey!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column({ type: 'enum', enum: SourceKind, enumName: 'source_kind' })
  kind!: SourceKind;

  /** What AUTO turned out to be at the last successful fetch. */
  @Column({ type: 'enum', enum: SourceKind, enumName: 'source_kind', nullable: true })
  detectedKind!: SourceKind | null;

  @Column('text')
  defaultTimeZone!: string;

  @Column('jsonb', { nullable: true })
  /** A selector recipe (see html/recipe), validated before it is stored. */
  recipe!: Record<string, unknown> | null;

  /** The shortest interval any subscriber asked for. */
  @Column('int')
  refreshMinutes!: number;

  @Column({ type: 'enum', enum: SourceStatus, enumName: 'source_status', default: SourceStatus.PENDING })
  status!: SourceStatus;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  warnings!: ParseWarning[];

  @Column('text', { nullable: true })
  etag!: string | null;

  @Column('text', { nullable: true })
  lastModified!: string | null;

  /** SHA-256 of the body without DTSTAMP lines: an unchanged feed writes no events. */
  @Column('text', { nullable: true })
  contentHash!: string | null;

  @Column('int', { default: 0 })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastFetchedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextRefreshAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
