import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { CompanyEntity } from '../companies/company.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { OwnedRow } from '@app/accounts';
import { textArray } from '../owned-columns';

@Entity('interviews')
@Index('interviews_owner_occurred_idx', ['ownerId', 'occurredAt'])
export class InterviewEntity extends OwnedRow {
  @Column('uuid')
  companyId!: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @ManyToMany(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'interview_contacts',
    joinColumn: { name: 'interview_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'contact_id', referencedColumnName: 'id' },
  })
  contacts?: ContactEntity[];

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  /** e.g. "Technical screen", "Onsite: system design". */
  @Column('text', { nullable: true })
  title!: string | null;

  @Column(textArray)
  topics!: string[];

  @Column(textArray)
  questionsAsked!: string[];

  @Column(textArray)
  concerns!: string[];

  /** Things the user said they would do ("I'll send the benchmark write-up"). */
  @Column(textArray)
  promises!: string[];

  @Column('text', { default: '' })
  notes!: string;
}
