import { registerEnumType } from '@nestjs/graphql';
import { FollowUpKind, FollowUpStatus } from './core';

// The checklist core declares its enums once (core/types.ts); GraphQL clients see their keys under these names.
registerEnumType(FollowUpKind, { name: 'FollowUpKind', description: 'What a follow-up item asks you to do.' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
