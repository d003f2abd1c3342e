import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { FollowUpItemFieldsFragment } from '../../gql/graphql';
import { eventTime, formatMoment, formatWhen } from '../../ui/time';
import { freesUp } from '../../ui/labels';
import { DraftBlock } from '../../ui/draft-block';
import { SourceLinks } from '../../ui/source-links';
import { ItemActions } from './item-actions';
import { useHashTarget } from './use-hash-target';
import { Badge } from '../../ui/badge';
import { FOLLOW_UP_KIND, FOLLOW_UP_STATUS } from '../../ui/labels';

export type FollowUpItemData = FollowUpItemFieldsFragment;

/** A reason as a sentence, so what follows it reads apart. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** When the item is due, or when it closed, in words. */
function timing(item: FollowUpItemData, zone: string): string {
  if (item.status === 'DONE') return item.completedAt ? `Completed ${formatMoment(item.completedAt, zone)}` : 'Completed';
  if (item.status === 'SKIPPED') return `Was due ${formatMoment(item.dueAt, zone)}`;
  if (item.status === 'SNOOZED' && item.snoozedUntil) return `Snoozed until ${formatWhen(item.snoozedUntil, zone)}`;
  const latest = item.latestAt && item.latestAt !== item.dueAt ? `, at the latest ${formatMoment(item.latestAt, zone)}` : '';
  return `Due ${formatWhen(item.dueAt, zone)}${latest}`;
}

/**
 * One thing to do after an event: what, for whom, by when, its draft beside
 * it, and Complete / Skip / Snooze. Its element id is the item's id, so the
 * digest's links (/follow-ups#<id>) land on it.
 */
export function FollowUpItemCard({ item, showEvent, onChanged }: { item: FollowUpItemData; showEvent: boolean; onChanged: (message: string) => void }) {
  const zone = useZone();
  const { ref, targeted } = useHashTarget<HTMLLIElement>(item.id);
  const status = FOLLOW_UP_STATUS[item.status];
  const closed = item.status === 'DONE' || item.status === 'SKIPPED';
  return (
    <li id={item.id} ref={ref} tabIndex={-1} className={`card follow-up-item${closed ? ' closed' : ''}${targeted ? ' targeted' : ''}`}>
      <h3 id={`${item.id}-title`}>
        {FOLLOW_UP_KIND[item.kind]}
        {item.contact && (
          <>
            : <Link to={`/people/${item.contact.id}`}>{item.contact.name}</Link>
            {item.contact.company && <span className="muted"> ({item.contact.company.name})</span>}
          </>
        )}
      </h3>
      <p className="row">
        <Badge look={status} />
        {item.overdue && <span className="badge danger">Overdue</span>}
        <span>{timing(item, zone)}</span>
      </p>
      {showEvent && (
        <p className="meta">
          After <Link to={`/events/${item.event.id}`}>{item.event.title}</Link> ({eventTime(item.event, zone)})
        </p>
      )}
      <p>{item.text}</p>
      {item.blockedReason && (
        <p className="blocked-reason">
          Held back: {sentence(item.blockedReason)} {freesUp(item.availableAt, zone)}
        </p>
      )}
      {item.status === 'STALE' && item.staleSuggestion && <p className="meta">{item.staleSuggestion}</p>}
      {item.skipReason && <p className="meta">Skipped because: {item.skipReason}</p>}
      {item.closedReason && <p className="meta">{item.closedReason}</p>}
      {item.draft && <DraftBlock channel={item.channel} subject={item.subject} body={item.draft} />}
      <ItemActions id={item.id} status={item.status} onChanged={onChanged} />
      <SourceLinks sources={item.sources} context={{ eventId: item.event.id, contact: item.contact }} />
    </li>
  );
}
