// getenforce and setenforce of libselinux 3.6.
import { def, isRoot, linuxOnly } from '../lib/guest';

def({
  name: 'getenforce',
  summary: 'get the current mode of SELinux',
  available: linuxOnly,
  *run(ctx) {
    ctx.out(ctx.host.sys!.selinux + '\n');
    return 0;
  },
});

def({
  name: 'setenforce',
  summary: 'modify the mode SELinux is running in',
  available: linuxOnly,
  *run(ctx) {
    const a = ctx.args[0];
    const sys = ctx.host.sys!;
    if (a === undefined || !/^(0|1|permissive|enforcing)$/i.test(a)) {
      ctx.err('usage:  setenforce [ Enforcing | Permissive | 1 | 0 ]\n');
      return 1;
    }
    if (!isRoot(ctx)) {
      ctx.err('setenforce: security_setenforce() failed: Permission denied\n');
      return 1;
    }
    if (sys.selinux === 'Disabled') {
      ctx.err('setenforce: SELinux is disabled\n');
      return 1;
    }
    sys.selinux = a === '0' || /^permissive$/i.test(a) ? 'Permissive' : 'Enforcing';
    return 0;
  },
});
