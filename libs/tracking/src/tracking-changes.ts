import { Injectable } from '@nestjs/common';
import { UserId } from '@app/common';

export type TrackingListener = (ownerId: UserId) => Promise<void>;

/**
 * Tells other features (matching) that a user's tracked companies or
 * contacts changed, so the user's upcoming events are matched again.
 */
@Injectable()
export class TrackingChanges {
  private readonly listeners: TrackingListener[] = [];

  subscribe(listener: TrackingListener): void {
    this.listeners.push(listener);
  }

  async publish(ownerId: UserId): Promise<void> {
    for (const listener of this.listeners) await listener(ownerId);
  }
}
