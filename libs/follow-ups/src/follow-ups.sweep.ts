import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '@app/common';
import { PlannerService } from '@app/planner';
import { ChecklistStore } from './checklist-store';
import { FollowUpChecklistEntity } from './checklist.entity';

const DAY_MS = 86_400_000;
/** Events that ended this long ago still get their checklist from the sweep (a worker down for days catches up); older ones when marked GOING. */
const LOOKBACK_DAYS = 30;
const BATCH = 5_000;

/**
 * Creates the checklists of attended events that have ended, for all users
 * at once: each batch is one read and one insert, whatever the number of
 * users. Runs on every worker each minute; the unique (owner, event) key
 * makes a second worker's sweep, a re-run or a restart create nothing twice.
 */
@Injectable()
export class FollowUpSweep {
  private readonly logger = new Logger('FollowUpSweep');

  constructor(
    private readonly planner: PlannerService,
    private readonly store: ChecklistStore,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'follow-ups.sweep', waitForCompletion: true })
  async tick(): Promise<void> {
    const created = await this.sweep();
    if (created) this.logger.log(`created ${created} follow-up checklist(s)`);
  }

  /** Returns how many checklists this sweep created. */
  async sweep(now = this.clock.now(), batch = BATCH): Promise<number> {
    let created = 0;
    for (;;) {
      const ended = await this.planner.attendedEventsEnded({
        statuses: ['GOING', 'MAYBE'],
        unless: { entity: FollowUpChecklistEntity, ownerId: 'ownerId', eventId: 'eventId' },
        from: new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS),
        to: now,
        limit: batch,
      });
      const inserted = await this.store.createMany(ended);
      created += inserted;
      // A short batch was the last; a full one that created nothing was taken by another worker meanwhile.
      if (ended.length < batch || inserted === 0) return created;
    }
  }
}
