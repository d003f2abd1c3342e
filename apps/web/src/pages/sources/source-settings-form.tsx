import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import type { SourceFieldsFragment } from '../../gql/graphql';
import { ErrorNote, Status } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { UpdateSourceDocument } from './source-operations';

/** Renames a source or changes how often it is fetched (the rest is fixed: add it again to change it). */
export function SourceSettingsForm({ source }: { source: SourceFieldsFragment }) {
  const [name, setName] = useState(source.name);
  const [minutes, setMinutes] = useState(String(source.refreshMinutes));
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateSourceDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const refreshMinutes = Number.parseInt(minutes, 10);
    const result = await update({
      id: source.id,
      input: { name: name.trim(), ...(source.url && Number.isFinite(refreshMinutes) && { refreshMinutes }) },
    });
    if (!result.error) setSaved('Saved');
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="source-settings-heading">
      <h2 id="source-settings-heading">Settings</h2>
      <ErrorNote message={formError(error, ['name', 'refreshMinutes'])} />
      <div className="grid-2">
        <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, 'name')} />
        {source.url && (
          <TextField
            label="Refresh every (minutes)"
            type="number"
            min={15}
            max={10080}
            step={15}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            error={fieldError(error, 'refreshMinutes')}
            hint="From 15 minutes to a week (10080)."
          />
        )}
      </div>
      <div className="row">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Saving…' : 'Save settings'}
        </button>
        <Status message={saved} />
      </div>
    </form>
  );
}
