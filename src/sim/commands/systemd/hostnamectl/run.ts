// hostnamectl of systemd 252.
import { guestState } from '../../../guest-state';
import { def, isRoot } from '../../lib/guest';
import { polkit } from '../../lib/polkit';

def({
  name: 'hostnamectl',
  summary: 'Control the system hostname',
  *run(ctx) {
    const host = ctx.host;
    const sys = host.sys!;
    if (ctx.args[0] === 'set-hostname') {
      const name = ctx.args[1];
      if (!name) {
        ctx.err('Invalid number of arguments.\n');
        return 1;
      }
      if (!isRoot(ctx)) {
        const ok = yield* polkit(ctx, 'org.freedesktop.hostname1.set-static-hostname', 'Authentication is required to set the statically configured local hostname, as well as the pretty hostname.');
        if (!ok) {
          ctx.err('Could not set static hostname: Access denied\n');
          return 1;
        }
      }
      host.hostname = name;
      host.fs.write('/etc/hostname', name + '\n');
      sys.sysctl.set('kernel.hostname', name);
      return 0;
    }
    if (ctx.args[0] === 'hostname' || ctx.args[0] === '--static') {
      ctx.out(host.hostname + '\n');
      return 0;
    }
    const ver = /release ([\d.]+)/.exec(sys.release)?.[1] ?? '9.5';
    const seedHex = (n: number) => ctx.world.rng.hex(n);
    const gs = guestState(ctx.world, host.id);
    const mid = (gs.machineId ??= seedHex(32));
    ctx.out(
      [
        ` Static hostname: ${host.hostname}`,
        '       Icon name: computer-vm',
        '         Chassis: vm 🖴',
        `      Machine ID: ${mid}`,
        `         Boot ID: ${mid.split('').reverse().join('')}`,
        '  Virtualization: oracle',
        `Operating System: Rocky Linux ${ver} (Blue Onyx)       `,
        '     CPE OS Name: cpe:/o:rocky:rocky:9::baseos',
        `          Kernel: Linux ${sys.kernel}`,
        '    Architecture: x86-64',
        ' Hardware Vendor: innotek GmbH',
        '  Hardware Model: VirtualBox',
        'Firmware Version: VirtualBox',
        '   Firmware Date: Fri 2006-12-01',
        '',
      ].join('\n'),
    );
    return 0;
  },
});
