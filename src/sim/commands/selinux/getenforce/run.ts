// getenforce of libselinux 3.6: the mode of the host's SELinux model.
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

def({
  name: 'getenforce',
  summary: 'get the current mode of SELinux',
  available: linuxOnly,
  spec,
  *run(ctx) {
    ctx.out(ctx.host.sys!.selinux + '\n');
    return 0;
  },
});
