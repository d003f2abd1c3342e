import { InvalidInputException } from '../errors';

/** A cursor is the sort-key values of the last row seen, opaque to clients. */
export type CursorValues = (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === expectedLength && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the typed error below
  }
  throw InvalidInputException.field('after', 'Not a cursor from this list: pass pageInfo.endCursor of the previous page.');
}
