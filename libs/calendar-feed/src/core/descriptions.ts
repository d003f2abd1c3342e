import type { FeedEvent, FeedPerson, FeedTouch } from './feed.types';
import { oneLine, plainText } from './text';

/*
 * Descriptions are plain text laid out for a phone's event view: sections
 * separated by a blank line, people one per line with their talking points
 * indented below. Each person's fields are flattened to one line so a stray
 * line break cannot break the layout; a touch's draft keeps its paragraphs.
 */

export interface EventLinks {
  url: string | null;
  onlineUrl: string | null;
  appUrl: string | null;
}

function personLines(person: FeedPerson): string[] {
  const name = oneLine(person.name);
  const why = oneLine(person.why);
  const points = person.talkingPoints.map(oneLine).filter((point) => point.length > 0);
  return [why ? `• ${name}: ${why}` : `• ${name}`, ...points.map((point) => `   – ${point}`)];
}

function appLine(appUrl: string | null): string | null {
  return appUrl ? `Plan in topofmind: ${appUrl}` : null;
}

function joinSections(sections: (string | null)[]): string {
  return sections.filter((section): section is string => section !== null && section.length > 0).join('\n\n');
}

export function eventDescription(event: FeedEvent, links: EventLinks): string {
  const people = event.meet.filter((person) => oneLine(person.name).length > 0);
  const notes: string[] = [];
  if (event.status === 'CANCELLED') notes.push('This event has been cancelled.');
  else if (event.attendance === 'MAYBE') notes.push('You marked this event as maybe.');
  else if (event.status === 'TENTATIVE') notes.push('The organiser has not confirmed this event yet.');

  return joinSections([
    notes.join('\n'),
    people.length > 0 ? ['Whom to meet:', ...people.flatMap(personLines)].join('\n') : null,
    links.onlineUrl ? `Join online: ${links.onlineUrl}` : null,
    links.url ? `Event page: ${links.url}` : null,
    appLine(links.appUrl),
  ]);
}

export function touchDescription(touch: FeedTouch, appUrl: string | null): string {
  const reason = oneLine(touch.reason);
  const draft = plainText(touch.draft).trim();
  return joinSections([
    reason ? `Why now: ${reason}` : null,
    draft ? `Draft (nothing is sent for you: edit it and send it yourself):\n${draft}` : null,
    appLine(appUrl),
  ]);
}
