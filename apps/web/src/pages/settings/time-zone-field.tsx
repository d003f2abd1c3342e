import { useId } from 'react';
import { TextField } from '../../ui/field';

/** Every IANA zone the browser knows, read once (older browsers lack supportedValuesOf: then the input is free text). */
const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/**
 * "Time zone" as an input with suggestions: typing "Berlin" offers
 * "Europe/Berlin", and a zone the list lacks (an alias such as "UTC") can
 * still be entered; the API says beside the field when it is not a zone.
 */
export function TimeZoneField({ value, onChange, error, hint }: { value: string; onChange: (zone: string) => void; error?: string | null; hint?: string }) {
  const listId = useId();
  return (
    <>
      <TextField
        label="Time zone"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        hint={hint ?? 'Every time in topofmind is shown in this zone, e.g. Europe/Berlin.'}
      />
      <datalist id={listId}>
        {ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
