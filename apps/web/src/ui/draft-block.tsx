import type { ReactNode } from 'react';
import type { DraftChannel } from '../gql/graphql';
import { CopyButton } from './copy-button';
import { DRAFT_CHANNEL } from './labels';

/** A draft to copy and send yourself: plain text, never HTML (drafts quote event listings). */
export function DraftBlock({ channel, subject, body, children }: { channel: DraftChannel | null; subject: string | null; body: string; children?: ReactNode }) {
  return (
    <div className="draft-block">
      <p className="meta">
        Draft{channel ? ` (${DRAFT_CHANNEL[channel]})` : ''}
        {subject ? `, subject: ${subject}` : ''}
      </p>
      <p className="draft">{body}</p>
      <div className="row">
        <CopyButton text={body} label="Copy draft" />
        {subject && <CopyButton text={subject} label="Copy subject" />}
        {children}
      </div>
    </div>
  );
}
