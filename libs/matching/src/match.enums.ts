import { registerEnumType } from '@nestjs/graphql';

// Keys spelled like their values: GraphQL clients see the keys.
export enum MatchKindEnum {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
  TOPIC = 'TOPIC',
}

export enum MatchRoleEnum {
  SPEAKER = 'SPEAKER',
  HOST = 'HOST',
  ORGANIZER = 'ORGANIZER',
  SPONSOR = 'SPONSOR',
  PERFORMER = 'PERFORMER',
  MENTION = 'MENTION',
  TOPIC = 'TOPIC',
}

registerEnumType(MatchKindEnum, { name: 'MatchKind' });
registerEnumType(MatchRoleEnum, { name: 'MatchRole' });
