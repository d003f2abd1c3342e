import type { EventStatus } from '../../gql/graphql';

/** Cancelled and tentative events say so in words, not only by colour. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  if (status === 'CANCELLED') return <span className="badge danger">Cancelled</span>;
  if (status === 'TENTATIVE') return <span className="badge warn">Tentative</span>;
  return null;
}
