import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { ErrorNote, Loading } from '../../ui/feedback';
import { DigestDeliveries } from './digest-deliveries';
import { DigestPreview } from './digest-preview';
import { DigestSettingsDocument, DigestSettingsForm } from './digest-settings-form';
import { DigestTest } from './digest-test';
import { SettingsSection } from './settings-section';

export function DigestSection() {
  const [{ data, error }] = useQuery({ query: DigestSettingsDocument });
  const [testsSent, setTestsSent] = useState(0);
  return (
    <SettingsSection id="digest" title="Email digest">
      <p>
        A summary of upcoming relevant events, open follow-ups and due touches, sent to your email address on your schedule. Every digest has a one-click
        unsubscribe link.
      </p>
      {data ? (
        <DigestSettingsForm settings={data.digestSettings} />
      ) : error ? (
        <ErrorNote message={errorMessage(error)} />
      ) : (
        <Loading what="your digest settings" />
      )}
      <h3>Preview and test</h3>
      <DigestPreview />
      <DigestTest onSent={() => setTestsSent((n) => n + 1)} />
      <h3>Recent digests</h3>
      <DigestDeliveries refreshKey={testsSent} />
    </SettingsSection>
  );
}
