import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { UserId } from '@app/common';
import { EntitySql } from '@app/database';
import { Metrics } from '@app/metrics';
import { FollowUpChecklistEntity } from './checklist.entity';
import { FollowUpItemEntity } from './item.entity';
import { FollowUpPersonEntity } from './met-person.entity';

/** A checklist with what is stored about it. */
export interface StoredChecklist {
  checklist: FollowUpChecklistEntity;
  people: FollowUpPersonEntity[];
  items: FollowUpItemEntity[];
}

export type ChecklistScope = { checklistId: string } | { eventId: string } | Record<string, never>;

/** The follow-up tables: the only code writing them. */
@Injectable()
export class ChecklistStore {
  private checklistSql?: EntitySql<FollowUpChecklistEntity>;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(FollowUpChecklistEntity) readonly checklists: Repository<FollowUpChecklistEntity>,
    @InjectRepository(FollowUpPersonEntity) readonly people: Repository<FollowUpPersonEntity>,
    @InjectRepository(FollowUpItemEntity) readonly items: Repository<FollowUpItemEntity>,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Creates the checklists that do not exist yet, in one statement whatever
   * the number; the unique (owner, event) key makes a second worker's or a
   * re-run's insert a no-op. Returns how many were created.
   */
  async createMany(pairs: readonly { ownerId: string; eventId: string }[]): Promise<number> {
    if (pairs.length === 0) return 0;
    const c = (this.checklistSql ??= new EntitySql(this.dataSource, FollowUpChecklistEntity));
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO ${c.table} (${c.column('ownerId')}, ${c.column('eventId')})
       SELECT * FROM unnest($1::uuid[], $2::uuid[])
       ON CONFLICT DO NOTHING RETURNING ${c.column('id')}`,
      [pairs.map((p) => p.ownerId), pairs.map((p) => p.eventId)],
    );
    this.metrics.followUpsCreated.inc(rows.length);
    return rows.length;
  }

  /** The owner's checklists in scope with their people and items: three statements, the last two in parallel. */
  async load(owner: UserId, scope: ChecklistScope = {}): Promise<StoredChecklist[]> {
    const where = 'checklistId' in scope ? { id: scope.checklistId } : 'eventId' in scope ? { eventId: scope.eventId } : {};
    const checklists = await this.checklists.find({ where: { ownerId: owner, ...where }, order: { createdAt: 'DESC', id: 'ASC' } });
    if (checklists.length === 0) return [];
    const ids = checklists.map((checklist) => checklist.id);
    const ofChecklists = { ownerId: owner, checklistId: In(ids) };
    const [people, items] = await Promise.all([
      this.people.find({ where: ofChecklists, order: { createdAt: 'ASC' } }),
      this.items.find({ where: ofChecklists, order: { createdAt: 'ASC' } }),
    ]);
    const peopleOf = groupBy(people, (person) => person.checklistId);
    const itemsOf = groupBy(items, (item) => item.checklistId);
    return checklists.map((checklist) => ({ checklist, people: peopleOf.get(checklist.id) ?? [], items: itemsOf.get(checklist.id) ?? [] }));
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
