import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Recipient } from '@app/accounts';
import { Clock, RateLimitedException, UnauthenticatedException, UserId } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Metrics } from '@app/metrics';
import { currentPeriod, digestMessageId, DigestPeriod, isDue, isEmptyDigest, RenderedDigest, renderDigest, testDigestMessageId } from './core';
import { DigestComposer } from './digest-composer';
import { DeliveryStatus, DigestDeliveryEntity } from './digest-delivery.entity';
import { DigestSettings, DigestSettingsService, scheduleOf } from './digest-settings.service';
import { MailDeliveryError, MailTransport, OutgoingMail } from './mail-transport';
import { UnsubscribeLinks } from './unsubscribe-links';

/** Permanent failures in a row before a user's digests pause (the reason shows in digestSettings.lastError). */
export const PAUSE_AFTER_FAILURES = 5;
/** A user may send themselves one test digest a minute. */
const TEST_INTERVAL_MS = 60_000;

export type DeliveryOutcome = 'SENT' | 'SKIPPED' | 'FAILED' | 'TAKEN' | 'NOT_DUE' | 'GONE';

/**
 * Builds and sends one user's digest for one period, exactly once: the
 * delivery row keyed by (user, period) is claimed before anything is built,
 * and marked SENT right after the mail server accepts the message. A worker
 * that dies in between leaves a claim that runs out (DIGEST_CLAIM_SECONDS);
 * the resend then carries the same Message-ID, so it is the same message.
 */
@Injectable()
export class DigestSender {
  constructor(
    @InjectRepository(DigestDeliveryEntity) private readonly deliveries: Repository<DigestDeliveryEntity>,
    private readonly composer: DigestComposer,
    private readonly settings: DigestSettingsService,
    private readonly links: UnsubscribeLinks,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  /**
   * The job: the user's digest for `periodKey`, if it is still theirs to get
   * (settings may have changed since it was queued); without a key, the
   * current period's, if due (the demo's first start sends one at once).
   */
  async deliver(owner: string, periodKey?: string): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    const recipient = await this.composer.recipient(owner as UserId);
    if (!recipient) return 'GONE';
    const settings = await this.settings.get(owner as UserId);
    if (settings.frequency === 'OFF' || settings.paused) return 'NOT_DUE';
    const period = currentPeriod(now, recipient.timeZone, scheduleOf(settings));
    if (!period || (periodKey !== undefined && period.key !== periodKey) || !isDue(now, period)) return 'NOT_DUE';
    const messageId = digestMessageId(owner, period.key, this.config.http.publicBaseUrl);
    const claimed = await this.claim(owner, period, messageId);
    if (!claimed) return 'TAKEN';

    try {
      const rendered = await this.build(recipient, settings, period, now, false);
      if (!rendered) {
        await this.mark(claimed, { status: DeliveryStatus.SKIPPED });
        return 'SKIPPED';
      }
      await this.transport.send(this.mail(recipient, rendered, messageId, await this.links.url(owner), `${period.key}-${owner}`));
      await this.mark(claimed, { status: DeliveryStatus.SENT, sentAt: this.clock.now(), subject: rendered.subject });
      this.metrics.digestsSent.inc({ kind: 'scheduled' });
      await this.settings.recordOutcome(owner as UserId, { sentAt: now }, PAUSE_AFTER_FAILURES);
      return 'SENT';
    } catch (error) {
      const failure = error instanceof MailDeliveryError ? error : new MailDeliveryError(`The digest could not be built: ${(error as Error).message}`, false);
      await this.mark(claimed, { status: DeliveryStatus.FAILED, error: failure.message, retryable: !failure.permanent });
      this.metrics.digestsFailed.inc({ kind: 'scheduled', failure: failure.permanent ? 'permanent' : 'transient' });
      if (!failure.permanent) throw error; // the queue tries again, with backoff
      await this.settings.recordOutcome(owner as UserId, { permanentError: failure.message }, PAUSE_AFTER_FAILURES);
      return 'FAILED';
    }
  }

