import { Inject, Injectable } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { Clock, UserId } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { planEvents, planTouches, PlannerData, TouchClaims } from '@app/planner';
import { FeedEvent, FeedTouch, writeCalendarFeed } from './core';

const DAY_MS = 86_400_000;
/** Attended events this far back stay in the feed, so calendars keep recent history. */
const PAST_DAYS = 30;
const FUTURE_DAYS = 365;

/**
 * The user's plan as a secret-URL iCalendar feed: the events they marked
 * GOING or MAYBE (with whom to meet and what to say) and their due touches,
 * with reminders. Any calendar app can subscribe to it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly data: PlannerData,
    private readonly claims: TouchClaims,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** When the current feed URL was issued, or null while there is none; the URL itself is not kept. */
  async issuedAt(owner: UserId): Promise<Date | null> {
    return (await this.accounts.getUser(owner)).calendarTokenCreatedAt;
  }

  /** A new secret feed URL, shown this once; the previous one stops working. */
  async issue(owner: UserId): Promise<{ url: string; createdAt: Date }> {
    const { token, createdAt } = await this.accounts.issueCalendarToken(owner);
    return { url: `${this.config.http.publicBaseUrl}/calendar/${token}.ics`, createdAt };
  }

  /** The feed's text for a token, or null when no user has that token (never issued, or rotated away). */
  async render(token: string): Promise<string | null> {
    const user = await this.accounts.findUserByCalendarToken(token);
    if (!user) return null;
    const owner = user.id as UserId;
    const now = this.clock.now();
    const window = { from: new Date(now.getTime() - PAST_DAYS * DAY_MS), to: new Date(now.getTime() + FUTURE_DAYS * DAY_MS) };
    const [relationships, candidates, claimsFor] = await Promise.all([
      this.data.relationships(owner),
      this.data.candidatesToShow(owner, window.from, window.to, 200),
      this.claims.of(owner, now),
    ]);
    const claims = claimsFor(relationships);
    const attended = candidates.events.filter((e) => e.attendance === 'GOING' || e.attendance === 'MAYBE');
    const attendedIds = new Set(attended.map((e) => e.id));
    const items = planEvents({
      now,
      window,
      ...relationships,
      events: attended,
      matches: candidates.matches.filter((m) => attendedIds.has(m.eventId)),
      limit: Math.max(1, attended.length),
      claims,
    });
    const byId = new Map(candidates.records.events.map((r) => [r.id, r]));
    const events: FeedEvent[] = items.flatMap((item) => {
      const row = byId.get(item.event.id);
      if (!row || (item.event.attendance !== 'GOING' && item.event.attendance !== 'MAYBE')) return [];
      return [
        {
          id: row.id,
          uid: row.uid,
          title: row.title,
          start: row.startLocal,
          end: row.endLocal,
          allDay: row.allDay,
          timeZone: row.timeZone,
          location: row.location,
          url: row.url,
          onlineUrl: row.onlineUrl,
          status: row.status,
          attendance: item.event.attendance,
          meet: item.meet.map((m) => ({ name: m.contact.name, why: m.why, talkingPoints: m.talkingPoints.map((p) => p.text) })),
          updatedAt: row.updatedAt,
          sequence: row.sequence,
        },
      ];
    });
    // Follow-up checklist items come in as claims: one dated entry, with its alarm, per person and purpose.
    const { touches } = planTouches({ now, ...relationships, events: candidates.events, matches: candidates.matches, claims });
    const feedTouches: FeedTouch[] = touches.map((t) => ({
      id: t.id,
      contactName: t.contactName,
      kind: t.kind,
      dueAt: t.dueAt,
      draft: t.subject ? `Subject: ${t.subject}\n\n${t.draft}` : t.draft,
      reason: t.reason,
      updatedAt: now,
    }));
    return writeCalendarFeed(events, feedTouches, {
      calendarName: 'topofmind plan',
      timeZone: relationships.timeZone,
      now,
      appUrl: this.config.http.publicBaseUrl,
    });
  }
}
