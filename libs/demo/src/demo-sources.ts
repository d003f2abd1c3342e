import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SourceKind } from '@app/event-model';

/** The bundled example sources (see examples/README.md). */
export const DEMO_SOURCES = [
  { name: 'Berlin tech meetups (demo)', file: 'berlin-tech-meetups.ics', kind: SourceKind.ICAL },
  { name: 'EdgeConf Berlin (demo page)', file: 'edge-conf.html', kind: SourceKind.HTML },
] as const;

/** The repository's examples/ folder, found from here whether running from dist/ or from source. */
function examplesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'examples', 'berlin-tech-meetups.ics'))) return join(dir, 'examples');
  }
  throw new Error('examples/ not found next to the app: reinstall from a full checkout');
}

/** The example's text with `{{date:+N}}` replaced by the date N days after `now`, so it never goes stale. */
export async function readExample(file: string, now: Date): Promise<string> {
  const text = await readFile(join(examplesDir(), file), 'utf8');
  return text.replace(/\{\{date:\+(\d+)\}\}/g, (_m, days: string) => new Date(now.getTime() + Number(days) * 86_400_000).toISOString().slice(0, 10));
}
