import { useZone } from '../../auth/session';
import type { EventCardFieldsFragment } from '../../gql/graphql';
import { formatAllDay, formatRange } from '../../ui/time';

type Timed = Pick<EventCardFieldsFragment, 'allDay' | 'start' | 'end' | 'startsAt' | 'endsAt' | 'timeZone' | 'floating'>;

/** When an event is, in the user's zone; with the event's own wall clock when it is elsewhere. */
export function EventTime({ event }: { event: Timed }) {
  const zone = useZone();
  if (event.allDay) {
    return (
      <p className="event-when">
        <time dateTime={event.start}>{formatAllDay(event.start, event.end)}</time> <span className="muted">(all day)</span>
      </p>
    );
  }
  const elsewhere = event.timeZone && event.timeZone !== zone ? event.timeZone : null;
  return (
    <p className="event-when">
      <time dateTime={event.startsAt}>{formatRange(event.startsAt, event.endsAt, zone)}</time>
      {elsewhere && (
        <span className="muted">
          {' '}
          ({formatRange(event.startsAt, event.endsAt, elsewhere)} in {elsewhere})
        </span>
      )}
      {event.floating && (
        <span className="meta floating"> The source gave no time zone; its times were read in {event.timeZone ?? 'the source’s default zone'}.</span>
      )}
    </p>
  );
}
