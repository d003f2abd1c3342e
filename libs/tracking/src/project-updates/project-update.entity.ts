import { Column, Entity, Index } from 'typeorm';
import { OwnedRow } from '@app/accounts';
import { textArray } from '../owned-columns';

/** The user's own news worth sharing with a contact. */
@Entity('project_updates')
@Index('project_updates_owner_date_idx', ['ownerId', 'occurredOn'])
export class ProjectUpdateEntity extends OwnedRow {
  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  summary!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column(textArray)
  tags!: string[];

  /** Calendar date, "YYYY-MM-DD". */
  @Column('date')
  occurredOn!: string;
}
