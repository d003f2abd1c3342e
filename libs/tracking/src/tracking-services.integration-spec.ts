import { TestingModule, Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Actor, DomainErrorCode, DomainException, PageArgs, UserId } from '@app/common';
import { appDataSourceOptions } from '@app/persistence';
import {
  CompaniesService,
  ContactsService,
  InteractionKind,
  InteractionsService,
  InterviewsService,
  ProjectUpdatesService,
  TrackingChanges,
  TrackingModule,
} from '@app/tracking';
import { createIntegrationDatabase, IntegrationDatabase } from '../../../test/utils/integration-database';

const PAGE: PageArgs = { first: 50 };

/** What a call threw, as the API would see it (code and fields). */
async function refusal(call: () => Promise<unknown>): Promise<{ code: DomainErrorCode; fields: string[] }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DomainException) return { code: error.code, fields: error.fields.map((f) => f.field) };
    throw error;
  }
  throw new Error('expected the call to be refused');
}
const NOT_FOUND = { code: DomainErrorCode.NotFound, fields: [] };

/**
 * The tracking services as TrackingModule provides them, on a real database:
 * what each call writes, and that a user's rows behave, for every other
 * user, exactly like rows that do not exist.
 */
describe('tracking services on PostgreSQL', () => {
  let database: IntegrationDatabase;
  let app: TestingModule;
  let companies: CompaniesService;
  let contacts: ContactsService;
  let interviews: InterviewsService;
  let interactions: InteractionsService;
  let updates: ProjectUpdatesService;
  let changed: string[];
  let alice: UserId;
  let bob: UserId;

  // Dates as written (pg would turn a date column into a local midnight).
  const rowsOf = (table: string, owner: UserId) =>
    database.rows(`SELECT t.*${table === 'project_updates' ? ', occurred_on::text AS occurred_on' : ''} FROM ${table} t WHERE owner_id = $1 ORDER BY id`, [
      owner,
    ]);

  beforeAll(async () => {
    database = await createIntegrationDatabase('tracking');
    app = await Test.createTestingModule({
      imports: [TypeOrmModule.forRoot(appDataSourceOptions(database.db.url, 2, 'test-tracking')), TrackingModule],
    }).compile();
    companies = app.get(CompaniesService);
    contacts = app.get(ContactsService);
    interviews = app.get(InterviewsService);
    interactions = app.get(InteractionsService);
    updates = app.get(ProjectUpdatesService);
    app.get(TrackingChanges).subscribe(async (owner) => void changed.push(owner));
  });
  afterAll(async () => {
    await app?.close();
    await database.close();
  });
  beforeEach(async () => {
    changed = [];
    alice = await database.createUser();
    bob = await database.createUser();
  });

  describe('companies', () => {
    it("creates, updates and deletes the owner's row, cleaning lists, and tells matching each time", async () => {
      const stripe = await companies.create(alice, { name: 'Stripe', aliases: [' Stripe Inc ', 'stripe inc', ''], domains: ['stripe.com'] });
      expect(await rowsOf('companies', alice)).toEqual([
        expect.objectContaining({ id: stripe.id, owner_id: alice, name: 'Stripe', aliases: ['Stripe Inc'], domains: ['stripe.com'], status: 'RESEARCHING' }),
      ]);

      await companies.update(alice, stripe.id, { roleTitle: 'Staff Engineer', aliases: ['Stripe, Inc.'] });
      expect(await rowsOf('companies', alice)).toEqual([expect.objectContaining({ name: 'Stripe', role_title: 'Staff Engineer', aliases: ['Stripe, Inc.'] })]);

      expect(await companies.delete(alice, stripe.id)).toBe(stripe.id);
      expect(await rowsOf('companies', alice)).toEqual([]);
      expect(changed).toEqual([alice, alice, alice]);
    });

    it('refuses a second company of the same name for the owner only', async () => {
      await companies.create(alice, { name: 'Notion' });
      expect(await refusal(() => companies.create(alice, { name: 'NOTION' }))).toEqual({ code: DomainErrorCode.InvalidInput, fields: ['input.name'] });
      await companies.create(bob, { name: 'Notion' });
      expect(await database.count('companies', "lower(name) = 'notion' AND owner_id IN ($1, $2)", [alice, bob])).toBe(2);
    });
  });

  describe('contacts', () => {
    it("links a contact to the owner's company, updates and deletes it", async () => {
      const stripe = await companies.create(alice, { name: 'Stripe' });
      const priya = await contacts.create(alice, { name: 'Priya Raman', companyId: stripe.id, email: ' Priya@Stripe.com ', aliases: ['P. Raman', 'p. raman'] });
      expect(await rowsOf('contacts', alice)).toEqual([
        expect.objectContaining({ id: priya.id, company_id: stripe.id, email: 'priya@stripe.com', aliases: ['P. Raman'] }),
      ]);

      await contacts.update(alice, priya.id, { title: 'Engineering Manager', companyId: null });
      expect(await rowsOf('contacts', alice)).toEqual([expect.objectContaining({ title: 'Engineering Manager', company_id: null })]);

      await contacts.delete(alice, priya.id);
      expect(await rowsOf('contacts', alice)).toEqual([]);
      expect(changed).toEqual([alice, alice, alice, alice]);
    });

    it("refuses another user's company as NOT_FOUND naming the field, writing nothing", async () => {
      const bobs = await companies.create(bob, { name: 'Adyen' });
      changed = [];
      expect(await refusal(() => contacts.create(alice, { name: 'Jan de Vries', companyId: bobs.id }))).toEqual({
        code: DomainErrorCode.NotFound,
        fields: ['input.companyId'],
      });
      expect(await refusal(() => contacts.list(alice, PAGE, { companyId: bobs.id }))).toEqual({ code: DomainErrorCode.NotFound, fields: ['filter.companyId'] });
      expect(await rowsOf('contacts', alice)).toEqual([]);
      expect(changed).toEqual([]);
    });
  });

  describe('interviews', () => {
    it('records an interview with its contacts, replaces them on update, and deletes it with its links', async () => {
      const stripe = await companies.create(alice, { name: 'Stripe' });
      const [priya, alex] = [await contacts.create(alice, { name: 'Priya Raman' }), await contacts.create(alice, { name: 'Alex Kim' })];
      const links = (id: string) =>
        database.rows<{ contact_id: string }>('SELECT contact_id FROM interview_contacts WHERE interview_id = $1 ORDER BY contact_id', [id]);

      const interview = await interviews.record(alice, {
        companyId: stripe.id,
        contactIds: [priya.id, priya.id],
        occurredAt: new Date('2026-11-01T10:00:00Z'),
        topics: ['ledgers', ' Ledgers '],
      });
      expect(await rowsOf('interviews', alice)).toEqual([expect.objectContaining({ id: interview.id, company_id: stripe.id, topics: ['ledgers'] })]);
      expect(await links(interview.id)).toEqual([{ contact_id: priya.id }]);

      await interviews.update(alice, interview.id, { contactIds: [alex.id], concerns: ['on-call load'] });
      expect(await links(interview.id)).toEqual([{ contact_id: alex.id }]);
      expect(await rowsOf('interviews', alice)).toEqual([expect.objectContaining({ concerns: ['on-call load'], topics: ['ledgers'] })]);

      await interviews.delete(alice, interview.id);
      expect(await rowsOf('interviews', alice)).toEqual([]);
      expect(await links(interview.id)).toEqual([]);
    });

    it("refuses another user's company or contact, writing nothing", async () => {
      const stripe = await companies.create(alice, { name: 'Stripe' });
      const bobsContact = await contacts.create(bob, { name: 'Jan de Vries' });
      const bobsCompany = await companies.create(bob, { name: 'Adyen' });
      const at = new Date('2026-11-01T10:00:00Z');

      expect(await refusal(() => interviews.record(alice, { companyId: bobsCompany.id, occurredAt: at }))).toEqual({
        code: DomainErrorCode.NotFound,
        fields: ['input.companyId'],
      });
      expect(await refusal(() => interviews.record(alice, { companyId: stripe.id, contactIds: [bobsContact.id], occurredAt: at }))).toEqual({
        code: DomainErrorCode.NotFound,
        fields: ['input.contactIds'],
      });
      expect(await rowsOf('interviews', alice)).toEqual([]);
      expect(await database.count('interview_contacts', 'contact_id = $1', [bobsContact.id])).toBe(0);
    });
  });

  describe('interactions', () => {
    it("logs an interaction with the owner's contact, updates and deletes it; another user's contact is NOT_FOUND", async () => {
      const priya = await contacts.create(alice, { name: 'Priya Raman' });
      const interaction = await interactions.log(alice, {
        contactId: priya.id,
        kind: InteractionKind.EMAIL,
        occurredAt: new Date('2026-11-02T10:00:00Z'),
        awaitingReply: true,
      });
      expect(await rowsOf('interactions', alice)).toEqual([
        expect.objectContaining({ id: interaction.id, contact_id: priya.id, kind: 'EMAIL', awaiting_reply: true }),
      ]);

      await interactions.update(alice, interaction.id, { awaitingReply: false, notes: 'she replied' });
      expect(await rowsOf('interactions', alice)).toEqual([expect.objectContaining({ awaiting_reply: false, notes: 'she replied' })]);

      await interactions.delete(alice, interaction.id);
      expect(await rowsOf('interactions', alice)).toEqual([]);

      expect(await refusal(() => interactions.log(bob, { contactId: priya.id, kind: InteractionKind.CALL, occurredAt: new Date() }))).toEqual({
        code: DomainErrorCode.NotFound,
        fields: ['input.contactId'],
      });
      expect(await rowsOf('interactions', bob)).toEqual([]);
    });
  });

  describe('project updates', () => {
    it('dates an update today where its author lives, cleans its tags, updates and deletes it', async () => {
      const author: Actor = { id: alice, timeZone: 'Pacific/Kiritimati' };
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: author.timeZone }).format(new Date());
      const update = await updates.create(author, { title: 'Shipped the ledger write-up', tags: ['payments', 'Payments', ' ledgers '] });
      expect(await rowsOf('project_updates', alice)).toEqual([
        expect.objectContaining({ id: update.id, occurred_on: today, tags: ['payments', 'ledgers'], title: 'Shipped the ledger write-up' }),
      ]);

      await updates.update(alice, update.id, { occurredOn: '2026-10-01', tags: [] });
      expect(await rowsOf('project_updates', alice)).toEqual([expect.objectContaining({ occurred_on: '2026-10-01', tags: [] })]);

      await updates.delete(alice, update.id);
      expect(await rowsOf('project_updates', alice)).toEqual([]);
    });
  });

  it('treats every row of another user as one that does not exist: no read, no list, no update, no delete', async () => {
    const stripe = await companies.create(alice, { name: 'Stripe' });
    const priya = await contacts.create(alice, { name: 'Priya Raman', companyId: stripe.id });
    const interview = await interviews.record(alice, { companyId: stripe.id, contactIds: [priya.id], occurredAt: new Date('2026-11-01T10:00:00Z') });
    const interaction = await interactions.log(alice, { contactId: priya.id, kind: InteractionKind.COFFEE, occurredAt: new Date('2026-11-02T10:00:00Z') });
    const update = await updates.create({ id: alice, timeZone: 'UTC' }, { title: 'Talk at the payments meetup' });
    const tables = ['companies', 'contacts', 'interviews', 'interactions', 'project_updates'];
    const snapshot = async () => Promise.all(tables.map((t) => rowsOf(t, alice)));
    const before = await snapshot();
    changed = [];

    const attempts: [string, () => Promise<unknown>][] = [
      ['company get', () => companies.get(bob, stripe.id)],
      ['company update', () => companies.update(bob, stripe.id, { name: 'Taken over' })],
      ['company delete', () => companies.delete(bob, stripe.id)],
      ['contact get', () => contacts.get(bob, priya.id)],
      ['contact update', () => contacts.update(bob, priya.id, { title: 'CEO' })],
      ['contact delete', () => contacts.delete(bob, priya.id)],
      ['interview get', () => interviews.get(bob, interview.id)],
      ['interview update', () => interviews.update(bob, interview.id, { notes: 'mine now' })],
      ['interview delete', () => interviews.delete(bob, interview.id)],
      ['interaction get', () => interactions.get(bob, interaction.id)],
      ['interaction update', () => interactions.update(bob, interaction.id, { notes: 'mine now' })],
      ['interaction delete', () => interactions.delete(bob, interaction.id)],
      ['project update get', () => updates.get(bob, update.id)],
      ['project update update', () => updates.update(bob, update.id, { title: 'mine now' })],
      ['project update delete', () => updates.delete(bob, update.id)],
    ];
    for (const [what, attempt] of attempts) expect([what, await refusal(attempt)]).toEqual([what, NOT_FOUND]);

    const lists = await Promise.all([
      companies.list(bob, PAGE),
      contacts.list(bob, PAGE),
      interviews.list(bob, PAGE),
      interactions.list(bob, PAGE),
      updates.list(bob, PAGE),
    ]);
    expect(lists.map((page) => page.edges.length)).toEqual([0, 0, 0, 0, 0]);
    expect(await snapshot()).toEqual(before);
    expect(changed).toEqual([]);
  });
});
