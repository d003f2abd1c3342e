import { useZone } from '../../auth/session';
import type { EventCardFieldsFragment } from '../../gql/graphql';
import { formatEventMoment, formatMoment } from '../../ui/time';

type Change = EventCardFieldsFragment['changes'][number];

/** Moves and cancellations the sources announced, oldest first. */
export function EventChanges({ changes, label = 'Changes' }: { changes: Change[]; label?: string }) {
  const zone = useZone();
  if (changes.length === 0) return null;
  return (
    <ul className="event-changes" aria-label={label}>
      {changes.map((change, i) => (
        <li key={i} className={`change-${change.kind.toLowerCase()}`}>
          <strong>{describe(change, zone)}</strong>
          {change.reason && <span> ({change.reason})</span>}
          <span className="meta"> · noticed {formatMoment(change.detectedAt, zone)}</span>
        </li>
      ))}
    </ul>
  );
}

function describe(change: Change, zone: string): string {
  switch (change.kind) {
    case 'MOVED':
      if (change.oldStart && change.newStart && change.oldStart !== change.newStart) {
        return `Moved: ${formatEventMoment(change.oldStart, zone)} → ${formatEventMoment(change.newStart, zone)}`;
      }
      if (change.oldEnd && change.newEnd) return `End moved: ${formatEventMoment(change.oldEnd, zone)} → ${formatEventMoment(change.newEnd, zone)}`;
      return 'Moved';
    case 'CANCELLED':
      return 'Cancelled';
    case 'REMOVED':
      return 'No longer listed by its source';
    case 'RESTORED':
      return 'Back on';
  }
}
