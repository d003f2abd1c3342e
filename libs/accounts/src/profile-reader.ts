import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsSelect, Repository } from 'typeorm';
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
}
