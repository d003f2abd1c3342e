import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import type { DigestFrequency, DigestSection, DigestSettingsQuery, Weekday } from '../../gql/graphql';
import { ErrorNote, Status } from '../../ui/feedback';
import { CheckboxField, SelectField, TextField } from '../../ui/field';
import { formatMoment } from '../../ui/time';
import { DIGEST_FREQUENCY, DIGEST_SECTION, keysOf, WEEKDAY } from '../../ui/labels';

export type DigestSettings = DigestSettingsQuery['digestSettings'];

export const DigestSettingsDocument = graphql(`
  query DigestSettings {
    digestSettings {
      frequency
      weekday
      localTime
      sections
      skipWhenEmpty
      paused
      lastError
      lastSentAt
      nextSendAt
    }
  }
`);

const UpdateDigestSettingsDocument = graphql(`
  mutation UpdateDigestSettings($input: UpdateDigestSettingsInput!) {
    updateDigestSettings(input: $input) {
      frequency
      weekday
      localTime
      sections
      skipWhenEmpty
      paused
      lastError
      lastSentAt
      nextSendAt
    }
  }
`);

const FIELDS = ['frequency', 'weekday', 'localTime', 'sections', 'skipWhenEmpty'];

export function DigestSettingsForm({ settings }: { settings: DigestSettings }) {
  const zone = useZone();
  const [frequency, setFrequency] = useState(settings.frequency);
  const [weekday, setWeekday] = useState(settings.weekday);
  const [localTime, setLocalTime] = useState(settings.localTime);
  const [sections, setSections] = useState<DigestSection[]>(settings.sections);
  const [skipWhenEmpty, setSkipWhenEmpty] = useState(settings.skipWhenEmpty);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateDigestSettingsDocument);

  const toggleSection = (section: DigestSection, on: boolean) => setSections((all) => (on ? [...all, section] : all.filter((s) => s !== section)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const result = await update({ input: { frequency, weekday, localTime, sections, skipWhenEmpty } });
    if (!result.error) setSaved('Digest settings saved');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DigestState settings={settings} zone={zone} />
      <ErrorNote message={formError(error, FIELDS)} />
      <div className="grid-2">
        <SelectField
          label="Frequency"
          value={frequency}
          onChange={(e) => setFrequency(e.target.value as DigestFrequency)}
          error={fieldError(error, 'frequency')}
        >
          {keysOf(DIGEST_FREQUENCY).map((f) => (
            <option key={f} value={f}>
              {DIGEST_FREQUENCY[f]}
            </option>
          ))}
        </SelectField>
        {frequency === 'WEEKLY' && (
          <SelectField label="Day of the week" value={weekday} onChange={(e) => setWeekday(e.target.value as Weekday)} error={fieldError(error, 'weekday')}>
            {keysOf(WEEKDAY).map((d) => (
              <option key={d} value={d}>
                {WEEKDAY[d]}
              </option>
            ))}
          </SelectField>
        )}
        {frequency !== 'OFF' && (
          <TextField
            label="Send time"
            type="time"
            required
            value={localTime}
            onChange={(e) => setLocalTime(e.target.value)}
            error={fieldError(error, 'localTime')}
            hint={`In your time zone (${zone}).`}
          />
        )}
      </div>
      <fieldset className="rule-group">
        <legend>What the digest includes</legend>
        {keysOf(DIGEST_SECTION).map((s) => (
          <CheckboxField key={s} label={DIGEST_SECTION[s]} checked={sections.includes(s)} onChange={(e) => toggleSection(s, e.target.checked)} />
        ))}
        {fieldError(error, 'sections') && (
          <p className="field-error" role="alert">
            {fieldError(error, 'sections')}
          </p>
        )}
      </fieldset>
      <CheckboxField
        label="Skip the email when there is nothing to say"
        checked={skipWhenEmpty}
        onChange={(e) => setSkipWhenEmpty(e.target.checked)}
        error={fieldError(error, 'skipWhenEmpty')}
      />
      <div className="row">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Saving…' : 'Save digest settings'}
        </button>
        <Status message={saved} />
      </div>
    </form>
  );
}

/** Where the schedule stands: next and last digest, or why digests are paused. */
function DigestState({ settings, zone }: { settings: DigestSettings; zone: string }) {
  return (
    <>
      {settings.paused && (
        <p className="error-note" role="status">
          <span className="badge danger">Paused</span> Digests stopped after 5 failed deliveries in a row
          {settings.lastError ? `: ${settings.lastError}` : ''}. Saving your settings resumes them.
        </p>
      )}
      <ul className="list digest-state">
        <li>
          {settings.nextSendAt
            ? `Next digest: ${nextInWords(settings.nextSendAt, zone)}`
            : settings.frequency === 'OFF'
              ? 'Digests are off.'
              : 'No digest is scheduled.'}
        </li>
        {settings.lastSentAt && <li className="meta">Last sent: {formatMoment(settings.lastSentAt, zone)}</li>}
        {!settings.paused && settings.lastError && <li className="meta">The last delivery failed: {settings.lastError}</li>}
      </ul>
    </>
  );
}

/** A digest whose time has passed but is not out yet goes with the scheduler's next round. */
function nextInWords(iso: string, zone: string): string {
  const when = formatMoment(iso, zone);
  return new Date(iso).getTime() <= Date.now() ? `due now (${when})` : when;
}
