import DataLoader from 'dataloader';
import { UserId } from '../ids';

/** The signed-in user, as resolved from the bearer token. */
export interface Viewer {
  id: UserId;
  email: string;
  timeZone: string;
  /** users.data_version when the request was authenticated: keys cached answers. */
  dataVersion: string;
}

/**
 * DataLoaders live for one request, so batching never mixes users and
 * nothing is cached across requests. Feature libs register theirs lazily by
 * name through `loader()`.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  loader<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let found = this.loaders.get(name);
    if (!found) {
      found = create();
      this.loaders.set(name, found);
    }
    return found as DataLoader<K, V>;
  }
}

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'lax' | 'strict';
  secure: boolean;
  path: string;
  maxAge?: number;
}

/** The part of the HTTP response a resolver may touch: the session cookie. */
export interface ResponseCookies {
  cookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options: CookieOptions): unknown;
}

/** What every GraphQL resolver receives as its context. */
export interface RequestContext {
  /** `viewerVia`: how the viewer signed this request (the web app's cookie or a bearer token). */
  req: { headers: Record<string, string | string[] | undefined>; viewer?: Viewer; viewerVia?: 'bearer' | 'cookie'; ip?: string };
  res?: ResponseCookies;
  loaders: RequestLoaders;
}

/** Groups `rows` by `key` in the order of `keys`, for one-to-many DataLoaders. */
export function groupInOrder<K, V>(keys: readonly K[], rows: V[], key: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Picks rows by id in the order of `ids`, null where missing, for one-to-one DataLoaders. */
export function pickInOrder<V extends { id: string }>(ids: readonly string[], rows: V[]): (V | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** What services need of a user to act for them: who, and in which zone. */
export type Actor = Pick<Viewer, 'id' | 'timeZone'>;
