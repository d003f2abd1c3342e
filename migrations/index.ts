import type { MigrationInterface } from 'typeorm';
import { CreateAccountsAndTracking1795649329609 } from './1795649329609-CreateAccountsAndTracking';
import { CreateSourcesAndCatalogue1795650335543 } from './1795650335543-CreateSourcesAndCatalogue';
import { AddPlanningProfileToUsers1795652091513 } from './1795652091513-AddPlanningProfileToUsers';
import { CreateMatchesAndAttendance1795652494555 } from './1795652494555-CreateMatchesAndAttendance';
import { AddRelevanceAndDataVersion1795652839728 } from './1795652839728-AddRelevanceAndDataVersion';
import { CreateAuthThrottle1796581818899 } from './1796581818899-CreateAuthThrottle';
import { AddFeedUploadsAndManualRefresh1796582064904 } from './1796582064904-AddFeedUploadsAndManualRefresh';
import { AddOwnerForeignKeys1796582272754 } from './1796582272754-AddOwnerForeignKeys';
import { HashCalendarTokens1796582473425 } from './1796582473425-HashCalendarTokens';
import { IndexItemsByUid1796585663446 } from './1796585663446-IndexItemsByUid';
import { AddDisplayNameToUsers1796593351695 } from './1796593351695-AddDisplayNameToUsers';
import { MoveRelevanceToPlanner1796594066422 } from './1796594066422-MoveRelevanceToPlanner';
import { IndexMatchesByEvent1796600022188 } from './1796600022188-IndexMatchesByEvent';
import { CreateFollowUpChecklists1796602400803 } from './1796602400803-CreateFollowUpChecklists';
import { CreateDigests1796605655920 } from './1796605655920-CreateDigests';

/** Every migration, oldest first. Listed explicitly so bundlers and tests need no globbing (scripts/write-migration-index.js). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateAccountsAndTracking1795649329609,
  CreateSourcesAndCatalogue1795650335543,
  AddPlanningProfileToUsers1795652091513,
  CreateMatchesAndAttendance1795652494555,
  AddRelevanceAndDataVersion1795652839728,
  CreateAuthThrottle1796581818899,
  AddFeedUploadsAndManualRefresh1796582064904,
  AddOwnerForeignKeys1796582272754,
  HashCalendarTokens1796582473425,
  IndexItemsByUid1796585663446,
  AddDisplayNameToUsers1796593351695,
  MoveRelevanceToPlanner1796594066422,
  IndexMatchesByEvent1796600022188,
  CreateFollowUpChecklists1796602400803,
  CreateDigests1796605655920,
];
