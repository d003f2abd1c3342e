import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SourceKind } from '@app/event-model';

/** The bundled example sources (see examples/README.md). */
export const DEMO_SOURCES = [
  { name: 'Berlin tech meetups (demo)', file: 'berlin-tech-meetups.ics', kind: SourceKind.ICAL },
  { name: 'EdgeConf Berlin (demo page)', file: 'edge-conf.html', kind: SourceKind.HTML },
  { name: 'Edge & WebAssembly evenings (demo)', file: 'edge-evening.ics', kind: SourceKind.ICAL },
] as const;

/** The repository's examples/ folder, found from here whether running from dist/ or from source. */
function examplesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'examples', 'berlin-tech-meetups.ics'))) return join(dir, 'examples');
  }
  throw new Error('examples/ not found next to the app: reinstall from a full checkout');
}

/**
 * The example's text with `{{date:+N}}` (or `-N`) replaced by the date N days
 * after (before) `now`, so it never goes stale; `{{icsdate:±N}}` gives the
 * same date as iCalendar writes it (20261205).
 */
export async function readExample(file: string, now: Date): Promise<string> {
  const text = await readFile(join(examplesDir(), file), 'utf8');
  return text.replace(/\{\{(date|icsdate):([+-]\d+)\}\}/g, (_m, form: string, days: string) => {
    const date = new Date(now.getTime() + Number(days) * 86_400_000).toISOString().slice(0, 10);
    return form === 'icsdate' ? date.replaceAll('-', '') : date;
  });
}
