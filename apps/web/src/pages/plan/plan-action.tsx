import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { PlanQuery } from '../../gql/graphql';
import { formatMoment, formatWhen } from '../../ui/time';
import { DraftBlock } from '../../ui/draft-block';
import { SentButton } from './sent-button';
import { SourceLinks } from '../../ui/source-links';
import { Badge } from '../../ui/badge';
import { ACTION_STATUS, TOUCH_KIND } from '../../ui/labels';

export type PlanActionData = PlanQuery['plan']['items'][number]['actions'][number];

/** Statuses the user can still act on: the others are done, missed or held back. */
const ACTIONABLE = new Set(['UPCOMING', 'DUE', 'OVERDUE']);

/** One thing to do around an event, with its draft, "Copy draft" and "I sent it". */
export function PlanActionCard({ action, eventId, onSent }: { action: PlanActionData; eventId: string; onSent: (message: string) => void }) {
  const zone = useZone();
  const status = ACTION_STATUS[action.status];
  const actionable = ACTIONABLE.has(action.status);
  // A follow-up for after the event cannot have been sent before it: it waits for the meeting.
  const waiting = action.when === 'AFTER' && action.status === 'UPCOMING';
  const sent = waiting ? (
    <span className="meta">After the event: once you have met them and sent it, “I sent it” appears here.</span>
  ) : (
    <SentButton target={{ contactId: action.contact.id, contactName: action.contact.name, kind: action.kind, followUpId: action.followUpId }} onSent={onSent} />
  );
  return (
    <li className={`plan-action${actionable ? '' : ' settled'}`}>
      <p className="row">
        <Badge look={status} />
        <span className="badge">{action.when === 'BEFORE' ? 'Before' : 'After'}</span>
        <strong>{action.text}</strong>
      </p>
      <p className="meta">
        {TOUCH_KIND[action.kind]} · <Link to={`/people/${action.contact.id}`}>{action.contact.name}</Link>
        {actionable && (
          <>
            {' '}
            · due {formatWhen(action.dueAt, zone)}, at the latest {formatMoment(action.latestAt, zone)}
          </>
        )}
      </p>
      {action.blockedReason && <p className="blocked-reason">Held back: {action.blockedReason}</p>}
      {action.draft && actionable ? (
        <DraftBlock channel={action.draft.channel} subject={action.draft.subject} body={action.draft.body}>
          {sent}
        </DraftBlock>
      ) : (
        actionable && <div className="row">{sent}</div>
      )}
      <SourceLinks sources={action.sources} context={{ eventId, contact: action.contact }} />
    </li>
  );
}
