import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { EventEntity } from '@app/ingestion';
import { Attendance } from './core';

/** The user's decision about one of their events. */
@Entity('event_attendance')
export class EventAttendanceEntity {
  @PrimaryColumn('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'enum', enum: Attendance, enumName: 'attendance_status' })
  status!: Attendance;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
