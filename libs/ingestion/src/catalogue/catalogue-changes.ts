import { Injectable, Logger } from '@nestjs/common';

export type CatalogueListener = (ownerId: string, eventIds: string[]) => Promise<void>;

/**
 * Tells interested features (matching) which events of a user's catalogue
 * were created or changed, right after the ingest that changed them.
 */
@Injectable()
export class CatalogueChanges {
  private readonly logger = new Logger('Catalogue');
  private readonly listeners: CatalogueListener[] = [];

  subscribe(listener: CatalogueListener): void {
    this.listeners.push(listener);
  }

  async publish(ownerId: string, eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    for (const listener of this.listeners) {
      try {
        await listener(ownerId, eventIds);
      } catch (error) {
        // A listener's failure must not undo the ingest; it is retried on the next change.
        this.logger.error(`a catalogue listener failed for ${eventIds.length} event(s): ${(error as Error).stack ?? error}`);
      }
    }
  }
}
