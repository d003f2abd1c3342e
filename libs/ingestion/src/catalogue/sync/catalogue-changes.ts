import { Injectable, Logger } from '@nestjs/common';
import { ChangeNotifier } from '@app/common';

/**
 * Tells interested features (matching) which events of a user's catalogue
 * were created or changed, right after the ingest that changed them.
 */
@Injectable()
export class CatalogueChanges extends ChangeNotifier<[ownerId: string, eventIds: string[]]> {
  private readonly logger = new Logger('Catalogue');

  override async publish(ownerId: string, eventIds: string[]): Promise<void> {
    if (eventIds.length > 0) await super.publish(ownerId, eventIds);
  }

  protected override async deliver(listener: (ownerId: string, eventIds: string[]) => Promise<void>, args: [string, string[]]): Promise<void> {
    try {
      await listener(...args);
    } catch (error) {
      // A listener's failure must not undo the ingest; it is retried on the next change.
      this.logger.error(`a catalogue listener failed for ${args[1].length} event(s): ${(error as Error).stack ?? error}`);
    }
  }
}
