// `systemctl status` of the box's own services that the model does not track one by one (auditd, dbus-broker,
// systemd-logind, polkit, ...): print_status_info() of systemctl-show.c (v252-46) with Loaded, Active, Docs, the
// ExecStartPost= process, Main PID, Tasks, Memory, CPU, the CGroup tree of the process model and the unit's journal.
import type { CommandContext } from '../../../context';
import type { Host, SystemdUnit } from '../../../types';
import type { Proc } from '../../lib/procs';
import { ago, journalStamp, stamp, startLines } from '../../lib/units';
import { cgroupTree, groupAt } from '../systemd-cgls/tree';
import { BOX_UNITS } from './box-units';
import { bootTimeline, LOGIN_UNITS } from './boot-times';
import { unitState } from './state';
import { cgroupCmdline, serviceUsage, tasksLimit } from './status';

/** Documentation= of the services' unit files (systemd 252's units; audit, dbus-broker, polkit, irqbalance, rpcbind). */
export const SERVICE_DOCS: Record<string, string[]> = {
  'auditd.service': ['man:auditd(8)', 'https://github.com/linux-audit/audit-documentation'],
  'dbus-broker.service': ['man:dbus-broker-launch(1)'],
  'polkit.service': ['man:polkit(8)'],
  'irqbalance.service': ['man:irqbalance(1)', 'https://github.com/Irqbalance/irqbalance'],
  'rpcbind.service': ['man:rpcbind(8)'],
  'systemd-logind.service': ['man:sd-login(3)', 'man:systemd-logind.service(8)', 'man:logind.conf(5)', 'man:org.freedesktop.login1(5)'],
  'systemd-udevd.service': ['man:systemd-udevd.service(8)', 'man:udev(7)'],
  'systemd-journald.service': ['man:systemd-journald.service(8)', 'man:journald.conf(5)'],
  'getty@tty1.service': ['man:agetty(8)', 'man:systemd-getty-generator(8)', 'http://0pointer.de/blog/projects/serial-console.html'],
};

/** The cgroup of a service, as the unit's ControlGroup= names it. */
const cgroupPath = (name: string) => (name.startsWith('getty@') ? `/system.slice/system-getty.slice/${name}` : `/system.slice/${name}`);

/** A box service's processes (from the process model, by the cgroup systemd-cgls shows them in), main process first. */
function serviceProcs(ctx: CommandContext, name: string): Proc[] {
  const g = groupAt(cgroupTree(ctx), cgroupPath(name));
  return g ? [...g.pids].sort((a, b) => a.pid - b.pid) : [];
}

/** A running box service's main PID, cgroup and counters (what status prints), or null when it is not running. */
export function boxServiceUsage(ctx: CommandContext, name: string): { pid: number; cgroup: string; tasks: number; bytes: number; cpuUs: number } | null {
  if (unitState(ctx.host, name)?.active !== 'active') return null;
  const procs = serviceProcs(ctx, name);
  if (!procs.length) return null;
  const use = serviceUsage(procs, ctx.world.now);
  return { pid: procs[0].pid, cgroup: cgroupPath(name), tasks: procs.length, bytes: use.bytes, cpuUs: use.cpuUs };
}

/** The box's services the boot starts that the model does not track (journal and status read them). */
export function boxServices(host: Host): string[] {
  return BOX_UNITS.filter((b) => b[0].endsWith('.service') && !LOGIN_UNITS.includes(b[0]) && !host.sys?.units.has(b[0])).map((b) => b[0]);
}

/**
 * A stand-in unit for a box service the boot started, for the journal's lines of its start: systemd's "Starting" and
 * "Started" (a oneshot service that stays active after it exits logs "Finished" instead).
 */
