import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { BlockedTouchesQuery } from '../../gql/graphql';
import { formatMoment } from '../../ui/time';
import { blockedByLabel, freesUp, TOUCH_KIND } from '../../ui/labels';

type Blocked = BlockedTouchesQuery['blockedTouches'][number];

/** Touches the anti-pestering budget or a stop rule holds back, and why: the planner refuses rather than pester. */
export function BlockedTouches({ touches }: { touches: readonly Blocked[] }) {
  const zone = useZone();
  if (touches.length === 0) return <p className="muted">Nothing is held back: no one has had too many messages from you.</p>;
  return (
    <ul className="list">
      {touches.map((touch) => (
        <li key={touch.id} className="card">
          <p className="row">
            <span className="badge warn">{blockedByLabel(touch.blockedBy)}</span>
            <strong>
              {TOUCH_KIND[touch.kind]}: <Link to={`/people/${touch.contact.id}`}>{touch.contact.name}</Link>
            </strong>
          </p>
          <p>{touch.reason}</p>
          <p className="meta">
            Would have been due {formatMoment(touch.wouldBeDueAt, zone)}. {freesUp(touch.availableAt, zone)}
          </p>
        </li>
      ))}
    </ul>
  );
}
