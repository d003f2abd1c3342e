import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UserId } from '@app/common';
import { EntitySql, RowOf } from '@app/database';
import { CompanyEntity } from './companies/company.entity';
import { ContactEntity } from './contacts/contact.entity';
import { ContactRole } from './enums';
import { InteractionEntity } from './interactions/interaction.entity';
import { InterviewEntity } from './interviews/interview.entity';
import { ProjectUpdateEntity } from './project-updates/project-update.entity';

// The fields each read model carries: the SQL select lists and the types both come from these.
const CONTACT = ['id', 'name', 'role', 'title', 'companyId', 'linkedinConnected', 'linkedinUrl', 'email', 'interests'] as const;
const COMPANY = ['id', 'name'] as const;
const INTERVIEW = ['id', 'companyId', 'occurredAt', 'title', 'topics', 'questionsAsked', 'concerns', 'promises'] as const;
const INTERACTION = ['id', 'contactId', 'kind', 'direction', 'occurredAt', 'notes', 'awaitingReply'] as const;
const PROJECT_UPDATE = ['id', 'title', 'summary', 'url', 'tags', 'occurredOn'] as const;
const NAMED_COMPANY = ['id', 'name', 'aliases', 'domains', 'roleTitle'] as const;
const NAMED_CONTACT = ['id', 'name', 'aliases', 'companyId', 'email', 'title'] as const;

export type ContactRecord = RowOf<ContactEntity, (typeof CONTACT)[number]> & { companyName: string | null };
export type CompanyRecord = RowOf<CompanyEntity, (typeof COMPANY)[number]>;
/** An interview with the ids of the contacts who took part. */
export type InterviewRecord = RowOf<InterviewEntity, (typeof INTERVIEW)[number]> & { contactIds: string[] };
export type InteractionRecord = RowOf<InteractionEntity, (typeof INTERACTION)[number]>;
/** `occurredOn` is the calendar date as text, "YYYY-MM-DD". */
export type ProjectUpdateRecord = RowOf<ProjectUpdateEntity, (typeof PROJECT_UPDATE)[number]>;

/** Everything a user tracks that shapes whom to meet, what to say and when: the planner's view of tracking. */
export interface TrackedRelationships {
  contacts: ContactRecord[];
  companies: CompanyRecord[];
  interviews: InterviewRecord[];
  interactions: InteractionRecord[];
  projectUpdates: ProjectUpdateRecord[];
}

/** The names events are matched against. */
export interface TrackedNames {
  companies: RowOf<CompanyEntity, (typeof NAMED_COMPANY)[number]>[];
  contacts: RowOf<ContactEntity, (typeof NAMED_CONTACT)[number]>[];
}

type Statements = Record<'contacts' | 'companies' | 'interviews' | 'interactions' | 'projectUpdates' | 'namedCompanies' | 'namedContacts', string>;

/**
 * Tracking's read port: other features read a user's companies, contacts
 * and history here, as plain records, never from tracking's tables. The
 * whole set is read at every uncached plan, so it is plain SQL (no entity
 * hydration), one statement per table, with table and column names taken
 * from the entities' metadata.
 */
@Injectable()
export class RelationshipReader {
  private statements?: Statements;

  constructor(private readonly dataSource: DataSource) {}

  /** A user's relationships, in five statements run side by side. */
  async relationshipsOf(owner: UserId): Promise<TrackedRelationships> {
    const sql = this.sql;
    const [contacts, companies, interviews, interactions, projectUpdates] = await Promise.all([
      this.rows<ContactRecord>(sql.contacts, owner),
      this.rows<CompanyRecord>(sql.companies, owner),
      this.rows<InterviewRecord>(sql.interviews, owner),
      this.rows<InteractionRecord>(sql.interactions, owner),
      this.rows<ProjectUpdateRecord>(sql.projectUpdates, owner),
    ]);
    return { contacts, companies, interviews, interactions, projectUpdates };
  }

  /** The names, aliases, domains and titles of everything the user tracks, in two statements. */
  async namesOf(owner: UserId): Promise<TrackedNames> {
    const [companies, contacts] = await Promise.all([
      this.rows<TrackedNames['companies'][number]>(this.sql.namedCompanies, owner),
      this.rows<TrackedNames['contacts'][number]>(this.sql.namedContacts, owner),
    ]);
    return { companies, contacts };
  }

  /** The role of each of the given contacts that the user still tracks. */
  async contactRoles(owner: UserId, contactIds: readonly string[]): Promise<Map<string, ContactRole>> {
    if (contactIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ContactEntity).find({
      select: { id: true, role: true },
      where: { ownerId: owner, id: In([...new Set(contactIds)]) },
    });
    return new Map(rows.map((c) => [c.id, c.role]));
  }

  private rows<T>(sql: string, owner: UserId): Promise<T[]> {
    return this.dataSource.query(sql, [owner]);
  }

  /** Built on first use, from the metadata of the initialised data source. */
  private get sql(): Statements {
    return (this.statements ??= this.buildSql());
  }

  private buildSql(): Statements {
    const contact = new EntitySql(this.dataSource, ContactEntity);
    const company = new EntitySql(this.dataSource, CompanyEntity);
    const interview = new EntitySql(this.dataSource, InterviewEntity);
    const interaction = new EntitySql(this.dataSource, InteractionEntity);
    const update = new EntitySql(this.dataSource, ProjectUpdateEntity);
    const junction = this.dataSource.getMetadata(InterviewEntity).findRelationWithPropertyPath('contacts')?.junctionEntityMetadata;
    if (!junction) throw new Error('InterviewEntity.contacts has no join table');
    const [linkInterview] = junction.ownerColumns.map((c) => `ic.${c.databaseName}`);
    const [linkContact] = junction.inverseColumns.map((c) => `ic.${c.databaseName}`);
    return {
      contacts: `SELECT ${contact.select('c', CONTACT)}, ${company.column('name', 'co')} AS "companyName"
                   FROM ${contact.table} c LEFT JOIN ${company.table} co ON ${company.column('id', 'co')} = ${contact.column('companyId', 'c')}
                  WHERE ${contact.column('ownerId', 'c')} = $1`,
      companies: `SELECT ${company.select('co', COMPANY)} FROM ${company.table} co WHERE ${company.column('ownerId', 'co')} = $1`,
      interviews: `SELECT ${interview.select('i', INTERVIEW)},
                          coalesce(array_agg(${linkContact}) FILTER (WHERE ${linkContact} IS NOT NULL), '{}') AS "contactIds"
                     FROM ${interview.table} i LEFT JOIN ${junction.tablePath} ic ON ${linkInterview} = ${interview.column('id', 'i')}
                    WHERE ${interview.column('ownerId', 'i')} = $1 GROUP BY ${interview.column('id', 'i')}`,
      interactions: `SELECT ${interaction.select('x', INTERACTION)} FROM ${interaction.table} x WHERE ${interaction.column('ownerId', 'x')} = $1`,
      projectUpdates: `SELECT ${update.select('u', PROJECT_UPDATE)} FROM ${update.table} u WHERE ${update.column('ownerId', 'u')} = $1`,
      namedCompanies: `SELECT ${company.select('co', NAMED_COMPANY)} FROM ${company.table} co WHERE ${company.column('ownerId', 'co')} = $1`,
      namedContacts: `SELECT ${contact.select('c', NAMED_CONTACT)} FROM ${contact.table} c WHERE ${contact.column('ownerId', 'c')} = $1`,
    };
  }
}
