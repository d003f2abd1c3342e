import { DeepPartial, FindOptionsRelations, FindOptionsWhere, In, ObjectLiteral, QueryFailedError, Repository, SelectQueryBuilder } from 'typeorm';
import { isUuid, NotFoundException, UserId } from '@app/common';

/** Every user-owned row carries its owner's id. */
export interface OwnedEntity extends ObjectLiteral {
  id: string;
  ownerId: string;
}

/**
 * The only way services read or write user-owned rows. Every method takes
 * the owner and adds it to the SQL, so a row of another user behaves
 * exactly like a row that does not exist: scoping lives here, in the data
 * layer, not in each resolver.
 */
export class OwnedRepository<T extends OwnedEntity> {
  constructor(
    readonly repository: Repository<T>,
    /** Singular noun used in NOT_FOUND messages, e.g. "Company". */
    readonly label: string,
  ) {}

  private whereOwned(owner: UserId, id: string): FindOptionsWhere<T> {
    return { id, ownerId: owner } as unknown as FindOptionsWhere<T>;
  }

  async findOne(owner: UserId, id: string, relations?: FindOptionsRelations<T>): Promise<T | null> {
    if (!isUuid(id)) return null;
    return this.repository.findOne({ where: this.whereOwned(owner, id), relations });
  }

  /** The row, or NOT_FOUND naming `field` when the id came from an input field. */
  async get(owner: UserId, id: string, field?: string, relations?: FindOptionsRelations<T>): Promise<T> {
    const found = await this.findOne(owner, id, relations);
    if (!found) throw new NotFoundException(this.label, id, field);
    return found;
  }

  /** Rows for all `ids` in the given order; NOT_FOUND names the first missing one. */
  async getMany(owner: UserId, ids: readonly string[], field: string): Promise<T[]> {
    const unique = [...new Set(ids)];
    const bad = unique.find((id) => !isUuid(id));
    if (bad !== undefined) throw new NotFoundException(this.label, bad, field);
    const rows = unique.length ? await this.repository.find({ where: { id: In(unique), ownerId: owner } as unknown as FindOptionsWhere<T> }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = unique.find((id) => !byId.has(id));
    if (missing !== undefined) throw new NotFoundException(this.label, missing, field);
    return unique.map((id) => byId.get(id) as T);
  }

  /** For DataLoaders: rows owned by `owner` among `ids`, in no particular order. */
  async findByIds(owner: UserId, ids: readonly string[]): Promise<T[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.repository.find({ where: { id: In(valid), ownerId: owner } as unknown as FindOptionsWhere<T> });
  }

  /** A query builder already restricted to the owner's rows. */
  query(owner: UserId, alias: string): SelectQueryBuilder<T> {
    return this.repository.createQueryBuilder(alias).where(`${alias}.owner_id = :owner`, { owner });
  }

  async create(owner: UserId, values: DeepPartial<T>): Promise<T> {
    const entity = this.repository.create({ ...values, ownerId: owner } as DeepPartial<T>);
    return this.repository.save(entity);
  }

  async update(owner: UserId, id: string, patch: DeepPartial<T>): Promise<T> {
    const current = await this.get(owner, id);
    const merged = this.repository.merge(current, patch, { ownerId: owner } as unknown as DeepPartial<T>);
    return this.repository.save(merged);
  }

  async delete(owner: UserId, id: string): Promise<void> {
    await this.get(owner, id);
    await this.repository.delete(this.whereOwned(owner, id));
  }
}

/** True when `error` is PostgreSQL's unique_violation on `constraint`. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

/** True when `error` is PostgreSQL's foreign_key_violation (a referenced row is gone, e.g. deleted concurrently). */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503';
}

/**
 * Rows of an `UPDATE/DELETE ... RETURNING` run through `EntityManager.query`:
 * TypeORM answers those with `[rows, affectedCount]` rather than the rows.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
