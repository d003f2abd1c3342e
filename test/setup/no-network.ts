// setupFiles of the unit tier: a unit test opens no connection, not even to loopback.
import { setNetworkPolicy } from './network-guard';

setNetworkPolicy('none');
