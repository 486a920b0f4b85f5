// reboot, poweroff, halt and shutdown of systemd 252.
import type { CommandContext } from '../../../context';
import type { Host, Yield } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { setUnit } from '../../lib/units';

function* powerCommand(ctx: CommandContext, kind: 'reboot' | 'poweroff'): Generator<Yield, number, unknown> {
  if (!isRoot(ctx)) {
    ctx.err(`Call to ${kind === 'reboot' ? 'Reboot' : 'PowerOff'} failed: Interactive authentication required.\n`);
    return 1;
  }
  const host = ctx.host;
  ctx.out(`Connection to 127.0.0.1 closed by remote host.\n`);
  // leave every shell level on this guest
  while (ctx.session.depth() > 0 && ctx.session.top()?.hostId === host.id) ctx.session.popFrame();
  const m = host.machine;
  if (m) {
    const project = ctx.world.project(m.project);
    if (project) {
      if (kind === 'poweroff') ctx.world.setMachineState(project, m.name, 'poweroff');
      else {
        ctx.world.setMachineState(project, m.name, 'poweroff');
        ctx.world.setMachineState(project, m.name, 'running');
      }
    }
  }
  for (const u of host.sys?.units.values() ?? []) if (u.enabled !== 'enabled' && u.active === 'active') setUnit(ctx, u, false);
  if (host.sys) {
    host.sys.modules = new Set([...host.sys.modules].filter((x) => !['br_netfilter', 'overlay', 'bridge', 'stp', 'llc'].includes(x) || moduleConfigured(host, x)));
    const fstab = host.fs.read('/etc/fstab');
    host.sys.swapOn = typeof fstab === 'string' && /^\s*[^#\s].*\sswap\s/m.test(fstab);
  }
  return 0;
}

function moduleConfigured(host: Host, mod: string): boolean {
  const list = host.fs.list('/etc/modules-load.d');
  if (typeof list === 'string') return false;
  return list.some((f) => (host.fs.read('/etc/modules-load.d/' + f.name) as string).split('\n').some((l) => l.trim() === mod || (['bridge', 'stp', 'llc'].includes(mod) && l.trim() === 'br_netfilter')));
}

def({ name: 'reboot', summary: 'Reboot the machine', available: linuxOnly, run: (ctx) => powerCommand(ctx, 'reboot') });
def({ name: 'poweroff', aliases: ['halt'], summary: 'Power off the machine', available: linuxOnly, run: (ctx) => powerCommand(ctx, 'poweroff') });
def({
  name: 'shutdown',
  summary: 'Halt, power off or reboot the machine',
  available: linuxOnly,
  run: (ctx) => powerCommand(ctx, ctx.args.includes('-r') ? 'reboot' : 'poweroff'),
});
