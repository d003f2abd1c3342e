import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { ErrorNote, Status } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { ImportCalendarDocument } from './source-operations';

/** The API reads calendars of up to 10 MiB of text (MAX_UPLOAD_CHARS). */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a calendar file in the browser and hands its text to `importCalendar`, as a source of its own. */
export function UploadCalendarForm({ onUploaded }: { onUploaded: () => void }) {
  // A new key empties the file input after an upload (its value cannot be set).
  const [inputKey, setInputKey] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [{ fetching, error }, importCalendar] = useMutation(ImportCalendarDocument);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setUploaded(null);
    setFileProblem(chosen && chosen.size > MAX_UPLOAD_BYTES ? tooLarge(chosen) : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setUploaded(null);
    if (!file) return setFileProblem('Choose a calendar file (.ics) first.');
    if (file.size > MAX_UPLOAD_BYTES) return setFileProblem(tooLarge(file));
    setReading(true);
    const ics = await file.text().catch(() => null);
    setReading(false);
    if (ics === null) return setFileProblem('The file could not be read. Choose it again.');
    setFileProblem(null);
    const result = await importCalendar({ input: { ics, name: name.trim() || file.name.replace(/\.(ics|ical|ifb|icalendar)$/i, '') || file.name } });
    const source = result.data?.importCalendar;
    if (source) {
      setUploaded(
        `Uploaded ${source.name}${source.status === 'PENDING' ? ': reading its events now' : `: ${source.eventCount === 1 ? '1 event' : `${source.eventCount} events`}`}`,
      );
      setFile(null);
      setName('');
      setInputKey((k) => k + 1);
      onUploaded();
    }
  };

  const busy = reading || fetching;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload a calendar file</h2>
      <ErrorNote message={formError(error, ['ics', 'name'])} />
      <div className="grid-2">
        <TextField
          label="Calendar file (.ics)"
          type="file"
          accept=".ics,text/calendar"
          key={inputKey}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
          error={fileProblem ?? fieldError(error, 'ics')}
          hint="Exported from a calendar app; up to 10 MB. Its events are read once: upload it again to update them."
        />
        <TextField
          label="Calendar name (optional)"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, 'name')}
          hint={file ? `Defaults to the file's name (${file.name}).` : "Defaults to the file's name."}
        />
      </div>
      <div className="row">
        <button type="submit" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload calendar'}
        </button>
        <Status message={uploaded} />
      </div>
    </form>
  );
}

function tooLarge(file: File): string {
  return `This file is ${megabytes(file.size)}: calendars of up to 10 MB can be uploaded. Split it into smaller calendars (for example by year) and upload each.`;
}
