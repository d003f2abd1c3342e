import { Injectable, Logger } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { UserId } from '@app/common';
import { DigestSender, DigestSettingsService } from '@app/digests';
import { FollowUpActions, FollowUpKind, followUpItemId, MetRecorder } from '@app/follow-ups';
import { EventsService, SourcesService } from '@app/ingestion';
import { PlannerService } from '@app/planner';
import { CompaniesService, ContactsService, InteractionsService, InterviewsService, ProjectUpdatesService, todayIn } from '@app/tracking';
import { DEMO_SOURCES, readExample } from './demo-sources';
import {
  DEMO_CHECKLIST,
  DEMO_DIGEST,
  DEMO_COMPANIES,
  DEMO_PROFILE,
  DEMO_CONTACTS,
  DEMO_INTERACTIONS,
  DEMO_INTERVIEWS,
  DEMO_PROJECT_UPDATES,
  DEMO_USER,
} from './demo-workspace';

const DAY_MS = 24 * 3600 * 1000;

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');
  private seeded: { email: string; password: string } | null = null;

  constructor(
    private readonly accounts: AccountsService,
    private readonly companies: CompaniesService,
    private readonly contacts: ContactsService,
    private readonly interviews: InterviewsService,
    private readonly interactions: InteractionsService,
    private readonly projectUpdates: ProjectUpdatesService,
    private readonly sources: SourcesService,
    private readonly events: EventsService,
    private readonly planner: PlannerService,
    private readonly meetings: MetRecorder,
    private readonly followUps: FollowUpActions,
    private readonly digestSettings: DigestSettingsService,
    private readonly digests: DigestSender,
  ) {}

  /** How to sign in to the demo workspace, once this process has seeded it (or found it seeded); null otherwise. */
  get signIn(): { email: string; password: string } | null {
    return this.seeded;
  }

  /** Seeds the demo workspace unless it exists; returns how to sign in. */
  async seedOnce(now = new Date()): Promise<{ email: string; password: string }> {
    const existing = await this.accounts.findUserByEmail(DEMO_USER.email);
    if (existing) return (this.seeded = { email: DEMO_USER.email, password: DEMO_USER.password });
    const { user } = await this.accounts.register(DEMO_USER.email, DEMO_USER.password, DEMO_USER.timeZone);
    try {
      await this.seedWorkspace(user.id as UserId, now);
    } catch (error) {
      // Leave no half-seeded workspace behind: the next start seeds afresh.
      await this.accounts.deleteUser(user.id as UserId);
      throw error;
    }
    this.logger.log(`seeded the demo workspace for ${DEMO_USER.email}`);
    return (this.seeded = { email: DEMO_USER.email, password: DEMO_USER.password });
  }

  private async seedWorkspace(owner: UserId, now: Date): Promise<void> {
    const viewer = { id: owner, email: DEMO_USER.email, timeZone: DEMO_USER.timeZone };
    await this.accounts.updateProfile(owner, {
      displayName: DEMO_PROFILE.displayName,
      targetRoles: DEMO_PROFILE.targetRoles,
      interests: DEMO_PROFILE.interests,
    });
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const companyIds = new Map<string, string>();
    for (const { key, ...company } of DEMO_COMPANIES) {
      companyIds.set(key, (await this.companies.create(owner, company)).id);
    }
    const contactIds = new Map<string, string>();
    for (const { key, company, ...contact } of DEMO_CONTACTS) {
      contactIds.set(key, (await this.contacts.create(owner, { ...contact, companyId: companyIds.get(company) })).id);
    }
    for (const { company, contacts, daysAgo, ...interview } of DEMO_INTERVIEWS) {
      await this.interviews.record(owner, {
        ...interview,
        companyId: companyIds.get(company) as string,
        contactIds: contacts.map((c) => contactIds.get(c) as string),
        occurredAt: ago(daysAgo),
      });
    }
    for (const { contact, daysAgo, ...interaction } of DEMO_INTERACTIONS) {
      await this.interactions.log(owner, { ...interaction, contactId: contactIds.get(contact) as string, occurredAt: ago(daysAgo) });
    }
    for (const { daysAgo, ...update } of DEMO_PROJECT_UPDATES) {
      await this.projectUpdates.create(viewer, { ...update, occurredOn: todayIn(DEMO_USER.timeZone, ago(daysAgo)) });
    }
    // Last, so the events are matched against the full tracked set on import.
    for (const source of DEMO_SOURCES) {
      await this.sources.importText(viewer, { name: source.name, text: await readExample(source.file, now), kind: source.kind }, { untilDone: true });
    }
    await this.seedChecklist(owner, now, contactIds);
    // A daily digest due from midnight: the first start writes one to the outbox at once.
    await this.digestSettings.update(owner, DEMO_DIGEST);
    await this.digests.deliver(owner);
  }

  /** The evening two days ago: the user went, recorded whom they met and sent the first note, so the checklist is half done. */
  private async seedChecklist(owner: UserId, now: Date, contactIds: Map<string, string>): Promise<void> {
    const { edges } = await this.events.list(owner, { first: 1 }, { search: DEMO_CHECKLIST.eventTitle, to: now });
    const event = edges[0]?.node;
    if (!event) throw new Error(`the demo evening "${DEMO_CHECKLIST.eventTitle}" was not imported`);
    await this.planner.setAttendance(owner, event.id, 'GOING');
    const { met, newPerson } = DEMO_CHECKLIST;
    await this.meetings.recordMet(owner, {
      eventId: event.id,
      contactIds: [contactIds.get(met.contact) as string],
      notes: met.notes,
      topics: met.topics,
      promises: met.promises,
    });
    const checklist = await this.meetings.recordMet(owner, { eventId: event.id, newPeople: [newPerson] });
    const note = checklist.view.items.find((item) => item.kind === FollowUpKind.LINKEDIN_NOTE && item.contactId === contactIds.get(met.contact));
    if (!note) throw new Error('the demo checklist has no LinkedIn note to complete');
    const sentAt = new Date((event.endsAt ?? event.startsAt).getTime() + DEMO_CHECKLIST.noteSentHoursAfter * 3_600_000);
    await this.followUps.complete(owner, followUpItemId(checklist.checklistId, note.key), sentAt);
  }
}