  /** The current digest, sent now and marked as a test: outside the once-per-period rule, and never skipped for being empty. */
  async sendTest(owner: UserId): Promise<DigestDeliveryEntity> {
    const now = this.clock.now();
    const recent = await this.deliveries
      .createQueryBuilder('d')
      // Real time, not the app's clock: this guards the user's inbox, now.
      .where(`d.owner_id = :owner AND d.test AND d.created_at > now() - :seconds * interval '1 second'`, { owner, seconds: TEST_INTERVAL_MS / 1000 })
      .getCount();
    if (recent > 0) throw new RateLimitedException(TEST_INTERVAL_MS / 1000, 'One test digest a minute: wait a moment before sending another.');
    const { recipient, settings, period } = await this.context(owner, now);
    const messageId = testDigestMessageId(owner, now, this.config.http.publicBaseUrl);
    const delivery = await this.deliveries.save(
      this.deliveries.create({
        ownerId: owner,
        periodKey: `TEST:${now.toISOString()}`,
        periodStart: period.start,
        status: 'SENDING',
        test: true,
        messageId,
        attempts: 1,
      }),
    );
    try {
      const rendered = (await this.build(recipient, settings, period, now, true)) as RenderedDigest;
      await this.transport.send(this.mail(recipient, rendered, messageId, await this.links.url(owner), `TEST-${now.toISOString()}-${owner}`));
      await this.mark(delivery.id, { status: DeliveryStatus.SENT, sentAt: this.clock.now(), subject: rendered.subject });
      this.metrics.digestsSent.inc({ kind: 'test' });
    } catch (error) {
      await this.mark(delivery.id, { status: DeliveryStatus.FAILED, error: error instanceof Error ? error.message : String(error) });
      this.metrics.digestsFailed.inc({ kind: 'test', failure: error instanceof MailDeliveryError && !error.permanent ? 'transient' : 'permanent' });
    }
    return this.deliveries.findOneByOrFail({ id: delivery.id });
  }

  /** The current digest, rendered and not sent. */
  async preview(owner: UserId): Promise<RenderedDigest> {
    const now = this.clock.now();
    const { recipient, settings, period } = await this.context(owner, now);
    return (await this.build(recipient, settings, period, now, false, true)) as RenderedDigest;
  }

  private async context(owner: UserId, now: Date): Promise<{ recipient: Recipient; settings: DigestSettings; period: DigestPeriod }> {
    const [recipient, settings] = await Promise.all([this.composer.recipient(owner), this.settings.get(owner)]);
    if (!recipient) throw new UnauthenticatedException();
    // With digests OFF, a preview or test shows what a weekly one would say.
    const schedule = settings.frequency === 'OFF' ? { ...scheduleOf(settings), frequency: 'WEEKLY' as const } : scheduleOf(settings);
    return { recipient, settings, period: currentPeriod(now, recipient.timeZone, schedule) as DigestPeriod };
  }

  /** The rendered digest; null when it has nothing to say and the user asked to skip such digests (never for tests and previews). */
  private async build(
    recipient: Recipient,
    settings: DigestSettings,
    period: DigestPeriod,
    now: Date,
    test: boolean,
    always = test,
  ): Promise<RenderedDigest | null> {
    const content = await this.composer.compose({
      recipient,
      settings,
      period,
      now,
      appUrl: this.config.http.publicBaseUrl,
      unsubscribeUrl: await this.links.url(recipient.id),
      test,
    });
    if (!always && settings.skipWhenEmpty && isEmptyDigest(content)) return null;
    return renderDigest(content);
  }

  private mail(recipient: Recipient, rendered: RenderedDigest, messageId: string, unsubscribeUrl: string, name: string): OutgoingMail {
    const host = new URL(this.config.http.publicBaseUrl).hostname;
    return {
      to: recipient.displayName ? `"${recipient.displayName.replace(/["\\\r\n]/g, '')}" <${recipient.email}>` : recipient.email,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'List-Id': `topofmind digests <digests.${host}>`,
        'Auto-Submitted': 'auto-generated',
      },
      fileName: `${name.replace(/[^A-Za-z0-9.-]+/g, '-')}.eml`,
    };
  }

  /**
   * Claims the (user, period) delivery: a new one, a deferred one the queue
   * retries, or one whose claim ran out (its worker died). Returns its id, or
   * null when another worker has it or it is done.
   */
  private async claim(owner: string, period: DigestPeriod, messageId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.deliveries.query(
      `INSERT INTO digest_deliveries (owner_id, period_key, period_start, status, message_id, attempts, claimed_until)
       VALUES ($1, $2, $3, 'SENDING', $4, 1, now() + $5 * interval '1 second')
       ON CONFLICT (owner_id, period_key) WHERE NOT test DO UPDATE
          SET status = 'SENDING', attempts = digest_deliveries.attempts + 1, claimed_until = excluded.claimed_until, error = NULL, updated_at = now()
        WHERE (digest_deliveries.status = 'FAILED' AND digest_deliveries.retryable)
           OR (digest_deliveries.status = 'SENDING' AND digest_deliveries.claimed_until < now())
       RETURNING id`,
      [owner, period.key, period.start, messageId, this.config.mail.claimSeconds],
    );
    return rows[0]?.id ?? null;
  }

  private async mark(id: string, change: Partial<Pick<DigestDeliveryEntity, 'status' | 'sentAt' | 'subject' | 'error' | 'retryable'>>): Promise<void> {
    await this.deliveries.update({ id }, { ...change, claimedUntil: null });
  }
}
