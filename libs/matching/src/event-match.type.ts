import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { MatchKind, MatchRole } from './core';
import './match.enums';

@ObjectType('MatchEvidence')
export class MatchEvidenceType {
  @Field({ description: 'Which part of the event: title, description, location, organizer, people, categories or url.' })
  field!: string;

  @Field({ description: 'The matched words with a little context.' })
  snippet!: string;
}

@ObjectType('EventMatch', { description: 'Why an event concerns one of your tracked people, companies or topics.' })
export class EventMatchType {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchKind)
  kind!: MatchKind;

  @Field(() => MatchRole)
  role!: MatchRole;

  @Field(() => Float, { description: 'In [0, 1]; people on stage score highest, topics lowest.' })
  score!: number;

  @Field({ description: 'The evidence in one line: where it was found and the words.' })
  evidence!: string;

  @Field(() => [MatchEvidenceType])
  evidenceDetails!: MatchEvidenceType[];

  @Field({ description: 'A readable reason, e.g. "Priya Raman is speaking".' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The matched topic, for TOPIC matches.' })
  topic!: string | null;
}
