import { useState } from 'react';
import { useClient } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorNote, Status } from '../../ui/feedback';

const ExportMyDataDocument = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

/** Saves a file through a temporary link: the data never leaves the browser's memory except into the download. */
function download(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Everything you entered, as one JSON file (asked for on click, never cached). */
export function ExportDataButton() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const exportData = async () => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    const result = await client.query(ExportMyDataDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (!result.data) {
      setProblem(errorMessage(result.error) ?? 'The export failed. Try again.');
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    download(`topofmind-data-${day}.json`, JSON.stringify(result.data.exportMyData, null, 2));
    setDone('Download started');
  };

  return (
    <>
      <p>
        Everything you entered, as a JSON file: profile, companies, people, interviews, touches, project updates, sources, attendance and cadence rules. Events
        and plans are left out: they are worked out from these.
      </p>
      <ErrorNote message={problem} />
      <div className="row">
        <button type="button" className="secondary" onClick={() => void exportData()} disabled={busy}>
          {busy ? 'Preparing…' : 'Download my data'}
        </button>
        <Status message={done} />
      </div>
    </>
  );
}
