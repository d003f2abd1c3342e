import { registerEnumType } from '@nestjs/graphql';

// Keys spelled like their values: GraphQL clients see the keys.
export enum AttendanceStatus {
  GOING = 'GOING',
  MAYBE = 'MAYBE',
  NOT_GOING = 'NOT_GOING',
}

/** The five moves the planner recommends. */
export enum TouchKindEnum {
  LINKEDIN_CONNECT = 'LINKEDIN_CONNECT',
  PROJECT_UPDATE = 'PROJECT_UPDATE',
  COFFEE_INVITE = 'COFFEE_INVITE',
  EVENT_INTRODUCTION = 'EVENT_INTRODUCTION',
  FOLLOW_UP_EMAIL = 'FOLLOW_UP_EMAIL',
}

/**
 * What markTouchSent accepts: the five suggested moves, and the plain kinds
 * of contact people also log (an email, a call, a coffee).
 */
export enum SentTouchKind {
  LINKEDIN_CONNECT = 'LINKEDIN_CONNECT',
  PROJECT_UPDATE = 'PROJECT_UPDATE',
  COFFEE_INVITE = 'COFFEE_INVITE',
  EVENT_INTRODUCTION = 'EVENT_INTRODUCTION',
  FOLLOW_UP_EMAIL = 'FOLLOW_UP_EMAIL',
  EMAIL = 'EMAIL',
  COFFEE = 'COFFEE',
  MET_AT_EVENT = 'MET_AT_EVENT',
  CALL = 'CALL',
  OTHER = 'OTHER',
}

export enum CadenceStatusEnum {
  NONE = 'NONE',
  NOT_DUE = 'NOT_DUE',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  BLOCKED = 'BLOCKED',
  STOPPED = 'STOPPED',
}

export enum ActionStatusEnum {
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
  MISSED = 'MISSED',
  BLOCKED = 'BLOCKED',
}

export enum SourceRefKind {
  INTERVIEW = 'INTERVIEW',
  INTERACTION = 'INTERACTION',
  PROJECT_UPDATE = 'PROJECT_UPDATE',
  EVENT = 'EVENT',
  CONTACT_NOTE = 'CONTACT_NOTE',
  COMPANY = 'COMPANY',
}

export enum DraftChannelEnum {
  LINKEDIN_NOTE = 'LINKEDIN_NOTE',
  LINKEDIN_MESSAGE = 'LINKEDIN_MESSAGE',
  EMAIL = 'EMAIL',
}

registerEnumType(AttendanceStatus, { name: 'Attendance' });
registerEnumType(TouchKindEnum, { name: 'TouchKind' });
registerEnumType(SentTouchKind, { name: 'SentTouchKind' });
registerEnumType(CadenceStatusEnum, { name: 'CadenceStatus' });
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });
registerEnumType(SourceRefKind, { name: 'SourceKindRef', description: 'Where a sentence comes from in your own data.' });
registerEnumType(DraftChannelEnum, { name: 'DraftChannel' });
