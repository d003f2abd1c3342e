import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CompanyEntity } from '../companies/company.entity';
import { ContactRole } from '../enums';
import { OwnedRow } from '@app/accounts';
import { textArray } from '../owned-columns';

@Entity('contacts')
@Index('contacts_owner_company_idx', ['ownerId', 'companyId'])
export class ContactEntity extends OwnedRow {
  @Column('text')
  name!: string;

  @Column(textArray)
  aliases!: string[];

  @Column('text', { nullable: true })
  title!: string | null;

  @Column({ type: 'enum', enum: ContactRole, enumName: 'contact_role', default: ContactRole.OTHER })
  role!: ContactRole;

  @Column('uuid', { nullable: true })
  companyId!: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  linkedinUrl!: string | null;

  @Column('boolean', { default: false })
  linkedinConnected!: boolean;

  @Column(textArray)
  interests!: string[];

  @Column('text', { default: '' })
  notes!: string;
}
