import type { SourceFieldsFragment } from '../../gql/graphql';
import { SOURCE_KIND } from '../../ui/labels';

/** "iCal feed", or "Web page (HTML) (detected)" for an AUTO source once fetched. */
export function kindText(source: Pick<SourceFieldsFragment, 'kind' | 'detectedKind' | 'url'>): string {
  if (!source.url) return source.kind === 'HTML' ? 'Uploaded page' : 'Uploaded calendar';
  if (source.kind !== 'AUTO') return SOURCE_KIND[source.kind];
  return source.detectedKind && source.detectedKind !== 'AUTO' ? `${SOURCE_KIND[source.detectedKind]} (detected)` : 'Not detected yet';
}

/** "every 60 minutes", "every 2 hours", "every day". */
export function refreshText(minutes: number): string {
  if (minutes <= 0) return 'never (uploaded once)';
  if (minutes % 1440 === 0) return minutes === 1440 ? 'every day' : `every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}
