import { DEFAULT_LIMITS } from '@app/event-model';
import { parseIcs } from '@app/ical';
import { runSide } from './child';

/**
 * Every instance materialised (caps raised), the same work as the other
 * sides; with --default-limits, the limits ingestion runs with (stops at
 * 50,000 events, so lighter).
 */
runSide((text, from, to, flags) => {
  const limits = flags.includes('--default-limits') ? DEFAULT_LIMITS : { maxOccurrencesPerSeries: 1_000, maxEventsPerSource: 1_000_000 };
  return parseIcs(text, { defaultTimeZone: 'UTC', window: { from, to }, ...limits }).events.length;
});
