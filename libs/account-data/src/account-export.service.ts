import { Injectable } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { UserId } from '@app/common';
import { DigestSettingsService } from '@app/digests';
import { FollowUpsService } from '@app/follow-ups';
import { SourcesService } from '@app/ingestion';
import { PlannerService } from '@app/planner';
import { CompaniesService, ContactsService, InteractionsService, InterviewsService, ProjectUpdatesService } from '@app/tracking';

export const EXPORT_FORMAT = 'topofmind-export/1';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

/** A stored row as JSON: dates as ISO strings, without its owner (always the viewer) or relations not loaded. */
function plain(row: object): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'ownerId' || key === 'owner' || value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : (value as Json);
  }
  return out;
}

/**
 * Everything a user entered or chose, as one JSON document: the profile
 * (never a password or token hash), sessions, tracked companies and
 * people with their interviews, interactions and project updates, sources,
 * attendance, cadence rules, digest settings and follow-up checklists (whom the user met,
 * their promises and decisions on items). What topofmind derives from these (the
 * event catalogue, matches, plans) is left out: it is recomputed from them.
 */
@Injectable()
export class AccountExportService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly companies: CompaniesService,
    private readonly contacts: ContactsService,
    private readonly interviews: InterviewsService,
    private readonly interactions: InteractionsService,
    private readonly projectUpdates: ProjectUpdatesService,
    private readonly sources: SourcesService,
    private readonly planner: PlannerService,
    private readonly followUps: FollowUpsService,
    private readonly digests: DigestSettingsService,
  ) {}

  async export(owner: UserId): Promise<Row> {
    const user = await this.accounts.getUser(owner);
    const byCreation = { createdAt: 'ASC', id: 'ASC' } as const;
    const where = { ownerId: owner };
    const [sessions, companies, contacts, interviews, interactions, projectUpdates, sources, attendance, cadenceRules, followUps, digestSettings] =
      await Promise.all([
        this.accounts.sessions(owner),
        this.companies.companies.repository.find({ where, order: byCreation }),
        this.contacts.contacts.repository.find({ where, order: byCreation }),
        this.interviews.interviews.repository.find({ where, relations: { contacts: true }, order: byCreation }),
        this.interactions.interactions.repository.find({ where, order: byCreation }),
        this.projectUpdates.updates.repository.find({ where, order: byCreation }),
        this.sources.list(owner),
        this.planner.attendanceList(owner),
        this.planner.cadenceRules(owner),
        this.followUps.stored(owner),
        this.digests.get(owner),
      ]);
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      profile: plain({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        timeZone: user.timeZone,
        linkedinPremium: user.linkedinPremium,
        targetRoles: user.targetRoles,
        interests: user.interests,
        calendarFeedCreatedAt: user.calendarTokenCreatedAt,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      }),
      cadenceRules: cadenceRules as unknown as Json,
      digestSettings: plain(digestSettings),
      sessions: sessions.map(plain),
      companies: companies.map(plain),
      contacts: contacts.map(plain),
      interviews: interviews.map(({ contacts: people = [], ...interview }) => ({ ...plain(interview), contactIds: people.map((c) => c.id) })),
      interactions: interactions.map(plain),
      projectUpdates: projectUpdates.map(plain),
      sources: sources.map((s) =>
        plain({
          id: s.id,
          name: s.name,
          url: s.feed.url,
          kind: s.feed.kind,
          refreshMinutes: s.refreshMinutes,
          defaultTimeZone: s.feed.defaultTimeZone,
          recipe: s.feed.recipe,
          createdAt: s.createdAt,
        }),
      ),
      attendance: attendance.map((a) =>
        plain({
          eventId: a.event.id,
          status: a.status,
          updatedAt: a.updatedAt,
          event: plain({ title: a.event.title, startsAt: a.event.startsAt, url: a.event.url, location: a.event.location }),
        }),
      ),
      followUpChecklists: followUps.map(({ checklist, people, items }) => ({
        ...plain(checklist),
        people: people.map(({ checklistId: _checklist, ...person }) => plain(person)),
        items: items.map(({ checklistId: _checklist, ...item }) => plain(item)),
      })),
    };
  }
}
