// hostnamectl of systemd 252 (options and help in spec.ts): status, hostname [NAME], set-hostname NAME, --static.
import { guestState } from '../../../guest-state';
import { def, isRoot } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { spec } from './spec';

def({
  name: 'hostnamectl',
  summary: 'Control the system hostname',
  spec,
  *run(ctx) {
    const host = ctx.host;
    const sys = host.sys!;
    const args = ctx.operands ?? ctx.args;
    const verb = args[0] ?? 'status';
    // the verbs of hostnamectl_main(): the obsolete set-* forms take exactly one value
    const VERBS = ['status', 'hostname', 'set-hostname', 'icon-name', 'set-icon-name', 'chassis', 'set-chassis', 'deployment', 'set-deployment', 'location', 'set-location', 'help'];
    if (!VERBS.includes(verb)) {
      ctx.err(`Unknown command verb ${verb}.\n`);
      return 1;
    }
    const max = verb === 'status' ? 1 : verb === 'help' ? Infinity : 2;
    if (verb.startsWith('set-') && args.length < 2) {
      ctx.err('Too few arguments.\n');
      return 1;
    }
    if (args.length > max) {
      ctx.err('Too many arguments.\n');
      return 1;
    }
    if (verb === 'help') {
      // `hostnamectl help`: not documented, the same text as --help
      ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
      return 0;
    }
    // the other properties of systemd-hostnamed on a VirtualBox guest (get_one_name prints the value as it is)
    const prop = verb.replace(/^set-/, '');
    if (prop !== 'hostname' && prop !== 'status') {
      if (args[1] === undefined) {
        ctx.out(`${prop === 'icon-name' ? 'computer-vm' : prop === 'chassis' ? 'vm' : ''}\n`);
        return 0;
      }
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.hostname1.set-machine-info', 'Authentication is required to set local machine information.'))) {
        ctx.err(`Could not set ${prop === 'icon-name' ? 'icon' : prop}: Access denied\n`);
        return 1;
      }
      return 0;
    }
    if (verb === 'set-hostname' || (verb === 'hostname' && args[1] !== undefined)) {
      const name = args[1];
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
    if (verb === 'hostname' || ctx.opts?.has('static') || ctx.opts?.has('transient')) {
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
        // the name links to HOME_URL: format-table.c keeps the cell's padding when it urlifies it (on a terminal)
        // and drops a last column's trailing blanks otherwise (a pipe or a file)
        `Operating System: Rocky Linux ${ver} (Blue Onyx)${ctx.tty ? '       ' : ''}`,
        '     CPE OS Name: cpe:/o:rocky:rocky:9::baseos',
        `          Kernel: Linux ${sys.kernel}`,
        '    Architecture: x86-64',
        ' Hardware Vendor: innotek GmbH',
        '  Hardware Model: VirtualBox',
        'Firmware Version: VirtualBox',
        '',
      ].join('\n'),
    );
    return 0;
  },
});
