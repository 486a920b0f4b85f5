// What reboot, poweroff, halt and shutdown of systemd 252 do on a guest (each command's spec and run are in its own folder).
import type { CommandContext } from '../../../context';
import type { Host, Yield } from '../../../types';
import { isRoot } from '../../lib/guest';
import { setUnit } from '../../lib/units';
import { resetBoxState } from '../systemctl/state';

export type PowerAction = 'reboot' | 'poweroff' | 'halt';

/** Stop or restart the guest; halt is modelled as poweroff (a halted but still running VM is not modelled apart). */
export function* powerCommand(ctx: CommandContext, kind: PowerAction): Generator<Yield, number, unknown> {
  if (!isRoot(ctx)) {
    // logind's method names (systemctl-logind.c: actions[])
    ctx.err(`Call to ${kind === 'reboot' ? 'Reboot' : kind === 'halt' ? 'Halt' : 'PowerOff'} failed: Interactive authentication required.\n`);
    return 1;
  }
  const host = ctx.host;
  // leave every shell level on this guest; the client of the first one reports the closed connection
  let first: { sshHost?: string } | undefined;
  while (ctx.session.depth() > 0 && ctx.session.top()?.hostId === host.id) {
    first = ctx.session.top();
    ctx.session.popFrame();
  }
  if (first?.sshHost !== undefined) ctx.err(`Connection to ${first.sshHost.slice(0, 300)} closed by remote host.\r\nConnection to ${first.sshHost.slice(0, 64)} closed.\r\n`);
  else ctx.out(`Connection to 127.0.0.1 closed by remote host.\n`);
  // the next boot's kernel modules (modules-load.d) and swap (fstab, swap.target) are there before its services start
  if (host.sys) {
    host.sys.modules = new Set([...host.sys.modules].filter((x) => !['br_netfilter', 'overlay', 'bridge', 'stp', 'llc'].includes(x) || moduleConfigured(host, x)));
    const fstab = host.fs.read('/etc/fstab');
    host.sys.swapOn = typeof fstab === 'string' && /^\s*[^#\s].*\sswap\s/m.test(fstab);
  }
  const m = host.machine;
  if (m) {
    const project = ctx.world.project(m.project);
    if (project) {
      if (kind !== 'reboot') ctx.world.setMachineState(project, m.name, 'poweroff');
      else {
        ctx.world.setMachineState(project, m.name, 'poweroff');
        ctx.world.setMachineState(project, m.name, 'running');
      }
    }
  }
  for (const u of host.sys?.units.values() ?? []) if (u.enabled !== 'enabled' && u.active === 'active') setUnit(ctx, u, false);
  // the next boot starts the box's units afresh (an isolate's stops and starts are gone)
  resetBoxState(host);
  return 0;
}

function moduleConfigured(host: Host, mod: string): boolean {
  const list = host.fs.list('/etc/modules-load.d');
  if (typeof list === 'string') return false;
  return list.some((f) => (host.fs.read('/etc/modules-load.d/' + f.name) as string).split('\n').some((l) => l.trim() === mod || (['bridge', 'stp', 'llc'].includes(mod) && l.trim() === 'br_netfilter')));
}
