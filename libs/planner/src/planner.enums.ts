import { registerEnumType } from '@nestjs/graphql';
import { ActionStatus, Attendance, CadenceStatus, DraftChannel, SourceKind, TouchKind } from './core';

/**
 * What markTouchSent accepts: the five suggested moves, and the plain kinds
 * of contact people also log (an email, a call, a coffee).
 */
export const SentTouchKind = {
  ...TouchKind,
  EMAIL: 'EMAIL',
  COFFEE: 'COFFEE',
  MET_AT_EVENT: 'MET_AT_EVENT',
  CALL: 'CALL',
  OTHER: 'OTHER',
} as const;
export type SentTouchKind = (typeof SentTouchKind)[keyof typeof SentTouchKind];

// The planning core declares its enums once (core/); GraphQL clients see their keys under these names.
registerEnumType(Attendance, { name: 'Attendance' });
registerEnumType(TouchKind, { name: 'TouchKind' });
registerEnumType(SentTouchKind, { name: 'SentTouchKind' });
registerEnumType(CadenceStatus, { name: 'CadenceStatus' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });
registerEnumType(SourceKind, { name: 'SourceKindRef', description: 'Where a sentence comes from in your own data.' });
registerEnumType(DraftChannel, { name: 'DraftChannel' });
