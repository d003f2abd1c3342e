import type { EventStatus } from '../gql/graphql';
import { EVENT_STATUS, type Look } from './labels';

/** A status as a coloured badge with words (colour is never the only cue). */
export function Badge({ look }: { look: Look }) {
  return <span className={look.tone ? `badge ${look.tone}` : 'badge'}>{look.label}</span>;
}

/** Cancelled and tentative events say so; confirmed ones need no badge. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  return status === 'CONFIRMED' ? null : <Badge look={EVENT_STATUS[status]} />;
}
