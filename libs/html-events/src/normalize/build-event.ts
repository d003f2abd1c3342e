import { addDays, formatInstant, isoDate, localToInstant } from '@app/zones';
import type { NormalizedEvent } from '@app/event-model';
import type { WarningLog } from '../warnings';
import { formatOnClock, instantOnClock, type OffsetEvidence, resolveTime } from './clock';
import { toLocal, wallMs, type WrittenDateTime } from './datetime';
import type { EventDraft } from './draft';
import { decideStatus } from './status';

const DAY_MS = 86_400_000;

export interface PageTime {
  defaultZone: string;
  evidence: OffsetEvidence;
}

/** A draft as a NormalizedEvent, with a provisional UID (the page-level pass settles UIDs). */
export function buildEvent(draft: EventDraft, time: PageTime, warnings: WarningLog): NormalizedEvent {
  const zone = draft.zone ?? time.defaultZone;
  const when = draft.start.time ? timedSpan(draft, zone, time.evidence, warnings) : allDaySpan(draft);
  const decision = decideStatus(draft.structuredStatus, draft.title, when.start.slice(0, 10));
  if (decision.note) warnings.add(decision.note, { uid: draft.sourceId ?? draft.url ?? undefined });
  return {
    uid: draft.sourceId ?? draft.url ?? '',
    recurrenceId: null,
    title: draft.title,
    description: draft.description,
    allDay: when.allDay,
    start: when.start,
    end: when.end,
    timeZone: when.zone,
    floating: when.floating,
    location: draft.location,
    venue: draft.venue,
    onlineUrl: draft.onlineUrl,
    url: draft.url,
    status: decision.status,
    sequence: 0,
    stampedAt: draft.stampedAt ? formatInstant(localOrInstant(draft.stampedAt, time.defaultZone), null) : null,
    organizer: draft.organizer,
    people: draft.people,
    categories: draft.categories,
    recurring: false,
  };
}

interface Span {
  allDay: boolean;
  start: string;
  end: string | null;
  zone: string | null;
  floating: boolean;
}

function timedSpan(draft: EventDraft, zone: string, evidence: OffsetEvidence, warnings: WarningLog): Span {
  const { instant, clock } = resolveTime(draft.start, zone, evidence);
  if (clock.correction) warnings.tally(clock.correction);
  let end: Date | null = null;
  if (draft.end?.time) {
    end = draft.end.offsetMinutes === null ? instantOnClock(draft.end, clock) : resolveTime(draft.end, zone, evidence).instant;
  } else if (draft.durationMs) {
    end = new Date(instant.getTime() + draft.durationMs);
  }
  // No endDate stays no end. RFC 5545 §3.6.1 ends a lone DTSTART at its start because iCalendar
  // defines it so; schema.org's endDate is merely optional, and a meetup page that omits it means
  // "until it ends", not a zero-length event (the planner then assumes its usual length).
  if (end && end.getTime() <= instant.getTime()) {
    warnings.tally(`an event ends before it starts; its end was dropped`);
    end = null;
  }
  return {
    allDay: false,
    start: formatOnClock(instant, clock),
    end: end ? formatOnClock(end, clock) : null,
    zone: clock.zone,
    floating: clock.floating,
  };
}

/**
 * Date-only events. schema.org and microformats write the last day
 * (inclusive); the model wants iCalendar's exclusive end, the day after.
 */
function allDaySpan(draft: EventDraft): Span {
  const start = isoDate(draft.start);
  let end: string | null = null;
  if (draft.end) {
    const last = isoDate(draft.end);
    end = last >= start ? addDays(last, 1) : null;
  } else if (draft.durationMs) {
    end = addDays(start, Math.max(1, Math.ceil(draft.durationMs / DAY_MS)));
  }
  return { allDay: true, start, end, zone: null, floating: false };
}

function localOrInstant(value: WrittenDateTime, zone: string): Date {
  if (value.offsetMinutes === null) return localToInstant(toLocal(value), zone);
  return new Date(wallMs(value) - value.offsetMinutes * 60_000);
}
