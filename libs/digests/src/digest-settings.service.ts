import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ProfileReader } from '@app/accounts';
import { Clock, UnauthenticatedException, UserId } from '@app/common';
import { currentPeriod, DigestSchedule, isDue } from './core';
import type { UpdateDigestSettingsInput } from './digest.inputs';
import { ALL_SECTIONS, DigestSettingsEntity } from './digest-settings.entity';

/** A user's settings as the digest reads them: the stored row, or the defaults. */
export type DigestSettings = Pick<
  DigestSettingsEntity,
  'frequency' | 'weekday' | 'localTime' | 'sections' | 'skipWhenEmpty' | 'paused' | 'lastError' | 'failuresInARow' | 'lastSentAt'
>;

export const DEFAULT_DIGEST_SETTINGS: Readonly<DigestSettings> = Object.freeze({
  frequency: 'WEEKLY',
  weekday: 'MONDAY',
  localTime: '08:00',
  sections: ALL_SECTIONS,
  skipWhenEmpty: true,
  paused: false,
  lastError: null,
  failuresInARow: 0,
  lastSentAt: null,
});

const SETTING_FIELDS = Object.keys(DEFAULT_DIGEST_SETTINGS) as (keyof DigestSettings)[];

function settingsOf(row: DigestSettingsEntity | null | undefined): DigestSettings {
  if (!row) return { ...DEFAULT_DIGEST_SETTINGS, sections: [...ALL_SECTIONS] };
  return Object.fromEntries(SETTING_FIELDS.map((field) => [field, row[field]])) as DigestSettings;
}

export const scheduleOf = (settings: DigestSettings): DigestSchedule => ({
  frequency: settings.frequency,
  weekday: settings.weekday,
  localTime: settings.localTime,
});

/** The digest settings table: the only code writing it. */
@Injectable()
export class DigestSettingsService {
  constructor(
    @InjectRepository(DigestSettingsEntity) private readonly settings: Repository<DigestSettingsEntity>,
    private readonly profiles: ProfileReader,
    private readonly clock: Clock,
  ) {}

  async get(owner: UserId): Promise<DigestSettings> {
    return settingsOf(await this.settings.findOne({ where: { ownerId: owner } }));
  }

  /** Settings of many users in one statement; users without a row get the defaults. */
  async many(owners: readonly string[]): Promise<Map<string, DigestSettings>> {
    const rows = owners.length ? await this.settings.find({ where: { ownerId: In([...owners]) } }) : [];
    const byOwner = new Map(rows.map((row) => [row.ownerId, row]));
    return new Map(owners.map((owner) => [owner, settingsOf(byOwner.get(owner))]));
  }

  /** Changes the given settings; any change resumes paused digests (the user has seen why they stopped). */
  async update(owner: UserId, input: UpdateDigestSettingsInput): Promise<DigestSettings> {
    const current = await this.get(owner);
    const sections = input.sections ? ALL_SECTIONS.filter((section) => input.sections?.includes(section)) : current.sections;
    const next: DigestSettings = {
      ...current,
      ...(input.frequency !== undefined && { frequency: input.frequency }),
      ...(input.weekday !== undefined && { weekday: input.weekday }),
      ...(input.localTime !== undefined && { localTime: input.localTime }),
      ...(input.skipWhenEmpty !== undefined && { skipWhenEmpty: input.skipWhenEmpty }),
      sections,
      paused: false,
      failuresInARow: 0,
    };
    await this.settings.upsert({ ownerId: owner, ...next }, ['ownerId']);
    return next;
  }

  /** One-click unsubscribe: digests OFF at once. */
  async turnOff(owner: UserId): Promise<void> {
    await this.settings.upsert({ ownerId: owner, frequency: 'OFF' }, ['ownerId']);
  }

  /** After a delivery: a success clears the failure count; a permanent failure counts, and the fifth in a row pauses digests. */
  async recordOutcome(owner: UserId, outcome: { sentAt: Date } | { permanentError: string }, pauseAfter: number): Promise<void> {
    if ('sentAt' in outcome) {
      await this.settings.upsert({ ownerId: owner, lastSentAt: outcome.sentAt, failuresInARow: 0, lastError: null }, ['ownerId']);
      return;
    }
    const failures = (await this.get(owner)).failuresInARow + 1;
    await this.settings.upsert({ ownerId: owner, failuresInARow: failures, lastError: outcome.permanentError, paused: failures >= pauseAfter }, ['ownerId']);
  }

  /** When the next digest is due, in the user's zone; null when OFF or paused. */
  async nextSendAt(owner: UserId, settings: DigestSettings): Promise<Date | null> {
    if (settings.frequency === 'OFF' || settings.paused) return null;
    const profile = await this.profiles.recipient(owner);
    if (!profile) throw new UnauthenticatedException();
    const now = this.clock.now();
    const period = currentPeriod(now, profile.timeZone, scheduleOf(settings));
    if (!period) return null;
    if (!isDue(now, period) || !settings.lastSentAt || settings.lastSentAt < period.start) return period.sendAt;
    // This period's digest went out: the next period's.
    const later = new Date(period.start.getTime() + (period.frequency === 'DAILY' ? 1 : 7) * 86_400_000 + 3_600_000);
    return currentPeriod(later, profile.timeZone, scheduleOf(settings))?.sendAt ?? null;
  }
}
