import { registerEnumType } from '@nestjs/graphql';
import { EventChangeKind, EventStatus, SourceKind, SourceStatus } from './source.enums';

registerEnumType(SourceKind, { name: 'SourceKind' });
registerEnumType(SourceStatus, { name: 'SourceStatus' });
registerEnumType(EventStatus, { name: 'EventStatus' });
registerEnumType(EventChangeKind, { name: 'EventChangeKind' });
