import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsSelect, MoreThan, Repository } from 'typeorm';
import { UserId } from '@app/common';
import { UserEntity } from './entities/user.entity';

/** The profile fields that planning and matching read; the one list the select and the type come from. */
const PLANNING_PROFILE = {
  timeZone: true,
  linkedinPremium: true,
  displayName: true,
  targetRoles: true,
  interests: true,
  cadenceRules: true,
} as const satisfies FindOptionsSelect<UserEntity>;

/** What other features need to know about a user to plan for them and match events to them. */
export type PlanningProfile = Pick<UserEntity, keyof typeof PLANNING_PROFILE>;

/** Whom a digest goes to, and in which zone its times are written. */
export interface Recipient {
  id: string;
  email: string;
  displayName: string | null;
  timeZone: string;
  createdAt: Date;
}

const RECIPIENT = { id: true, email: true, displayName: true, timeZone: true, createdAt: true } as const satisfies FindOptionsSelect<UserEntity>;

/** Accounts' read port: the users table is read here, never by other features' SQL. */
@Injectable()
export class ProfileReader {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The user's planning profile, in one statement; null when there is no such user (deleted meanwhile). */
  async planningProfile(id: UserId): Promise<PlanningProfile | null> {
    const user = await this.users.findOne({ select: PLANNING_PROFILE, where: { id } });
    if (!user) return null;
    return {
      timeZone: user.timeZone,
      linkedinPremium: user.linkedinPremium,
      displayName: user.displayName,
      targetRoles: user.targetRoles,
      interests: user.interests,
      cadenceRules: user.cadenceRules,
    };
  }

  /** One user as a digest recipient; null when there is no such user. */
  recipient(id: UserId): Promise<Recipient | null> {
    return this.users.findOne({ select: RECIPIENT, where: { id } });
  }

  /** Every user as a digest recipient, a page at a time in id order (pass the last id seen), in one statement per page. */
  recipients(afterId: string | null, limit: number): Promise<Recipient[]> {
    return this.users.find({ select: RECIPIENT, where: afterId ? { id: MoreThan(afterId) } : {}, order: { id: 'ASC' }, take: limit });
  }
}
