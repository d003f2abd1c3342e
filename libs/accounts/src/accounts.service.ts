import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { cleanList, InvalidInputException, UnauthenticatedException, UserId, Viewer } from '@app/common';
import { ProfileChanges } from './profile-changes';
import { isUniqueViolation } from '@app/database';
import { AccessTokenEntity } from './entities/access-token.entity';
import { UserEntity } from './entities/user.entity';
import { DUMMY_PASSWORD_HASH } from './password';
import { PasswordHasher } from './password-hasher';
import { emailWords, passwordWeakness } from './password-policy';
import { SignInThrottle } from './sign-in-throttle';

const TOKEN_PREFIX = 'tom_';
export const TOKEN_LIFETIME_MS = 90 * 24 * 3600 * 1000;
/** last_used_at is refreshed at most this often, so reads do not all write. */
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

export interface IssuedToken {
  token: string;
  user: UserEntity;
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();
const hashToken = (token: string) => createHash('sha256').update(token).digest();

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AccessTokenEntity) private readonly tokens: Repository<AccessTokenEntity>,
    private readonly changes: ProfileChanges,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
  ) {}

  /** `ip`: the client's address, for throttling (absent when the app itself registers, e.g. the demo). */
  async register(email: string, password: string, timeZone = 'UTC', ip?: string): Promise<IssuedToken> {
    const account = normaliseEmail(email);
    if (ip !== undefined) await this.throttle.attempt(ip);
    await this.assertStrong(password, account, 'input.password');
    const user = this.users.create({ email: account, passwordHash: await this.hasher.hash(password), timeZone });
    try {
      await this.users.insert(user);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw InvalidInputException.field('input.email', 'is already registered: sign in with login instead');
      }
      throw error;
    }
    return { token: await this.issueToken(user.id), user };
  }

  /**
   * An unknown email and a wrong password take the same path (throttled by
   * the normalised email, verified against a dummy hash) and get the same
   * answer, so neither timing nor throttling tells whether an email is registered.
   */
  async login(email: string, password: string, ip?: string): Promise<IssuedToken> {
    const account = normaliseEmail(email);
    if (ip !== undefined) await this.throttle.attempt(ip);
    const user = await this.users.findOneBy({ email: account });
    const ok = await this.checkPassword(account, password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !ok) throw new UnauthenticatedException('Email or password is wrong.');
    return { token: await this.issueToken(user.id), user };
  }

  /**
   * Checks the user's own password before a sensitive change, throttled like
   * login (the same account lock); a wrong one is BAD_USER_INPUT on `field`.
   */
  async confirmPassword(id: UserId, password: string, field: string, ip?: string): Promise<UserEntity> {
    if (ip !== undefined) await this.throttle.attempt(ip);
    const user = await this.getUser(id);
    if (!(await this.checkPassword(user.email, password, user.passwordHash))) throw InvalidInputException.field(field, 'is not your current password');
    return user;
  }

  /** Sets a new password and revokes every token: the one returned is the only session left. */
  async changePassword(id: UserId, currentPassword: string, newPassword: string, ip?: string): Promise<IssuedToken> {
    const user = await this.confirmPassword(id, currentPassword, 'input.currentPassword', ip);
    await this.assertStrong(newPassword, user.email, 'input.newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    const token = await this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id }, { passwordHash });
      await manager.delete(AccessTokenEntity, { userId: id });
      return this.issueToken(id, manager);
    });
    return { token, user };
  }

  /** The user's signed-in sessions (never their tokens), oldest first. */
  async sessions(id: UserId): Promise<Pick<AccessTokenEntity, 'createdAt' | 'lastUsedAt' | 'expiresAt'>[]> {
    return this.tokens.find({ select: { createdAt: true, lastUsedAt: true, expiresAt: true }, where: { userId: id }, order: { createdAt: 'ASC' } });
  }

  /** Revokes every token of the user, the caller's included. */
  async signOutEverywhere(id: UserId): Promise<boolean> {
    await this.tokens.delete({ userId: id });
    return true;
  }

  /** Revokes this one token; other sessions stay signed in. */
  async logout(token: string): Promise<boolean> {
    const result = await this.tokens.delete({ tokenHash: hashToken(token) });
    return (result.affected ?? 0) > 0;
  }

  /** The viewer a bearer token stands for, or UNAUTHENTICATED. */
  async authenticate(token: string): Promise<Viewer> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) throw new UnauthenticatedException('The token is not valid: sign in again.');
    // find, not findOne: with a relation, findOne's LIMIT costs TypeORM a second query, and token hashes are unique anyway.
    const [row] = await this.tokens.find({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    const now = Date.now();
    if (!row?.user || row.expiresAt.getTime() <= now) throw new UnauthenticatedException('The token is expired or revoked: sign in again.');
    if (now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.tokens.update({ id: row.id }, { lastUsedAt: new Date(now) });
    }
    return { id: row.user.id as UserId, email: row.user.email, timeZone: row.user.timeZone, dataVersion: row.user.dataVersion };
  }

  async getUser(id: UserId): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new UnauthenticatedException();
    return user;
  }

  async updateProfile(
    id: UserId,
    patch: { displayName?: string | null; timeZone?: string; linkedinPremium?: boolean; targetRoles?: string[]; interests?: string[] },
  ): Promise<UserEntity> {
    const user = await this.getUser(id);
    const { targetRoles, interests, ...rest } = patch;
    const updated = await this.users.save(
      this.users.merge(user, {
        ...rest,
        ...(targetRoles !== undefined && { targetRoles: cleanList(targetRoles) }),
        ...(interests !== undefined && { interests: cleanList(interests) }),
      }),
    );
    if (targetRoles !== undefined || interests !== undefined) await this.changes.publish(id);
    return updated;
  }

  async setCadenceRules(id: UserId, rules: object | null): Promise<void> {
    await this.users.update({ id }, { cadenceRules: rules });
  }

  /**
   * Issues a new calendar-feed secret, replacing the current one (whose URL
   * stops working). Only its hash is kept: this is the one time it is seen.
   */
  async issueCalendarToken(id: UserId): Promise<{ token: string; createdAt: Date }> {
    const token = randomBytes(24).toString('base64url');
    const createdAt = new Date();
    await this.users.update({ id }, { calendarTokenHash: hashToken(token), calendarTokenCreatedAt: createdAt });
    return { token, createdAt };
  }

  async findUserByCalendarToken(token: string): Promise<UserEntity | null> {
    return /^[\w-]{20,64}$/.test(token) ? this.users.findOneBy({ calendarTokenHash: hashToken(token) }) : null;
  }

  /** Deletes the user with everything they own (foreign keys cascade), in `manager`'s transaction if given. */
  async deleteUser(id: UserId, manager: EntityManager = this.users.manager): Promise<void> {
    await manager.delete(UserEntity, { id });
  }

  async findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  /** Verifies a password under the account's throttle (see SignInThrottle): refused while locked, counted, cleared by success. */
  private async checkPassword(account: string, password: string, stored: string): Promise<boolean> {
    const check = await this.throttle.reserve(account);
    let ok: boolean;
    try {
      ok = await this.hasher.verify(password, stored);
    } catch (error) {
      await this.throttle.release(check);
      throw error;
    }
    if (ok) await this.throttle.succeeded(check);
    else await this.throttle.failed(check);
    return ok;
  }

  /** BAD_USER_INPUT on `field` for a new password that is common, patterned, whitespace or the email itself. */
  private async assertStrong(password: string, email: string, field: string): Promise<void> {
    const weakness = await passwordWeakness(password, emailWords(email));
    if (weakness) throw InvalidInputException.field(field, weakness);
  }

  private async issueToken(userId: string, manager: EntityManager = this.tokens.manager): Promise<string> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const now = new Date();
    await manager.insert(AccessTokenEntity, {
      userId,
      tokenHash: hashToken(token),
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS),
    });
    return token;
  }
}
