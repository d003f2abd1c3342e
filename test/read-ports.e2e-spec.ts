import { DataSource, In } from 'typeorm';
import { ProfileReader, UserEntity } from '@app/accounts';
import { UserId } from '@app/common';
import { EventEntity, EventRanking, EventReader } from '@app/ingestion';
import { EventMatchEntity, MatchReader } from '@app/matching';
import { Attendance, EventAttendanceEntity, EventRelevanceEntity, eventRelevance, matchWeight } from '@app/planner';
import { CompanyEntity, ContactEntity, InteractionEntity, InterviewEntity, ProjectUpdateEntity, RelationshipReader } from '@app/tracking';
import { startTestApp, TestApp } from './utils/test-app';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//tests//EN',
  'BEGIN:VEVENT',
  'UID:pay@x',
  'DTSTAMP:20261201T000000Z',
  'DTSTART:20270121T173000Z',
  'DURATION:PT2H',
  'SUMMARY:Berlin Payments Meetup',
  'DESCRIPTION:Priya Raman (Engineering Manager at Stripe) on idempotency keys.',
  'LOCATION:Berlin',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** Plain data of an entity as TypeORM reads it, without relations: what a read port's record must equal. */
const plain = <T extends object, K extends keyof T>(entity: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, entity[k]])) as Pick<T, K>;

/**
 * The read ports are hand-written SQL with names from entity metadata: each
 * must answer exactly what TypeORM itself reads from the same rows, so a
 * renamed or retyped column shows here rather than in a plan.
 */
