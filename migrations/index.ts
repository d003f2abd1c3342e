import { CreateAccountsAndTracking1795649329609 } from './1795649329609-CreateAccountsAndTracking';
import { CreateSourcesAndCatalogue1795650335543 } from './1795650335543-CreateSourcesAndCatalogue';

/** Every migration, oldest first. Listed explicitly so bundlers and tests need no globbing. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [CreateAccountsAndTracking1795649329609, CreateSourcesAndCatalogue1795650335543];
