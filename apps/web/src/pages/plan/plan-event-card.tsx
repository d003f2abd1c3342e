import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { PlanQuery } from '../../gql/graphql';
import { MeetList } from './meet-list';
import { PlanActionCard } from './plan-action';
import { eventTime } from '../../ui/time';
import { EventStatusBadge } from '../../ui/badge';
import { ATTENDANCE } from '../../ui/labels';

type PlanItem = PlanQuery['plan']['items'][number];

/** One recommended event: when, why, whom to meet and what to do before and after. */
export function PlanEventCard({ item, onSent }: { item: PlanItem; onSent: (message: string) => void }) {
  const zone = useZone();
  const { event } = item;
  const place = [event.venue?.name, event.location].filter((part, i, all) => part && all.indexOf(part) === i).join(', ');
  return (
    <li className="card plan-event">
      <h3 id={`plan-event-${event.id}`}>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <p className="row">
        <span>{eventTime(event, zone)}</span>
        {item.attendance && <span className={item.attendance === 'GOING' ? 'badge ok' : 'badge'}>{ATTENDANCE[item.attendance]}</span>}
        <EventStatusBadge status={event.status} />
      </p>
      {(place || event.onlineUrl) && <p className="meta">{place || 'Online'}</p>}
      {item.conflicts.length > 0 && (
        <div className="plan-conflict">
          <p>
            <span className="badge danger">Clashes</span> Overlaps with{' '}
            {item.conflicts.length === 1 ? 'another event' : `${item.conflicts.length} other events`} in your plan:
          </p>
          <ul>
            {item.conflicts.map(({ event: other }) => (
              <li key={other.id}>
                <Link to={`/events/${other.id}`}>{other.title}</Link> <span className="meta">({eventTime(other, zone)})</span>
                {other.attendance && <span className="meta"> · {ATTENDANCE[other.attendance]}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h4>Why go</h4>
      <ul className="plan-reasons">
        {item.reasons.map((reason) => (
          <li key={`${reason.kind}:${reason.text}`}>
            {reason.text}
            {/* Two quotes show where it was found; the listing has the rest. */}
            {reason.evidence.slice(0, 2).map((evidence) => (
              <blockquote className="evidence" key={`${evidence.field}:${evidence.snippet}`}>
                <span className="evidence-field">{evidence.field}: </span>
                {evidence.snippet}
              </blockquote>
            ))}
          </li>
        ))}
      </ul>

      {item.meet.length > 0 && (
        <>
          <h4>Whom to meet</h4>
          <MeetList people={item.meet} eventId={event.id} />
        </>
      )}

      {item.actions.length > 0 && (
        <>
          <h4>What to do</h4>
          <ul className="list plan-actions">
            {item.actions.map((action) => (
              <PlanActionCard key={action.id} action={action} eventId={event.id} onSent={onSent} />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
