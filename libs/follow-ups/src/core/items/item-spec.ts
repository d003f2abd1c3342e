import type { Draft, DraftChannel, SourceRef } from '@app/planner';
import type { ChecklistItem, FollowUpKind } from '../types';

export const HOUR_MS = 3_600_000;

/** An item as its rule defines it, before the user's decisions, the clock and the budget have their say. */
export interface ItemSpec {
  key: string;
  kind: FollowUpKind;
  dueAt: Date;
  latestAt: Date | null;
  text: string;
  channel: DraftChannel | null;
  /** Writes the draft; called only for items still open, so closed ones cost no drafting. */
  write: (() => Draft) | null;
  sources: SourceRef[];
  logs: ChecklistItem['logs'];
  /** Closed by itself (a reply makes a coffee invitation unnecessary), with why and since when. */
  closed: { reason: string | null; at: Date | null; sources: SourceRef[] } | null;
}
