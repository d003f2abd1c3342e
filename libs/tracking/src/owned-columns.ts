import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';

/** Columns every user-owned table shares: id, owner and timestamps. */
export abstract class OwnedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Each table indexes owner_id first in a composite index of its own. */
  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

export const textArray = { type: 'text' as const, array: true, default: () => "'{}'" };
