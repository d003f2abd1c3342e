import { registerEnumType } from '@nestjs/graphql';
import { ApplicationStatus, ContactRole, InteractionDirection, InteractionKind } from './enums';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(ContactRole, { name: 'ContactRole' });
registerEnumType(InteractionKind, { name: 'InteractionKind' });
registerEnumType(InteractionDirection, { name: 'InteractionDirection' });
