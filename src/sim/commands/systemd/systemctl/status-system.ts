// `systemctl status` without a unit: show_system_status() of systemctl-show.c (v252-46), the manager's state, its
// counters and the whole process tree as unit_show_processes() dumps it for -.slice (bus-unit-procs.c
// dump_processes(): a group's processes by PID, then its subgroups sorted by path; no kernel threads).
import type { CommandContext } from '../../../context';
import { ago, stamp } from '../../lib/units';
import { cgroupTree, type Group } from '../systemd-cgls/tree';
import { BOX_UNITS } from './box-units';
import { GIT_VERSION } from '../version';
import { PHASES } from './boot-times';
import { maintenance } from './state';
import { cgroupCmdline } from './status';

function dump(g: Group, prefix: string): string {
  let out = '';
  const pids = g.pids.filter((p) => !(p.vszKb === 0 && p.args.startsWith('['))).sort((a, b) => a.pid - b.pid);
  const kids = [...g.children].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (pids.length) {
    const width = String(pids[pids.length - 1].pid).length;
    pids.forEach((p, i) => {
      const more = i + 1 < pids.length || kids.length > 0;
      out += `${prefix}${more ? '├─' : '└─'}${String(p.pid).padStart(width)} ${cgroupCmdline(p.args)}\n`;
    });
  }
  kids.forEach((c, i) => {
    const more = i + 1 < kids.length;
    out += `${prefix}${more ? '├─' : '└─'}${c.name}\n`;
    out += dump(c, prefix + (more ? '│ ' : '  '));
  });
  return out;
}

export function systemStatus(ctx: CommandContext): string {
  const sys = ctx.host.sys!;
  const units = [...sys.units.values()];
  const failed = units.filter((u) => u.active === 'failed').length;
  const state = maintenance(ctx) ? 'maintenance' : failed ? 'degraded' : 'running';
  const env = ctx.frame.env;
  const color = ctx.tty && env.TERM !== 'dumb' && env.NO_COLOR === undefined && env.SYSTEMD_COLORS !== '0';
  const on = !color ? '' : state === 'degraded' ? '\x1b[0;1;31m' : state === 'running' ? '\x1b[0;1;32m' : '\x1b[0;1;33m';
  const off = color ? '\x1b[0m' : '';
  const since = ctx.host.bootedAt + PHASES.userspace;
  let out = `${on}●${off} ${sys.sysctl.get('kernel.hostname') ?? ctx.host.hostname}\n    State: ${on}${state}${off}\n`;
  out += `    Units: ${units.length + BOX_UNITS.length} loaded (incl. loaded aliases)\n     Jobs: 0 queued\n   Failed: ${failed} units\n`;
  out += `    Since: ${stamp(since)}; ${ago(ctx.world.now - since)} ago\n  systemd: ${GIT_VERSION}\n   CGroup: /\n`;
  return out + dump(cgroupTree(ctx), '           ');
}
