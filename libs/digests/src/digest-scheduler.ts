import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ProfileReader } from '@app/accounts';
import { Clock } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { JobsService } from '@app/jobs';
import { currentPeriod, DigestPeriod, isDue } from './core';
import { DIGEST_QUEUE, DIGEST_QUEUE_DEFINITION, DigestJob } from './digest.queue';
import { DigestDeliveryEntity } from './digest-delivery.entity';
import { DigestSender } from './digest-sender';
import { DigestSettingsService, scheduleOf } from './digest-settings.service';

/** Users looked at per statement in a tick. */
const PAGE = 1_000;

/**
 * The worker's side of digests: a tick (every DIGEST_TICK_SECONDS) that only
 * finds users whose local send time has passed and whose period has no
 * delivery yet, and enqueues one job each; and the job handler. Any number
 * of workers can run it: a job queued twice, or run by two workers, sends
 * once (DigestSender's claim).
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('Digests');
  private ticking = false;

  constructor(
    private readonly jobs: JobsService,
    private readonly sender: DigestSender,
    private readonly settings: DigestSettingsService,
    private readonly profiles: ProfileReader,
    @InjectRepository(DigestDeliveryEntity) private readonly deliveries: Repository<DigestDeliveryEntity>,
    private readonly registry: SchedulerRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.defineQueue(DIGEST_QUEUE_DEFINITION);
    // Batches of 10 sent together: a digest waits on the database and the mail server, not the CPU.
    await this.jobs.work<DigestJob>(
      DIGEST_QUEUE,
      async ({ ownerId, periodKey }) => {
        const outcome = await this.sender.deliver(ownerId, periodKey);
        if (outcome === 'FAILED') this.logger.warn(`digest ${periodKey} for ${ownerId} failed; see digestDeliveries`);
      },
      { concurrency: 2, batchSize: 10 },
    );
    const interval = setInterval(
      () => void this.tick().catch((error: Error) => this.logger.error(`digest tick: ${error.message}`)),
      this.config.mail.tickSeconds * 1000,
    );
    this.registry.addInterval('digests.tick', interval);
  }

  /** Enqueues the digests now due; returns how many were enqueued. */
  async tick(now = this.clock.now()): Promise<number> {
    if (this.ticking) return 0;
    this.ticking = true;
    try {
      let enqueued = 0;
      let after: string | null = null;
      for (;;) {
        const recipients = await this.profiles.recipients(after, PAGE);
        if (recipients.length === 0) break;
        after = recipients[recipients.length - 1].id;
        const settings = await this.settings.many(recipients.map((r) => r.id));
        const due: { ownerId: string; period: DigestPeriod }[] = [];
        for (const recipient of recipients) {
          const own = settings.get(recipient.id);
          if (!own || own.frequency === 'OFF' || own.paused) continue;
          const period = currentPeriod(now, recipient.timeZone, scheduleOf(own));
          // Someone who signs up on a Wednesday gets the next Monday's digest, not this week's at once.
          if (period && isDue(now, period) && period.sendAt.getTime() >= recipient.createdAt.getTime()) due.push({ ownerId: recipient.id, period });
        }
        for (const job of await this.undelivered(due)) {
          if (
            await this.jobs.send<DigestJob>(
              DIGEST_QUEUE,
              { ownerId: job.ownerId, periodKey: job.period.key },
              { singletonKey: `${job.ownerId}:${job.period.key}` },
            )
          ) {
            enqueued++;
          }
        }
        if (recipients.length < PAGE) break;
      }
      if (enqueued) this.logger.log(`enqueued ${enqueued} digest(s)`);
      return enqueued;
    } finally {
      this.ticking = false;
    }
  }

  /** Of the due digests, those with no delivery yet, or whose sending worker's claim ran out: one statement. */
  private async undelivered(due: { ownerId: string; period: DigestPeriod }[]): Promise<{ ownerId: string; period: DigestPeriod }[]> {
    if (due.length === 0) return [];
    const rows = await this.deliveries.find({
      select: { ownerId: true, periodKey: true, status: true, claimedUntil: true },
      where: { ownerId: In(due.map((d) => d.ownerId)), periodKey: In([...new Set(due.map((d) => d.period.key))]), test: false },
    });
    const now = Date.now();
    const settled = new Set(
      rows.filter((row) => row.status !== 'SENDING' || (row.claimedUntil && row.claimedUntil.getTime() > now)).map((row) => `${row.ownerId}:${row.periodKey}`),
    );
    return due.filter((d) => !settled.has(`${d.ownerId}:${d.period.key}`));
  }
}
