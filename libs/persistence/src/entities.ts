import { ACCOUNT_ENTITIES } from '@app/accounts';
import { DIGESTS_ENTITIES } from '@app/digests';
import { FOLLOW_UPS_ENTITIES } from '@app/follow-ups';
import { INGESTION_ENTITIES } from '@app/ingestion';
import { EventMatchEntity } from '@app/matching';
import { PLANNER_ENTITIES } from '@app/planner';
import { TRACKING_ENTITIES } from '@app/tracking';

/** Every entity of the app; the one list both the app and the TypeORM CLI use. */
export const ENTITIES = [
  ...ACCOUNT_ENTITIES,
  ...TRACKING_ENTITIES,
  ...INGESTION_ENTITIES,
  EventMatchEntity,
  ...PLANNER_ENTITIES,
  ...FOLLOW_UPS_ENTITIES,
  ...DIGESTS_ENTITIES,
];
