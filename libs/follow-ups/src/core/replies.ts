import { isEngagement, type PlannerInteraction, type SourceRef } from '@app/planner';
import { formatDay } from '@app/zones';
import { touchesAfter, type Person } from './context';

/** The contact's first answer or conversation since the anchor, said as a person would. */
export interface Reply {
  at: Date;
  /** "Priya replied on 12 Nov", "You spoke with Priya on 12 Nov". */
  said: string;
  source: SourceRef;
}

function saidOf(interaction: PlannerInteraction, first: string, day: string): string {
  if (interaction.direction === 'INBOUND') return `${first} replied on ${day}`;
  switch (interaction.kind) {
    case 'COFFEE':
      return `You had coffee with ${first} on ${day}`;
    case 'MET_AT_EVENT':
      return `You met ${first} again on ${day}`;
    case 'INTERVIEW':
      return `You had an interview with ${first} on ${day}`;
    default:
      return `You spoke with ${first} on ${day}`;
  }
}

/** As engagedAfter counts them: an inbound message, a call, a meeting, a coffee that happened, an interview. */
export function firstReply(person: Person, zone: string): Reply | null {
  const after = person.anchor.getTime();
  const interaction = touchesAfter(person).find(isEngagement);
  const interview = person.history.interviews.find((candidate) => candidate.occurredAt.getTime() > after);
  if (interview && (!interaction || interview.occurredAt.getTime() < interaction.occurredAt.getTime())) {
    return {
      at: interview.occurredAt,
      said: `You had an interview with ${person.first} on ${formatDay(interview.occurredAt, zone)}`,
      source: { kind: 'INTERVIEW', id: interview.id },
    };
  }
  if (!interaction) return null;
  return {
    at: interaction.occurredAt,
    said: saidOf(interaction, person.first, formatDay(interaction.occurredAt, zone)),
    source: { kind: 'INTERACTION', id: interaction.id },
  };
}
