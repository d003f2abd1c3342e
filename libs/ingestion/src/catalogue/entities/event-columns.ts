import { Column } from 'typeorm';
import { EventStatus, type EventPerson, type Organizer } from '@app/event-model';

/** The normalised event fields, shared by feed items and the per-user catalogue. */
export abstract class EventColumns {
  @Column('text')
  uid!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('boolean')
  allDay!: boolean;

  /** As shown to users: ISO with the offset in the event's zone, or "YYYY-MM-DD" for all-day. */
  @Column('text')
  startLocal!: string;

  @Column('text', { nullable: true })
  endLocal!: string | null;

  /** The start as an instant (all-day: midnight in the event's zone, else UTC), for ordering and windows. */
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endsAt!: Date | null;

  @Column('text', { nullable: true })
  timeZone!: string | null;

  @Column('boolean', { default: false })
  floating!: boolean;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { nullable: true })
  venueName!: string | null;

  @Column('text', { nullable: true })
  venueAddress!: string | null;

  @Column('text', { nullable: true })
  onlineUrl!: string | null;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('jsonb', { nullable: true })
  organizer!: Organizer | null;

  @Column('jsonb', { default: () => "'[]'" })
  people!: EventPerson[];

  @Column('text', { array: true, default: () => "'{}'" })
  categories!: string[];

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.CONFIRMED })
  status!: EventStatus;

  @Column('int', { default: 0 })
  sequence!: number;

  @Column('boolean', { default: false })
  recurring!: boolean;
}
