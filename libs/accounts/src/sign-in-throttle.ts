import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { RateLimitedException } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';

/** Created by the migration CreateAuthThrottle. */
export const THROTTLE_TABLE = 'auth_throttle';
const WINDOW_SECONDS = 15 * 60;
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 3600;
/** A lockout is remembered this long: every wrong password meanwhile locks again, for twice as long. */
const LOCKOUT_MEMORY_SECONDS = 24 * 3600;

/** One password check counted against an account by SignInThrottle.reserve. */
export interface PasswordCheck {
  readonly key: string;
  /** Which check this is in the current 15 minutes. */
  readonly ordinal: number;
  readonly lockedBefore: boolean;
}

const secondsUntil = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Accounts are throttled by their normalised email whether or not it is registered; stored hashed. */
const accountKey = (email: string) => createHash('sha256').update(email).digest('hex');

/** IPv6 clients are throttled per /64, the block one subscriber usually holds; IPv4-mapped addresses as IPv4. */
export function addressKey(ip: string | undefined): string {
  if (!ip || !ipaddr.isValid(ip)) return 'unknown';
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}

/**
 * Sign-in throttling shared by every instance (its state is in PostgreSQL):
 *
 * - per client address: AUTH_MAX_ATTEMPTS_PER_ADDRESS sign-in, registration
 *   and password-confirmation attempts per 15 minutes;
 * - per account: AUTH_MAX_FAILURES_PER_ACCOUNT wrong passwords per 15
 *   minutes lock it for a minute; while that lockout is remembered (a day),
 *   every further wrong password locks it again for twice as long as the
 *   last time, up to an hour. A right password starts afresh.
 *
 * A locked account is refused before its password is checked, so waiting
 * out a lockout is the only way on, for a right password as for a wrong one.
 * Each check is counted before it runs, so a burst of parallel guesses
 * gets no more through than a sequence would.
 */
@Injectable()
export class SignInThrottle {
  private readonly perAddress: RateLimiterPostgres;
  private readonly failures: RateLimiterPostgres;
  private readonly lockouts: RateLimiterPostgres;
  private readonly maxFailures: number;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    // 'typeorm': the library borrows the app's pool (dataSource.driver.master).
    const store = { storeClient: dataSource, storeType: 'typeorm', tableName: THROTTLE_TABLE, tableCreated: true };
    this.maxFailures = config.auth.maxFailuresPerAccount;
    // The three share one table: one of them deletes its expired rows (every 5 minutes, an unref'd timer).
    this.perAddress = new RateLimiterPostgres({ ...store, keyPrefix: 'address', points: config.auth.maxAttemptsPerAddress, duration: WINDOW_SECONDS });
    this.failures = new RateLimiterPostgres({
      ...store,
      clearExpiredByTimeout: false,
      keyPrefix: 'failures',
      points: this.maxFailures,
      duration: WINDOW_SECONDS,
    });
    this.lockouts = new RateLimiterPostgres({ ...store, clearExpiredByTimeout: false, keyPrefix: 'lockouts', points: 1, duration: LOCKOUT_MEMORY_SECONDS });
  }

  /** Counts one attempt from a client address; TOO_MANY_REQUESTS over the limit. */
  async attempt(ip: string | undefined): Promise<void> {
    try {
      await this.perAddress.consume(addressKey(ip));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedException(secondsUntil(error.msBeforeNext));
      throw error;
    }
  }

  /**
   * Counts a password check against the account before it runs, so parallel
   * guesses cannot all pass a look made before any of them failed.
   * TOO_MANY_REQUESTS while the account is locked, or when the checks in
   * flight use up its allowance (after a lockout: one at a time).
   */
  async reserve(email: string): Promise<PasswordCheck> {
    const key = accountKey(email);
    const attempts = await this.failures.penalty(key);
    const lockedBefore = (await this.lockouts.get(key)) !== null;
    if (attempts.consumedPoints > (lockedBefore ? 1 : this.maxFailures)) {
      throw new RateLimitedException(secondsUntil(attempts.msBeforeNext));
    }
    return { key, ordinal: attempts.consumedPoints, lockedBefore };
  }

  /** The check did not happen (e.g. refused by the hashing queue): it does not count. */
  async release(check: PasswordCheck): Promise<void> {
    await this.failures.reward(check.key);
  }

  /** A wrong password: at the limit, and after any earlier lockout, the account locks for twice as long as the last time. */
  async failed(check: PasswordCheck): Promise<void> {
    if (check.ordinal < this.maxFailures && !check.lockedBefore) return;
    const { consumedPoints: lockouts } = await this.lockouts.penalty(check.key);
    // block() keeps the count above every allowance until the lock ends.
    await this.failures.block(check.key, Math.min(FIRST_LOCK_SECONDS * 2 ** (lockouts - 1), MAX_LOCK_SECONDS));
  }

  /** A right password: the account's failures and lockouts are forgotten. */
  async succeeded(check: PasswordCheck): Promise<void> {
    await Promise.all([this.failures.delete(check.key), this.lockouts.delete(check.key)]);
  }
}
