import { useEffect } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { formatMoment } from '../../ui/time';
import { Badge } from '../../ui/badge';
import { DIGEST_DELIVERY_STATUS } from '../../ui/labels';

const RecentDigestDeliveriesDocument = graphql(`
  query RecentDigestDeliveries {
    digestDeliveries(first: 5) {
      edges {
        node {
          id
          status
          subject
          error
          test
          createdAt
          sentAt
        }
      }
    }
  }
`);

/** The last five digests; `refreshKey` changes after a test is sent (an empty list would not be refreshed by the cache). */
export function DigestDeliveries({ refreshKey }: { refreshKey: number }) {
  const zone = useZone();
  const [{ data, error }, reexecute] = useQuery({ query: RecentDigestDeliveriesDocument });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);

  if (error && !data) return <ErrorNote message={errorMessage(error)} />;
  if (!data) return <Loading what="recent digests" />;
  const deliveries = data.digestDeliveries.edges.map((e) => e.node);
  if (deliveries.length === 0) {
    return <EmptyState title="No digests yet">Your first one comes at the time set above; “Send me a test” sends one now.</EmptyState>;
  }
  return (
    <ul className="list deliveries">
      {deliveries.map((d) => (
        <li key={d.id}>
          <Badge look={DIGEST_DELIVERY_STATUS[d.status]} /> {formatMoment(d.sentAt ?? d.createdAt, zone)}
          {d.test && <span className="badge test-badge">Test</span>}
          {d.subject && <span className="delivery-subject"> {d.subject}</span>}
          {d.status === 'SKIPPED' && <span className="meta"> Nothing to say, so no email.</span>}
          {d.error && <span className="field-error"> {d.error}</span>}
        </li>
      ))}
    </ul>
  );
}
