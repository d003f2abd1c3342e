import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import type { EventCardFieldsFragment, EventFilter } from '../../gql/graphql';
import { useCursorPages } from '../../ui/cursor-pages';
import { ErrorNote, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { EventCard } from './event-card';
import { EventsDocument } from './event-operations';
import { NoEvents } from './no-events';
import { dayHeading, eventDayKey } from '../../ui/time';

const PAGE_SIZE = 20;

interface Day {
  key: string;
  events: EventCardFieldsFragment[];
}

/** Events by the user's day, in start order (all-day events on their own date). */
function byDay(events: EventCardFieldsFragment[], zone: string): Day[] {
  const days = new Map<string, EventCardFieldsFragment[]>();
  for (const event of events) {
    const key = eventDayKey(event, zone);
    const list = days.get(key);
    if (list) list.push(event);
    else days.set(key, [event]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, list]) => ({ key, events: list }));
}

/**
 * The agenda: one query per page of 20 (cursor pagination); a day that
 * carries on from the previous page continues under that page's heading.
 */
export function EventAgenda({ filter, narrowed }: { filter: EventFilter; narrowed: boolean }) {
  const resetKey = JSON.stringify(filter);
  const { cursors, more } = useCursorPages(resetKey);
  const [lastDays, setLastDays] = useState<Record<string, string>>({});
  const reportLastDay = useCallback((cursor: string, day: string) => setLastDays((d) => (d[cursor] === day ? d : { ...d, [cursor]: day })), []);
  return (
    <div className="agenda">
      {cursors.map((after, i) => {
        const cursorKey = after ?? '';
        const previous = i > 0 ? lastDays[cursors[i - 1] ?? ''] : undefined;
        return (
          <AgendaPage
            key={`${resetKey}|${cursorKey}`}
            filter={filter}
            after={after}
            isLast={i === cursors.length - 1}
            continuesDay={previous}
            narrowed={narrowed}
            onMore={more}
            onLastDay={(day) => reportLastDay(cursorKey, day)}
          />
        );
      })}
    </div>
  );
}

interface AgendaPageProps {
  filter: EventFilter;
  after: string | null;
  isLast: boolean;
  continuesDay: string | undefined;
  narrowed: boolean;
  onMore: (endCursor: string) => void;
  onLastDay: (day: string) => void;
}

function AgendaPage({ filter, after, isLast, continuesDay, narrowed, onMore, onLastDay }: AgendaPageProps) {
  const zone = useZone();
  const [{ data, fetching, error }] = useQuery({ query: EventsDocument, variables: { first: PAGE_SIZE, after, filter } });
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  const days = byDay(events, zone);
  const lastDay = days.at(-1)?.key;
  useEffect(() => {
    if (lastDay) onLastDay(lastDay);
  }, [lastDay, onLastDay]);

  if (!data) {
    if (error) return <ErrorNote message={errorMessage(error)} />;
    return <Loading what={after ? 'more events' : 'events'} />;
  }
  if (after === null && events.length === 0) return <NoEvents narrowed={narrowed} />;
  const pageInfo = data.events.pageInfo;
  return (
    <>
      <ErrorNote message={errorMessage(error)} />
      {days.map((day, i) => (
        <section key={day.key} className="agenda-day" aria-label={i === 0 && day.key === continuesDay ? `${dayHeading(day.key)}, continued` : undefined}>
          {!(i === 0 && day.key === continuesDay) && <h2 className="day-heading">{dayHeading(day.key)}</h2>}
          <ul className="list">
            {day.events.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        </section>
      ))}
      {isLast && <LoadMore hasNextPage={pageInfo.hasNextPage} fetching={fetching} onMore={() => pageInfo.endCursor && onMore(pageInfo.endCursor)} />}
    </>
  );
}
