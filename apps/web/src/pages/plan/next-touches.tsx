import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { NextTouchesQuery } from '../../gql/graphql';
import { EmptyState } from '../../ui/feedback';
import { formatMoment, formatWhen } from '../../ui/time';
import { DraftBlock } from '../../ui/draft-block';
import { SentButton } from './sent-button';
import { SourceLinks } from '../../ui/source-links';
import { TOUCH_KIND } from '../../ui/labels';

type Touch = NextTouchesQuery['nextTouches'][number];

/** The next recommended touch per person, earliest due first, each with its draft. */
export function NextTouches({ touches, onSent }: { touches: readonly Touch[]; onSent: (message: string) => void }) {
  if (touches.length === 0) {
    return (
      <EmptyState title="No touches due: nobody is waiting on you.">
        <p>
          Touches appear when you track people you interviewed with on <Link to="/people">People</Link>.
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="list">
      {touches.map((touch) => (
        <NextTouchCard key={touch.id} touch={touch} onSent={onSent} />
      ))}
    </ul>
  );
}

function NextTouchCard({ touch, onSent }: { touch: Touch; onSent: (message: string) => void }) {
  const zone = useZone();
  const { contact } = touch;
  return (
    <li className="card">
      <h3 id={`touch-${touch.id}`}>
        {TOUCH_KIND[touch.kind]}: <Link to={`/people/${contact.id}`}>{contact.name}</Link>
        {contact.company && <span className="muted"> ({contact.company.name})</span>}
      </h3>
      <p className="row">
        {touch.overdue && <span className="badge danger">Overdue</span>}
        <span>
          Due {formatWhen(touch.dueAt, zone)}
          {touch.latestAt && `, at the latest ${formatMoment(touch.latestAt, zone)}`}
        </span>
      </p>
      <p>{touch.reason}</p>
      <DraftBlock channel={touch.channel} subject={touch.subject} body={touch.draft}>
        <SentButton target={{ contactId: contact.id, contactName: contact.name, kind: touch.kind, followUpId: touch.followUpId }} onSent={onSent} />
      </DraftBlock>
      <SourceLinks sources={touch.sources} context={{ contact }} />
    </li>
  );
}
