import { useState } from 'react';
import { useMutation } from 'urql';
import { errorCode, errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { SendTestDigestMutation } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { Badge } from '../../ui/badge';
import { DIGEST_DELIVERY_STATUS } from '../../ui/labels';

const SendTestDigestDocument = graphql(`
  mutation SendTestDigest {
    sendTestDigest {
      id
      status
      subject
      error
      sentAt
      createdAt
      test
      periodKey
    }
  }
`);

type Delivery = SendTestDigestMutation['sendTestDigest'];

/** "Send me a test": the current digest to your own address, at most one a minute. */
export function DigestTest({ onSent }: { onSent: () => void }) {
  const [{ fetching, error }, send] = useMutation(SendTestDigestDocument);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const sendTest = async () => {
    setDelivery(null);
    const result = await send({});
    if (result.data) setDelivery(result.data.sendTestDigest);
    onSent();
  };
  const wait = error?.graphQLErrors[0]?.extensions?.retryAfterSeconds;
  return (
    <div>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void sendTest()} disabled={fetching}>
          {fetching ? 'Sending…' : 'Send me a test'}
        </button>
        <span role="status" aria-live="polite">
          {delivery && <TestOutcome delivery={delivery} />}
        </span>
      </div>
      {errorCode(error) === 'TOO_MANY_REQUESTS' ? (
        <ErrorNote
          message={`Too many tests: one test digest a minute.${typeof wait === 'number' ? ` Try again in ${Math.max(1, Math.ceil(wait))} seconds.` : ' Wait a moment and try again.'}`}
        />
      ) : (
        <ErrorNote message={errorMessage(error)} />
      )}
    </div>
  );
}

function TestOutcome({ delivery }: { delivery: Delivery }) {
  return (
    <span className="test-outcome">
      <Badge look={DIGEST_DELIVERY_STATUS[delivery.status]} />{' '}
      {delivery.status === 'SENT'
        ? 'Test digest sent to your email address.'
        : delivery.status === 'FAILED'
          ? `The test could not be sent${delivery.error ? `: ${delivery.error}` : '.'}`
          : delivery.status === 'SKIPPED'
            ? 'Nothing to say right now, so no email was sent.'
            : 'Sending…'}
    </span>
  );
}