describe('read ports', () => {
  let t: TestApp;
  let owner: UserId;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp('read-ports');
    const user = await t.signUp();
    owner = user.userId as UserId;
    ds = t.app.get(DataSource);
    const must = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const result = await t.gql<T>(query, variables, user.token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    };
    const { createCompany } = await must<{ createCompany: { id: string } }>(
      'mutation { createCompany(input: {name: "Stripe", aliases: ["Stripe Inc"], roleTitle: "Staff Engineer"}) { id } }',
    );
    const { createContact } = await must<{ createContact: { id: string } }>(
      'mutation($c: ID!) { createContact(input: {name: "Priya Raman", companyId: $c, role: HIRING_MANAGER, interests: ["ledgers"], email: "priya@stripe.example"}) { id } }',
      { c: createCompany.id },
    );
    await must('mutation { createContact(input: {name: "Sam Okafor"}) { id } }');
    await must(
      'mutation($c: ID!, $p: ID!) { recordInterview(input: {companyId: $c, contactIds: [$p], occurredAt: "2026-12-01T10:00:00Z", topics: ["ledgers"], promises: ["a write-up"]}) { id } }',
      {
        c: createCompany.id,
        p: createContact.id,
      },
    );
    await must('mutation($c: ID!) { recordInterview(input: {companyId: $c, occurredAt: "2026-12-02T10:00:00Z"}) { id } }', { c: createCompany.id });
    await must(
      'mutation($p: ID!) { logInteraction(input: {contactId: $p, kind: EMAIL, occurredAt: "2026-12-03T10:00:00Z", notes: "thanks", awaitingReply: true}) { id } }',
      {
        p: createContact.id,
      },
    );
    await must('mutation { createProjectUpdate(input: {title: "Ledger write-up", tags: ["ledgers"], occurredOn: "2027-01-05"}) { id } }');
    await must('mutation { updateProfile(input: {displayName: "Jamie Doe", targetRoles: ["Staff Engineer"], interests: ["payments"]}) { id } }');
    await must('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', { i: { name: 'meetups', ics: ICS } });
  });
  afterAll(() => t.close());

  it("ProfileReader reads the user's planning profile", async () => {
    const user = await ds.getRepository(UserEntity).findOneByOrFail({ id: owner });
    expect(await t.app.get(ProfileReader).planningProfile(owner)).toEqual({
      timeZone: 'Europe/Berlin',
      linkedinPremium: false,
      displayName: 'Jamie Doe',
      targetRoles: ['Staff Engineer'],
      interests: ['payments'],
      cadenceRules: user.cadenceRules,
    });
  });

  it('RelationshipReader reads what TypeORM reads, with company names, interviewers and dates as text', async () => {
    const where = { where: { ownerId: owner } };
    const companies = await ds.getRepository(CompanyEntity).find(where);
    const contacts = await ds.getRepository(ContactEntity).find(where);
    const interviews = await ds.getRepository(InterviewEntity).find({ ...where, relations: { contacts: true } });
    const interactions = await ds.getRepository(InteractionEntity).find(where);
    const updates = await ds.getRepository(ProjectUpdateEntity).find(where);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const read = await t.app.get(RelationshipReader).relationshipsOf(owner);

    expect(byId(read.companies)).toEqual(byId(companies.map((c) => plain(c, ['id', 'name']))));
    expect(byId(read.contacts)).toEqual(
      byId(
        contacts.map((c) => ({
          ...plain(c, ['id', 'name', 'role', 'title', 'companyId', 'linkedinConnected', 'linkedinUrl', 'email', 'interests']),
          companyName: companies.find((co) => co.id === c.companyId)?.name ?? null,
        })),
      ),
    );
    expect(byId(read.interviews)).toEqual(
      byId(
        interviews.map((i) => ({
          ...plain(i, ['id', 'companyId', 'occurredAt', 'title', 'topics', 'questionsAsked', 'concerns', 'promises']),
          contactIds: (i.contacts ?? []).map((c) => c.id),
        })),
      ),
    );
    expect(byId(read.interactions)).toEqual(
      byId(interactions.map((i) => plain(i, ['id', 'contactId', 'kind', 'direction', 'occurredAt', 'notes', 'awaitingReply']))),
    );
    expect(read.projectUpdates).toEqual(updates.map((u) => plain(u, ['id', 'title', 'summary', 'url', 'tags', 'occurredOn'])));
    expect(read.projectUpdates[0].occurredOn).toBe('2027-01-05');
    expect(read.interactions[0].occurredAt).toBeInstanceOf(Date);

    const names = await t.app.get(RelationshipReader).namesOf(owner);
    expect(byId(names.companies)).toEqual(byId(companies.map((c) => plain(c, ['id', 'name', 'aliases', 'domains', 'roleTitle']))));
    expect(byId(names.contacts)).toEqual(byId(contacts.map((c) => plain(c, ['id', 'name', 'aliases', 'companyId', 'email', 'title']))));
    expect(
      await t.app.get(RelationshipReader).contactRoles(
        owner,
        contacts.map((c) => c.id),
      ),
    ).toEqual(new Map(contacts.map((c) => [c.id, c.role])));
  });

  it('EventReader reads every column of an event as TypeORM does', async () => {
    const events = await ds.getRepository(EventEntity).find({ where: { ownerId: owner } });
    expect(events).toHaveLength(1);
    const columns = ds.getMetadata(EventEntity).columns.map((c) => c.propertyName);
    const [record] = await t.app.get(EventReader).byIds(owner, [events[0].id, 'not-a-uuid']);
    expect(Object.keys(record).sort()).toEqual([...columns].sort());
    expect(record).toEqual(plain(events[0], columns as (keyof EventEntity)[]));
    expect(await t.app.get(EventReader).idsStartingFrom(owner, new Date('2027-01-21T00:00:00Z'))).toEqual([events[0].id]);
    expect(await t.app.get(EventReader).idsStartingFrom(owner, new Date('2027-01-22T00:00:00Z'))).toEqual([]);
  });

  it('EventReader.rankedInWindow picks what a full sort picks, whichever way it gets there', async () => {
    const user = await t.signUp();
    const me = user.userId as UserId;
    const day = (n: number) => new Date(Date.UTC(2027, 2, 1 + n, 10));
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN'];
    for (let i = 0; i < 80; i++) {
      // Two a day; every tenth lasts a week (it overlaps windows that start after it); every thirteenth is cancelled.
      const start = day(Math.floor(i / 2));
      const end = new Date(start.getTime() + (i % 10 === 0 ? 7 * 86_400_000 : 7_200_000));
      lines.push('BEGIN:VEVENT', `UID:rank-${i}@x`, 'DTSTAMP:20270101T000000Z', `DTSTART:${stamp(start)}`, `DTEND:${stamp(end)}`, `SUMMARY:Event ${i}`);
      if (i % 13 === 12) lines.push('STATUS:CANCELLED');
      lines.push('END:VEVENT');
    }
    lines.push('END:VCALENDAR', '');
    const imported = await t.gql<{ importCalendar: { id: string } }>(
      'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }',
      { i: { name: 'r', ics: lines.join('\r\n') } },
      user.token,
    );
    expect(imported.errors).toBeUndefined();
    const events = await ds.getRepository(EventEntity).find({ where: { ownerId: me } });
    expect(events).toHaveLength(80);

    // Scores with many ties, some events without one, a few marked.
    const relevance = new Map<string, number>();
    events.forEach((e, i) => {
      if (i % 7 !== 3) relevance.set(e.id, [0.9, 0.5, 0.5, 0.3, 0.3, 0.3, 0][i % 7 === 6 ? 6 : i % 6]);
    });
    const marks = new Map(events.filter((_, i) => i % 11 === 5).map((e, i) => [e.id, i % 2 ? Attendance.GOING : Attendance.NOT_GOING] as const));
    await ds.getRepository(EventRelevanceEntity).save([...relevance].map(([eventId, score]) => ({ ownerId: me, eventId, relevance: score })));
    await ds.getRepository(EventAttendanceEntity).save([...marks].map(([eventId, status]) => ({ ownerId: me, eventId, status })));

    const ranking: EventRanking<EventRelevanceEntity, EventAttendanceEntity, 'status'> = {
      scores: { entity: EventRelevanceEntity, ownerId: 'ownerId', eventId: 'eventId', score: 'relevance' },
      marks: { entity: EventAttendanceEntity, ownerId: 'ownerId', eventId: 'eventId', mark: 'status' },
    };
    const expected = (from: Date, to: Date, limit: number) => {
      const inWindow = events.filter((e) => e.startsAt < to && (e.endsAt ?? e.startsAt) >= from);
      const ranked = inWindow
        .filter((e) => !marks.has(e.id) && (relevance.get(e.id) ?? 0) > 0 && e.status !== 'CANCELLED')
        .sort((a, b) => relevance.get(b.id)! - relevance.get(a.id)! || a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1))
        .slice(0, limit);
      return [...ranked, ...inWindow.filter((e) => marks.has(e.id))].map((e) => `${e.id}:${marks.get(e.id) ?? '-'}`).sort();
    };
    const reader = t.app.get(EventReader);
    for (const [from, days] of [
      [-5, 60],
      [0, 40],
      [3, 10],
      [10, 2],
      [20, 0.5],
      [39, 5],
      [50, 10],
    ]) {
      for (const limit of [1, 2, 5, 9, 30, 100]) {
        const window = { from: day(from), to: day(from + days) };
        const picked = await reader.rankedInWindow(me, window, ranking, limit, ['startsAt']);
        const got = picked.map((p) => `${p.event.id}:${p.mark ?? '-'}`).sort();
        expect([from, days, limit, got]).toEqual([from, days, limit, expected(window.from, window.to, limit)]);
      }
    }
    // Only the fields asked for (and the id) are read.
    const [one] = await reader.rankedInWindow(me, { from: day(0), to: day(40) }, ranking, 1, ['startsAt']);
    expect(Object.keys(one.event).sort()).toEqual(['id', 'startsAt']);
  });

  it('MatchReader reads what TypeORM reads, best first; the planner keeps the relevance its core computes from them', async () => {
    const [event] = await ds.getRepository(EventEntity).find({ where: { ownerId: owner } });
    const stored = await ds.getRepository(EventMatchEntity).find({ where: { ownerId: owner, eventId: In([event.id]) }, order: { score: 'DESC', id: 'ASC' } });
    expect(stored.length).toBeGreaterThan(1);
    const read = await t.app.get(MatchReader).ofEvents(owner, [event.id]);
    expect(read).toEqual(
      new Map([[event.id, stored.map((m) => plain(m, ['id', 'eventId', 'kind', 'role', 'score', 'contactId', 'companyId', 'topic', 'evidence', 'reason']))]]),
    );

    const [relevance]: { owner_id: string; relevance: number }[] = await ds.query('SELECT owner_id, relevance FROM event_relevance WHERE event_id = $1', [
      event.id,
    ]);
    const roles = await t.app.get(RelationshipReader).contactRoles(
      owner,
      stored.flatMap((m) => (m.contactId ? [m.contactId] : [])),
    );
    const weights = stored.map((m) => {
      const role = m.contactId ? roles.get(m.contactId) : undefined;
      return matchWeight(m, role ? { role } : undefined);
    });
    expect(relevance.owner_id).toBe(owner);
    expect(relevance.relevance).toBeCloseTo(eventRelevance(weights), 6);
  });
});
