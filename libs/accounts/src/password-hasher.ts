import { Injectable } from '@nestjs/common';
import { RateLimitedException } from '@app/common';
import { ConcurrencyLimit } from './concurrency-limit';
import { hashPassword, verifyPassword } from './password';

/**
 * scrypt runs on libuv's thread pool (4 threads by default), which file
 * access and DNS lookups share: two hashes at a time leave the rest free.
 * At about 50 ms a hash, 16 waiting means at most about half a second in
 * line; beyond that a sign-in is refused at once (retry after a second)
 * rather than queued without bound.
 */
export const MAX_CONCURRENT_HASHES = 2;
export const MAX_WAITING_HASHES = 16;

/** Password hashing and verification with a bound on concurrent work and on the queue. */
@Injectable()
export class PasswordHasher {
  readonly limit = new ConcurrencyLimit(MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES, () => new RateLimitedException(1));

  hash(password: string): Promise<string> {
    return this.limit.run(() => hashPassword(password));
  }

  verify(password: string, stored: string): Promise<boolean> {
    return this.limit.run(() => verifyPassword(password, stored));
  }
}
