import type { SourceFieldsFragment, SourceKind, SourceStatus } from '../../gql/graphql';

export const KIND_LABELS: Record<SourceKind, string> = {
  AUTO: 'Detect automatically',
  ICAL: 'iCal feed',
  HTML: 'Web page (HTML)',
};

const STATUS: Record<SourceStatus, { label: string; tone: string }> = {
  PENDING: { label: 'Fetching…', tone: 'warn' },
  OK: { label: 'OK', tone: 'ok' },
  ERROR: { label: 'Error', tone: 'danger' },
};

/** PENDING / OK / ERROR as a coloured badge with words (colour is never the only cue). */
export function SourceStatusBadge({ status }: { status: SourceStatus }) {
  const { label, tone } = STATUS[status];
  return <span className={`badge ${tone}`}>{label}</span>;
}

/** "iCal feed", or "Detected: web page (HTML)" for an AUTO source once fetched. */
export function kindText(source: Pick<SourceFieldsFragment, 'kind' | 'detectedKind' | 'url'>): string {
  if (!source.url) return source.kind === 'HTML' ? 'Uploaded page' : 'Uploaded calendar';
  if (source.kind !== 'AUTO') return KIND_LABELS[source.kind];
  return source.detectedKind && source.detectedKind !== 'AUTO' ? `${KIND_LABELS[source.detectedKind]} (detected)` : 'Not detected yet';
}

/** "every 60 minutes", "every 2 hours", "every day". */
export function refreshText(minutes: number): string {
  if (minutes <= 0) return 'never (uploaded once)';
  if (minutes % 1440 === 0) return minutes === 1440 ? 'every day' : `every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}
