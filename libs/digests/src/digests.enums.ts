import { registerEnumType } from '@nestjs/graphql';
import { DigestFrequency, DigestSection, Weekday } from './core';
import { DeliveryStatus } from './digest-delivery.entity';

// Declared once (core/types.ts, the delivery entity); GraphQL clients see their keys under these names.
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
registerEnumType(Weekday, { name: 'Weekday' });
registerEnumType(DigestSection, { name: 'DigestSection' });
registerEnumType(DeliveryStatus, { name: 'DigestDeliveryStatus' });
