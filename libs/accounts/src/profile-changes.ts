import { Injectable } from '@nestjs/common';
import { UserId } from '@app/common';

export type ProfileListener = (userId: UserId) => Promise<void>;

/** Tells other features (matching) that a user's target roles or interests changed. */
@Injectable()
export class ProfileChanges {
  private readonly listeners: ProfileListener[] = [];

  subscribe(listener: ProfileListener): void {
    this.listeners.push(listener);
  }

  async publish(userId: UserId): Promise<void> {
    for (const listener of this.listeners) await listener(userId);
  }
}
