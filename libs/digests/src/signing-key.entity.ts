import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The secret that signs unsubscribe links when UNSUBSCRIBE_SECRET is not
 * set: made once, at random, and shared by every instance through the
 * database, so a link works whichever instance answers it.
 */
@Entity('digest_signing_keys')
export class DigestSigningKeyEntity {
  @PrimaryColumn('text')
  name!: string;

  @Column('text')
  secret!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
