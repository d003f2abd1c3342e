import { registerEnumType } from '@nestjs/graphql';
import { MatchKind, MatchRole } from './core';

registerEnumType(MatchKind, { name: 'MatchKind' });
registerEnumType(MatchRole, { name: 'MatchRole' });
