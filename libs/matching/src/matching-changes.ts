import { Injectable } from '@nestjs/common';
import { UserId } from '@app/common';

export type MatchesListener = (owner: UserId, eventIds: readonly string[]) => Promise<void>;

/** Tells other features (the planner's relevance) which events' matches were just rewritten. */
@Injectable()
export class MatchingChanges {
  private readonly listeners: MatchesListener[] = [];

  subscribe(listener: MatchesListener): void {
    this.listeners.push(listener);
  }

  async publish(owner: UserId, eventIds: readonly string[]): Promise<void> {
    for (const listener of this.listeners) await listener(owner, eventIds);
  }
}