export function boxJournalUnit(host: Host, seed: number | string, name: string): (SystemdUnit & { finished?: boolean }) | undefined {
  const b = BOX_UNITS.find((x) => x[0] === name);
  const t = bootTimeline(host, seed).times.get(name);
  if (!b || b[1] !== 'active' || !t) return undefined;
  const u: SystemdUnit & { finished?: boolean } = { name, description: b[3], enabled: 'static', active: 'active', sub: b[2] === 'exited' ? 'exited' : 'running', since: host.bootedAt, pid: 0, path: `/usr/lib/systemd/system/${name}`, execStart: '', finished: b[2] === 'exited' };
  // a stop (or a restart) after the boot: the model keeps only the last change, logged as systemd logs a stop and a start
  const st = unitState(host, name);
  if (st?.since !== undefined && st.since > host.bootedAt) {
    const short = host.hostname.split('.')[0];
    const at = journalStamp(st.since);
    u.log = [
      ...startLines(short, u, host.bootedAt + t.activating, host.bootedAt + t.activated),
      `${at} ${short} systemd[1]: Stopping ${b[3]}...`, `${at} ${short} systemd[1]: ${name}: Deactivated successfully.`, `${at} ${short} systemd[1]: Stopped ${b[3]}.`,
      ...(st.active === 'active' ? startLines(short, u, st.since) : []),
    ];
  }
  return u;
}

/** The status of a box service, or null when the name is not one. `lines`: the journal lines to show. */
export function boxServiceStatus(ctx: CommandContext, name: string, journal: string[]): { text: string; active: boolean } | null {
  if (!boxServices(ctx.host).includes(name)) return null;
  const b = BOX_UNITS.find((x) => x[0] === name)!;
  const [, , , description, fileState, preset] = b;
  const st = unitState(ctx.host, name)!;
  const now = ctx.world.now;
  const t = bootTimeline(ctx.host, ctx.world.seed).times.get(name);
  const since = Math.min(st.since ?? (t ? ctx.host.bootedAt + t.activated : ctx.host.bootedAt), now);
  const up = st.active === 'active';
  const path = `/usr/lib/systemd/system/${name.replace(/@[^.]*\./, '@.')}`;
  const loaded = preset !== '-' && !['static', 'generated', 'transient'].includes(fileState) ? `loaded (${path}; ${fileState}; preset: ${preset})` : `loaded (${path}; ${fileState})`;
  let out = `${up ? '●' : '○'} ${name} - ${description}\n     Loaded: ${loaded}\n`;
  out += up ? `     Active: active (${st.sub}) since ${stamp(since)}; ${ago(now - since)} ago\n` : st.since ? `     Active: inactive (dead) since ${stamp(since)}; ${ago(now - since)} ago\n` : '     Active: inactive (dead)\n';
  (SERVICE_DOCS[name] ?? []).forEach((d, i) => (out += `   ${(i ? '' : 'Docs:').padStart(9)} ${d}\n`));
  const procs = up ? serviceProcs(ctx, name) : [];
  if (up && procs.length) {
    const main = procs[0];
    // audit's unit file loads the rules after the daemon forks (ExecStartPost=-/sbin/augenrules --load)
    if (name === 'auditd.service') out += `    Process: ${main.pid + 1} ExecStartPost=/sbin/augenrules --load (code=exited, status=0/SUCCESS)\n`;
    const comm = main.args.split(' ')[0].split('/').pop();
    const use = serviceUsage(procs, now);
    out += `   Main PID: ${main.pid} (${comm})\n      Tasks: ${procs.length} (limit: ${tasksLimit(ctx.host.sys?.memTotalKb ?? 2_000_000)})\n     Memory: ${use.memory}\n`;
    out += `        CPU: ${use.cpu}\n     CGroup: ${cgroupPath(name)}\n`;
    procs.forEach((p, i) => (out += `             ${i === procs.length - 1 ? '└─' : '├─'}${p.pid} ${cgroupCmdline(p.args)}\n`));
  }
  if (journal.length) out += '\n' + journal.join('\n') + '\n';
  return { text: out, active: up };
}
