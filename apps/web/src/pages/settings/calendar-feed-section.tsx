import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import { CopyButton } from '../../ui/copy-button';
import { ErrorNote, Loading, Status } from '../../ui/feedback';
import { TextArea } from '../../ui/field';
import { formatMoment } from '../../ui/time';
import { SettingsSection } from './settings-section';
import { ConfirmStep } from '../../ui/confirm-step';

const CalendarFeedDocument = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
    }
  }
`);

const RotateCalendarFeedDocument = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeedToken {
      url
      createdAt
    }
  }
`);

/**
 * The plan as a calendar subscription. The API keeps only a hash of the
 * secret link, so the link is shown once, right after it is made; this page
 * keeps it while it stays open.
 */
export function CalendarFeedSection() {
  const zone = useZone();
  const [{ data, error }] = useQuery({ query: CalendarFeedDocument });
  const [{ fetching, error: rotateError }, rotate] = useMutation(RotateCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const issue = async (replacing: boolean) => {
    setStatus(null);
    const result = await rotate({});
    const fresh = result.data?.rotateCalendarFeedToken.url;
    if (fresh) {
      setUrl(fresh);
      setStatus(replacing ? 'New link made: the old one no longer works' : 'Link made');
    }
  };

  const issuedAt = data?.calendarFeed.createdAt ?? null;
  return (
    <SettingsSection id="calendar" title="Calendar feed">
      <p>
        Subscribe to your plan from any calendar app (Google Calendar, Apple Calendar, Outlook): the events you marked as going or maybe, with whom to meet and
        what to say, and your due follow-ups, with reminders. It covers the last 30 days and the coming year, and updates as your plan changes.
      </p>
      <p className="meta">The link is secret: anyone who has it can read your plan. Do not share it.</p>
      {error && !data && <ErrorNote message={errorMessage(error)} />}
      {!data && !error && <Loading what="your calendar feed" />}
      {url && (
        <div className="feed-url">
          {/* A text area so the whole address shows, wrapped, even on a phone. */}
          <TextArea
            label="Calendar feed URL"
            value={url}
            readOnly
            rows={2}
            spellCheck={false}
            onFocus={(e) => e.target.select()}
            hint="Shown only now: copy it into your calendar app. If you lose it, rotate the link to get a new one."
          />
          <CopyButton text={url} label="Copy link" />
        </div>
      )}
      {data && !url && issuedAt && (
        <p>
          You made a link on {formatMoment(issuedAt, zone)}. For your safety it is shown only once; if you no longer have it, rotate the link to get a new one.
        </p>
      )}
      {data && !url && !issuedAt && <p>You have no calendar link yet.</p>}
      <ErrorNote message={errorMessage(rotateError)} />
      <div className="row">
        {data && !issuedAt && !url ? (
          <button type="button" onClick={() => void issue(false)} disabled={fetching}>
            {fetching ? 'Making the link…' : 'Create link'}
          </button>
        ) : (
          data && (
            <ConfirmStep
              label="Rotate link"
              warning="A new link replaces the current one at once: every calendar subscribed to the old link stops updating until you subscribe again with the new one."
              confirmLabel="Yes, rotate the link"
              onConfirm={() => issue(true)}
              busy={fetching}
              danger
            />
          )
        )}
        <Status message={status} />
      </div>
    </SettingsSection>
  );
}
