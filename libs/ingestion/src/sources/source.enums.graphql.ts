import { registerEnumType } from '@nestjs/graphql';
import { EventStatus, SourceKind } from '@app/event-model';
import { EventChangeKind, SourceStatus } from './source.enums';

registerEnumType(SourceKind, { name: 'SourceKind' });
registerEnumType(SourceStatus, { name: 'SourceStatus' });
registerEnumType(EventStatus, { name: 'EventStatus' });
registerEnumType(EventChangeKind, { name: 'EventChangeKind' });
