import { safeHttpUrl } from '@app/text';
import { formatDay } from '@app/zones';
import type { DigestAction, DigestChange, DigestContent, DigestEvent, DigestSourceProblem } from '../types';
import { oneLine, optionalLine } from './clean-text';
import { digestSubject, digestSummary } from './subject';
import { eventWhenLabel, whenLabel } from './when';

/*
 * What a digest says, worked out once and then written twice, as HTML and as
 * plain text, so that both parts always hold the same items. Every string
 * here is plain text (cleaned to one line, not yet escaped) and every href is
 * an absolute http(s) URL or absent.
 */

export interface DigestLink {
  label: string;
  href: string;
}

export interface DigestItemPerson {
  name: string;
  href: string | null;
  why: string | null;
  talkingPoint: string | null;
}

export interface DigestItem {
  title: string;
  /** The item's page in the web app. */
  href: string | null;
  /** A warning shown before the title: "Overdue". */
  flag: string | null;
  /** Lines under the title. */
  details: string[];
  /** The start of a draft, shown quoted. */
  draft: string | null;
  people: DigestItemPerson[];
  /** Links other than the item's own page ("Event page"). */
  links: DigestLink[];
}

export interface DigestBlock {
  heading: string;
  items: DigestItem[];
}

export interface DigestDocument {
  subject: string;
  /** The inbox preview line. */
  preview: string;
  banner: string | null;
  title: string;
  dateLine: string;
  blocks: DigestBlock[];
  /** Said when there are no blocks. */
  emptyNote: string | null;
  footer: { reason: string; unsubscribeUrl: string | null; settingsUrl: string | null };
}

export const SECTION_HEADINGS = {
  EVENTS: 'Coming up',
  CHANGES: 'What changed',
  FOLLOW_UPS: 'To do',
  SOURCES: 'Sources that need attention',
} as const;

const ATTENDANCE: Readonly<Record<NonNullable<DigestEvent['attendance']>, string>> = { GOING: 'Going', MAYBE: 'Maybe going', NOT_GOING: 'Not going' };

/** A page of the web app, or null when the app URL is not http(s). Path segments are percent-encoded. */
function appLink(appUrl: string, path: string): string | null {
  return safeHttpUrl(`${appUrl.trim().replace(/\/+$/, '')}${path}`);
}

const segment = (id: string) => encodeURIComponent(id);

function eventItem(event: DigestEvent, content: DigestContent): DigestItem {
  const zone = content.recipient.timeZone;
  const when = eventWhenLabel(event, zone, content.generatedAt);
  const location = optionalLine(event.location, 200);
  const attendance = event.attendance ? ATTENDANCE[event.attendance] : null;
  const reason = optionalLine(event.reasons[0]);
  const url = safeHttpUrl(event.url);
  return {
    title: oneLine(event.title, 200) || 'Untitled event',
    href: appLink(content.appUrl, `/events/${segment(event.id)}`),
    flag: null,
    details: [[when, location, attendance].filter((part) => part).join(' · '), ...(reason ? [reason] : [])],
    draft: null,
    people: event.people.map((person) => ({
      name: oneLine(person.name, 120) || 'Someone',
      href: appLink(content.appUrl, `/people/${segment(person.contactId)}`),
      why: optionalLine(person.why),
      talkingPoint: optionalLine(person.talkingPoint),
    })),
    links: url ? [{ label: 'Event page', href: url }] : [],
  };
}

function changeLine(change: DigestChange, zone: string, reference: Date): string {
  const when = (instant: Date) => whenLabel(instant, zone, reference);
  if (change.kind === 'CANCELLED') return change.oldStart ? `Cancelled (was ${when(change.oldStart)})` : 'Cancelled';
  if (change.oldStart && change.newStart) return `Moved: ${when(change.oldStart)} → ${when(change.newStart)}`;
  if (change.newStart) return `Moved to ${when(change.newStart)}`;
  return change.oldStart ? `Moved from ${when(change.oldStart)}` : 'Moved';
}

