// sync of GNU coreutils 8.32 (options and help in spec.ts): the simulated disks have nothing to flush.
import { def } from '../../lib/guest';

def({
  name: 'sync',
  summary: 'Synchronize cached writes to persistent storage',
  *run() {
    return 0;
  },
});
