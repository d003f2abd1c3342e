import { Column, Entity, Index } from 'typeorm';
import { ApplicationStatus } from '../enums';
import { OwnedRow } from '@app/accounts';
import { textArray } from '../owned-columns';

@Entity('companies')
// Case-insensitive uniqueness of names per owner; an expression index that
// TypeORM cannot model, so the migration creates it and TypeORM leaves it be.
@Index('companies_owner_name_key', { synchronize: false })
export class CompanyEntity extends OwnedRow {
  @Column('text')
  name!: string;

  @Column(textArray)
  aliases!: string[];

  /** Bare host names, lower-case ("notion.so"). */
  @Column(textArray)
  domains!: string[];

  @Column('text', { default: '' })
  notes!: string;

  @Column({ type: 'enum', enum: ApplicationStatus, enumName: 'application_status', default: ApplicationStatus.RESEARCHING })
  status!: ApplicationStatus;

  /** The role applied for, e.g. "Staff Backend Engineer". */
  @Column('text', { nullable: true })
  roleTitle!: string | null;
}
