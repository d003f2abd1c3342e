import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from '@app/accounts';
import { UserId } from '@app/common';
import { FeedSubscriptions } from '@app/ingestion';

/**
 * Deletes a user and every row of theirs in one transaction: every owned
 * table cascades from users (tokens, tracking, sources, events and their
 * items, matches, attendance), and the feeds only they followed, uploads
 * included, go with them. Nothing is left half-deleted if any step fails.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly feeds: FeedSubscriptions,
    private readonly dataSource: DataSource,
  ) {}

  async deleteAccount(owner: UserId, password: string, ip?: string): Promise<boolean> {
    await this.accounts.confirmPassword(owner, password, 'input.password', ip);
    await this.dataSource.transaction(async (manager) => {
      const feedIds = await this.feeds.lockFeedsOf(owner, manager);
      await this.accounts.deleteUser(owner, manager);
      await this.feeds.deleteUnfollowed(feedIds, manager);
    });
    return true;
  }
}
