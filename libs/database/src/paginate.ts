import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CursorValues, decodeCursor, encodeCursor, Page, PageArgs } from '@app/common';

/**
 * A keyset ordering: SQL expressions, all sorted in one direction, the last
 * one unique (the id) so the order is total.
 */
export interface Ordering {
  direction: 'ASC' | 'DESC';
  keys: string[];
}

function cursorValue(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return value;
  return String(value);
}

/**
 * Keyset pagination: the cursor holds the sort values of the last row, and
 * the next page starts strictly after them, so pages stay stable while rows
 * are inserted and cost the same at any depth (unlike OFFSET). The sort
 * values are read back from SQL, so cursors never depend on JavaScript
 * re-implementing an SQL expression such as lower().
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: PageArgs, ordering: Ordering): Promise<Page<T>> {
  const { direction, keys } = ordering;
  if (args.after) {
    const values: CursorValues = decodeCursor(args.after, keys.length);
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const op = direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${keys.join(', ')}) ${op} (${keys.map((_, i) => `:cursor${i}`).join(', ')})`, params);
  }
  keys.forEach((sql, i) => {
    // Parenthesised: TypeORM would otherwise merge a plain column such as
    // `contact.id` with the entity's own selection and drop it from the entity.
    qb.addSelect(`(${sql})`, `cursor_${i}`);
    if (i === 0) qb.orderBy(sql, direction);
    else qb.addOrderBy(sql, direction);
  });
  const { entities, raw } = await qb.limit(args.first + 1).getRawAndEntities();
  const edges = entities.slice(0, args.first).map((node, row) => ({
    node,
    cursor: encodeCursor(keys.map((_, i) => cursorValue((raw[row] as Record<string, unknown>)[`cursor_${i}`]))),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: entities.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
