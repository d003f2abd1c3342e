import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorNote, Loading } from '../../ui/feedback';

const DigestPreviewDocument = graphql(`
  query DigestPreview {
    digestPreview {
      subject
      text
    }
  }
`);

/**
 * The digest as it would go out now, rendered on request. Only its text part
 * is shown, as text: the email's HTML carries feed content and never enters
 * this page.
 */
export function DigestPreview() {
  const [open, setOpen] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DigestPreviewDocument, pause: !open, requestPolicy: 'network-only' });
  return (
    <div className="digest-preview">
      <div className="row">
        <button type="button" className="secondary" aria-expanded={open} aria-controls="digest-preview" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide preview' : 'Show preview'}
        </button>
        {open && data && (
          <button type="button" className="secondary" onClick={() => reexecute({ requestPolicy: 'network-only' })} disabled={fetching}>
            Refresh preview
          </button>
        )}
      </div>
      <div id="digest-preview">
        {open &&
          (error ? (
            <ErrorNote message={errorMessage(error)} />
          ) : !data ? (
            <Loading what="the preview" />
          ) : (
            <div className="preview-body">
              <p>
                <span className="muted">Subject:</span> <strong className="preview-subject">{data.digestPreview.subject}</strong>
              </p>
              <pre className="digest-text" tabIndex={0} aria-label="Digest text">
                {data.digestPreview.text}
              </pre>
            </div>
          ))}
      </div>
    </div>
  );
}
