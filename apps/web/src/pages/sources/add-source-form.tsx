import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { useZone } from '../../auth/session';
import type { SourceKind } from '../../gql/graphql';
import { ErrorNote, Status } from '../../ui/feedback';
import { SelectField, TextArea, TextField } from '../../ui/field';
import { keysOf, SOURCE_KIND } from '../../ui/labels';
import { CreateSourceDocument } from './source-operations';

const FIELDS = ['url', 'name', 'kind', 'defaultTimeZone', 'refreshMinutes', 'recipe'];

const RECIPE_EXAMPLE = `{
  "item": ".event",
  "fields": { "title": "h3", "start": "time @datetime", "location": ".venue", "url": "a @href" },
  "dateFormats": ["EEEE, MMMM d, yyyy h:mm a"]
}`;

/** The recipe text as a JSON object, or why it is not one. */
function parseRecipe(text: string): { recipe: Record<string, unknown> | null; problem: string | null } {
  if (!text.trim()) return { recipe: null, problem: null };
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { recipe: value as Record<string, unknown>, problem: null };
    return { recipe: null, problem: 'The recipe must be a JSON object: { "item": ..., "fields": { ... }, "dateFormats": [ ... ] }.' };
  } catch (e) {
    return { recipe: null, problem: `The recipe is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Follows an iCal feed or an event page by its address; the first fetch starts at once (PENDING). */
export function AddSourceForm({ onAdded }: { onAdded: () => void }) {
  const zone = useZone();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('AUTO');
  const [timeZone, setTimeZone] = useState('');
  const [refreshMinutes, setRefreshMinutes] = useState('60');
  const [recipeText, setRecipeText] = useState('');
  const [recipeProblem, setRecipeProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateSourceDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const { recipe, problem } = kind === 'ICAL' ? { recipe: null, problem: null } : parseRecipe(recipeText);
    setRecipeProblem(problem);
    if (problem) return;
    const minutes = Number.parseInt(refreshMinutes, 10);
    const result = await create({
      input: {
        url: url.trim(),
        kind,
        ...(name.trim() && { name: name.trim() }),
        ...(timeZone.trim() && { defaultTimeZone: timeZone.trim() }),
        ...(Number.isFinite(minutes) && { refreshMinutes: minutes }),
        ...(recipe && { recipe }),
      },
    });
    const source = result.data?.createSource;
    if (source) {
      setAdded(`Added ${source.name}${source.status === 'PENDING' ? ': fetching its events now' : ''}`);
      setUrl('');
      setName('');
      setRecipeText('');
      onAdded();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-source-heading">
      <h2 id="add-source-heading">Add a feed or page</h2>
      <ErrorNote message={formError(error, FIELDS)} />
      <TextField
        label="Feed or page URL"
        type="url"
        inputMode="url"
        required
        placeholder="https://example.com/events.ics"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={fieldError(error, 'url')}
        hint="An iCal feed (Meetup, Luma, Google Calendar; webcal:// works too) or a web page listing events."
      />
      <div className="grid-2">
        <TextField
          label="Source name (optional)"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, 'name')}
          hint="Defaults to the site's name."
        />
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as SourceKind)} error={fieldError(error, 'kind')}>
          {keysOf(SOURCE_KIND).map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Default time zone (optional)"
          value={timeZone}
          placeholder={zone}
          onChange={(e) => setTimeZone(e.target.value)}
          error={fieldError(error, 'defaultTimeZone')}
          hint={`For times the source gives without a zone. Defaults to yours (${zone}).`}
        />
        <TextField
          label="Refresh every (minutes)"
          type="number"
          min={15}
          max={10080}
          step={15}
          value={refreshMinutes}
          onChange={(e) => setRefreshMinutes(e.target.value)}
          error={fieldError(error, 'refreshMinutes')}
          hint="From 15 minutes to a week (10080)."
        />
      </div>
      {kind !== 'ICAL' && (
        <details className="recipe" open={Boolean(recipeText) || Boolean(recipeProblem) || Boolean(fieldError(error, 'recipe'))}>
          <summary>A page without structured event data? Add a selector recipe</summary>
          <TextArea
            label="Selector recipe (JSON)"
            className="code"
            spellCheck={false}
            value={recipeText}
            placeholder={RECIPE_EXAMPLE}
            onChange={(e) => setRecipeText(e.target.value)}
            error={recipeProblem ?? fieldError(error, 'recipe')}
            hint={
              <>
                Only for pages without schema.org events, microdata or h-event. <code>item</code> is a CSS selector matching each event; <code>fields</code> say
                where the title, start and so on are within it (<code>"css"</code>, <code>"css @attr"</code> or <code>"."</code>); <code>dateFormats</code> are
                date-fns formats for the start text.
              </>
            }
          />
        </details>
      )}
      <div className="row">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Adding…' : 'Add source'}
        </button>
        <Status message={added} />
      </div>
    </form>
  );
}
