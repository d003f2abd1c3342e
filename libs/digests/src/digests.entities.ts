import { DigestDeliveryEntity } from './digest-delivery.entity';
import { DigestSettingsEntity } from './digest-settings.entity';
import { DigestSigningKeyEntity } from './signing-key.entity';

export const DIGESTS_ENTITIES = [DigestSettingsEntity, DigestDeliveryEntity, DigestSigningKeyEntity];
