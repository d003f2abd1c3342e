import { DedupeCandidate } from '../dedupe';
import type { EventFields } from './event-fields';

/** What the duplicate rule compares of a stored or parsed event. */
export function dedupeCandidate(
  f: Pick<EventFields, 'uid' | 'startsAt' | 'allDay' | 'title' | 'location' | 'url' | 'onlineUrl'>,
  recurrenceId: string | null = null,
): DedupeCandidate {
  return {
    uid: f.uid,
    recurrenceId,
    startMs: f.startsAt.getTime(),
    allDay: f.allDay,
    title: f.title,
    location: f.location,
    url: f.url,
    onlineUrl: f.onlineUrl,
  };
}
