import { CreateDateColumn, Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** Columns every table of a user's own rows shares: id, owner and timestamps. Any feature's entity may extend it. */
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
