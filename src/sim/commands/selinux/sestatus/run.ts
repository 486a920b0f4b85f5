// sestatus of policycoreutils 3.6 (Rocky 9.5): the SELinux state from the system model and /etc/selinux/config
// (options and the usage after a bad option in spec.ts; -v and -b are taken, their lists are not modelled).
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

def({
  name: 'sestatus',
  summary: 'SELinux status tool',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const row = (k: string, v: string) => `${(k + ':').padEnd(32)}${v}\n`;
    if (sys.selinux === 'Disabled') {
      ctx.out(row('SELinux status', 'disabled'));
      return 0;
    }
    const cfg = ctx.host.fs.read('/etc/selinux/config');
    const fromConfig = typeof cfg === 'string' ? (/^SELINUX=(\w+)/m.exec(cfg)?.[1] ?? 'enforcing') : 'enforcing';
    ctx.out(
      row('SELinux status', 'enabled') +
        row('SELinuxfs mount', '/sys/fs/selinux') +
        row('SELinux root directory', '/etc/selinux') +
        row('Loaded policy name', 'targeted') +
        row('Current mode', sys.selinux.toLowerCase()) +
        row('Mode from config file', fromConfig.toLowerCase()) +
        row('Policy MLS status', 'enabled') +
        row('Policy deny_unknown status', 'allowed') +
        row('Memory protection checking', 'actual (secure)') +
        row('Max kernel policy version', '33'),
    );
    return 0;
  },
});
