// The glibc tools of the guest (glibc-common): their specs here, each body loads on first use.
import { registerSpecCommand } from '../../registry';
import { spec as getent } from './getent/spec';

registerSpecCommand(getent, { shell: 'bash', summary: 'get entries from Name Service Switch libraries', load: () => import('./getent/run') });