function changeItem(change: DigestChange, content: DigestContent): DigestItem {
  return {
    title: oneLine(change.title, 200) || 'Untitled event',
    href: appLink(content.appUrl, `/events/${segment(change.eventId)}`),
    flag: null,
    details: [changeLine(change, content.recipient.timeZone, content.generatedAt)],
    draft: null,
    people: [],
    links: [],
  };
}

/** Overdue first, then by due time; otherwise in the given order. */
export function orderActions(actions: readonly DigestAction[]): DigestAction[] {
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => Number(b.action.overdue) - Number(a.action.overdue) || a.action.dueAt.getTime() - b.action.dueAt.getTime() || a.index - b.index)
    .map(({ action }) => action);
}

function actionItem(action: DigestAction, content: DigestContent): DigestItem {
  const name = optionalLine(action.contactName, 120);
  const text = oneLine(action.text);
  const page = action.source === 'FOLLOW_UP' ? `/follow-ups#${segment(action.id)}` : action.contactId !== null ? `/people/${segment(action.contactId)}` : null;
  return {
    title: name && text ? `${name}: ${text}` : name || text || 'Follow-up',
    href: page ? appLink(content.appUrl, page) : null,
    flag: action.overdue ? 'Overdue' : null,
    details: [`Due ${whenLabel(action.dueAt, content.recipient.timeZone, content.generatedAt)}`],
    draft: optionalLine(action.draftFirstLine, 200),
    people: [],
    links: [],
  };
}

function sourceItem(source: DigestSourceProblem, content: DigestContent): DigestItem {
  return {
    title: oneLine(source.name, 200) || 'Unnamed source',
    href: appLink(content.appUrl, `/sources/${segment(source.id)}`),
    flag: null,
    details: [optionalLine(source.lastError) ?? 'Failed without a message'],
    draft: null,
    people: [],
    links: [],
  };
}

function block<T>(heading: string, entries: readonly T[] | null, item: (entry: T) => DigestItem): DigestBlock[] {
  return entries && entries.length > 0 ? [{ heading, items: entries.map(item) }] : [];
}

/** The document of one digest: sections in the fixed order, each only when it is on and has something in it. */
export function digestDocument(content: DigestContent): DigestDocument {
  const weekly = content.period.frequency === 'WEEKLY';
  const zone = content.recipient.timeZone;
  const blocks = [
    ...block(SECTION_HEADINGS.EVENTS, content.events, (e) => eventItem(e, content)),
    ...block(SECTION_HEADINGS.CHANGES, content.changes, (c) => changeItem(c, content)),
    ...block(SECTION_HEADINGS.FOLLOW_UPS, content.actions && orderActions(content.actions), (a) => actionItem(a, content)),
    ...block(SECTION_HEADINGS.SOURCES, content.sources, (s) => sourceItem(s, content)),
  ];
  const nothing = `Nothing new ${weekly ? 'this week' : 'today'}`;
  const email = oneLine(content.recipient.email, 254);
  return {
    subject: digestSubject(content),
    preview: digestSummary(content) || nothing,
    banner: content.test ? 'Test digest: this is how your digest looks. You asked for it in settings; real digests follow your schedule.' : null,
    title: weekly ? 'Your week' : 'Your day',
    dateLine: `${weekly ? 'Week of ' : ''}${formatDay(content.period.start, zone, true)} · times in ${zone}`,
    blocks,
    emptyNote: blocks.length === 0 ? `${nothing}.` : null,
    footer: {
      reason: `Your ${weekly ? 'weekly' : 'daily'} topofmind digest, sent to ${email} because digests are on in your settings.`,
      unsubscribeUrl: safeHttpUrl(content.unsubscribeUrl),
      settingsUrl: appLink(content.appUrl, '/settings'),
    },
  };
}
