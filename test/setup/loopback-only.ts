// setupFiles of the integration and e2e tiers: loopback (local servers, the app under test) and the test database server only.
import { databaseHosts, setNetworkPolicy } from './network-guard';

setNetworkPolicy('loopback', databaseHosts());
