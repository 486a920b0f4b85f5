// What `systemctl status UNIT` prints.
import type { CommandContext } from '../../../context';
import type { SystemdUnit } from '../../../types';
import { processes, type Proc } from '../../lib/procs';
import { formatTimespan } from '../systemd-analyze/timeutil';
import { ago, stamp, unitJournal } from '../../lib/units';
import { unitPaths } from './list';
import { presetOf } from './presets';
import { activeSince } from './unit-times';

/** shell_maybe_quote() (SHELL_ESCAPE_EMPTY): an argument with a blank, a control or a shell-special character goes in double quotes, `"\\`$` escaped. */
export function quoteArg(a: string): string {
  if (a && !/[\x00-\x20\x7f"\\`$*?['()<>|&;!]/.test(a)) return a;
  return '"' + a.replace(/["\\`$]/g, (c) => '\\' + c) + '"';
}

/** A process's argv: a title set with setproctitle() (sshd's) is one string; agetty's -o takes `-p -- \\u`. */
function argvOf(args: string): string[] {
  if (/^(sshd: |\()/.test(args)) return [args];
  const m = /^(\S*agetty) -o (-p -- \\u) (.*)$/.exec(args);
  if (m) return [m[1], '-o', m[2], ...m[3].split(' ')];
  return args.split(' ');
}

/** The command line PID 1 hands systemctl for a process (GetUnitProcesses: get_process_cmdline() with PROCESS_CMDLINE_QUOTE). */
export function cgroupCmdline(args: string): string {
  return argvOf(args).map(quoteArg).join(' ');
}

/**
 * `Tasks: N (limit: L)`: a service without TasksMax= gets DefaultTasksMax, 80% in RHEL 9's systemd 252-46 (main.c), of
 * kernel.threads-max, which the kernel sets to MemTotal / (8 * THREAD_SIZE) = MemTotal / 128 KiB on x86_64
 * (kernel/fork.c set_max_threads(); pid_max - 1 is larger with /usr/lib/sysctl.d/50-pid-max.conf).
 */
export function tasksLimit(memTotalKb: number): number {
  const threads = Math.floor(memTotalKb / 128);
  return Math.floor((threads * 80) / 100);
}

/** format_bytes(): one decimal below the next unit (1024-based), B without one. */
export function formatBytes(b: number): string {
  const units: [string, number][] = [['E', 2 ** 60], ['P', 2 ** 50], ['T', 2 ** 40], ['G', 2 ** 30], ['M', 2 ** 20], ['K', 1024]];
  for (const [s, f] of units) if (b >= f) return `${Math.floor(b / f)}.${Math.floor((b * 10) / f) % 10}${s}`;
  return `${b}B`;
}

/**
 * The Memory and CPU lines of a service from the process model: memory.current as the processes' resident memory,
 * the CPU time each has used since it started (its share of a CPU times its run time) and what the start took.
 */
export function serviceUsage(procs: Proc[], now: number): { memory: string; cpu: string; bytes: number; cpuUs: number } {
  const cpuUs = procs.reduce((s, p) => s + Math.round(p.load * Math.max(now - p.start, 0) * 1000), 0) + 30_000;
  const bytes = procs.reduce((s, p) => s + p.rssKb, 0) * 1024;
  return { memory: formatBytes(bytes), cpu: formatTimespan(BigInt(cpuUs), 1000n), bytes, cpuUs };
}

/** The counters of a running unit of the model that status and show give: its main process's, or the model's figures. */
export function unitUsage(ctx: CommandContext, u: SystemdUnit): { memory: string; cpu: string; bytes?: number; cpuUs: number; tasks: number } {
  const main = processes(ctx).find((p) => p.pid === u.pid);
  const tasks = u.name === 'containerd.service' ? 8 : u.name === 'kubelet.service' ? 11 : u.name === 'firewalld.service' ? 2 : 1;
  if (main && !u.memory && !['containerd.service', 'kubelet.service', 'docker.service'].includes(u.name)) return { ...serviceUsage([main], ctx.world.now), tasks };
  return { memory: u.memory ?? (u.name === 'containerd.service' ? '14.3M' : u.name === 'kubelet.service' ? '38.1M' : '2.1M'), cpu: u.name === 'kubelet.service' ? '1.204s' : '86ms', cpuUs: u.name === 'kubelet.service' ? 1_204_000 : 86_000, tasks };
}

/** Documentation= of the model's units (one entry a line). */
export const UNIT_DOCS: Record<string, string> = { 'containerd.service': 'https://containerd.io', 'kubelet.service': 'https://kubernetes.io/docs/', 'docker.service': 'https://docs.docker.com', 'sshd.service': 'man:sshd(8)\nman:sshd_config(5)', 'chronyd.service': 'man:chronyd(8)\nman:chrony.conf(5)', 'NetworkManager.service': 'man:NetworkManager(8)', 'firewalld.service': 'man:firewalld(1)', 'systemd-journald.service': 'man:systemd-journald.service(8)\nman:journald.conf(5)', 'rsyslog.service': 'man:rsyslogd(8)\nhttps://www.rsyslog.com/doc/' };

/** Units of the model whose files have no [Install] section (is-enabled: static). */
export const STATIC = ['systemd-journald.service'];

/** The vendor preset of a unit (the presets of Rocky 9.5, presets.ts). */
export function vendorPreset(name: string): string {
  return presetOf(null, name);
}

export function statusText(ctx: CommandContext, u: SystemdUnit, journal?: string[]): string {
  const dot = u.active === 'active' ? '●' : u.active === 'failed' ? '×' : u.active === 'activating' ? '●' : '○';
  const exe = u.execStart.split(' ')[0];
  const base = exe.split('/').pop();
  // a unit untouched since the boot became active when the boot's timeline says
  const since = u.log ? u.since : Math.min(activeSince(ctx.host, ctx.world.seed, u.name, u.since), ctx.world.now);
  const act =
    u.active === 'active'
      ? `active (${u.sub}) since ${stamp(since)}; ${ago(ctx.world.now - since)} ago`
      : u.active === 'activating'
        ? `activating (auto-restart) (Result: exit-code) since ${stamp(u.since)}; ${ago(ctx.world.now - u.since)} ago`
        : u.active === 'failed'
          ? `failed (Result: exit-code) since ${stamp(u.since)}; ${ago(ctx.world.now - u.since)} ago`
          : 'inactive (dead)';
  const preset = vendorPreset(u.name);
  // a masked unit: no description, "masked (Reason: ...)" (print_status_info() with LoadError)
  const masked = ['/etc/systemd/system/', '/run/systemd/system/'].some((d) => ctx.host.fs.readlink(d + u.name) === '/dev/null');
  let out = masked
    ? `${dot} ${u.name}\n     Loaded: masked (Reason: Unit ${u.name} is masked.)\n`
    : u.transient
      ? // print_status_info(): UnitFileState "transient" shows no preset, then "Transient: yes"
        `${dot} ${u.name} - ${u.description}\n     Loaded: loaded (${u.path}; transient)\n  Transient: yes\n`
      : `${dot} ${u.name} - ${u.description}\n     Loaded: loaded (${unitPaths(ctx, u.name)[0] ?? u.path}; ${STATIC.includes(u.name) ? 'static' : `${u.enabled}; preset: ${preset}`})\n`;
  // the drop-ins (print_status_info(): a directory line, then its files after └─, comma-separated)
  const drops = unitPaths(ctx, u.name).slice(1);
  let dir: string | undefined;
  drops.forEach((d, i) => {
    const here = d.slice(0, d.lastIndexOf('/'));
    if (here !== dir) {
      out += `${dir === undefined ? '    Drop-In: ' : '             '}${here}\n             └─`;
      dir = here;
    }
    const last = !(drops[i + 1]?.startsWith(here + '/'));
    out += d.slice(here.length + 1) + (last ? '\n' : ', ');
  });
  out += `     Active: ${act}\n`;
  if (UNIT_DOCS[u.name]) out += `       Docs: ${UNIT_DOCS[u.name].replace(/\n/g, '\n             ')}\n`;
  // the Kubernetes model (when loaded) lists containerd's shims, one per pod sandbox on this node; they stay in
  // the cgroup after a stop (KillMode=process)
  const cg = (ctx.world.ext.get('k8s') as { cgroupLines?: (h: string, u: string) => { tasks: number; lines: string[] } | null } | undefined)?.cgroupLines?.(ctx.host.id, u.name);
  const tree = (lines: string[]) => [...lines].sort((a, b) => parseInt(a) - parseInt(b)).map((l, i) => `             ${i === lines.length - 1 ? '└─' : '├─'}${l}\n`).join('');
  if (u.active === 'active') {
    const main = processes(ctx).find((p) => p.pid === u.pid);
    const procs = cg ? tree(cg.lines) : `             └─${u.pid} ${main ? cgroupCmdline(main.args) : u.execStart.replace(/ \$\w+/g, '')}\n`;
    // the box's daemons: their use from the process model; the runtimes and the kubelet keep the model's figures
    const use = unitUsage(ctx, u);
    out += `   Main PID: ${u.pid} (${base})\n      Tasks: ${cg ? cg.tasks : use.tasks} (limit: ${tasksLimit(ctx.host.sys?.memTotalKb ?? 2_000_000)})\n     Memory: ${use.memory}\n        CPU: ${use.cpu}\n     CGroup: /system.slice/${u.name}\n${procs}`;
  } else if (u.active === 'inactive' && cg?.lines.length) {
    out += `      Tasks: ${cg.tasks} (limit: ${tasksLimit(ctx.host.sys?.memTotalKb ?? 2_000_000)})\n     Memory: ${(cg.lines.length * 1.3).toFixed(1)}M\n        CPU: 86ms\n     CGroup: /system.slice/${u.name}\n${tree(cg.lines)}`;
  } else if (u.active === 'activating' || u.active === 'failed') {
    out += `    Process: ${u.pid || 4312} ExecStart=${execStartArgv(ctx, u)} (code=exited, status=1/FAILURE)\n   Main PID: ${u.pid || 4312} (code=exited, status=1/FAILURE)\n        CPU: 88ms\n`;
  }
  // like the real status, the last lines of the unit's journal (ten unless -n says)
  const log = journal ?? unitJournal(ctx.host, u, ctx.world.seed).slice(-10);
  if (log.length) out += '\n' + log.join('\n') + '\n';
  return out;
}

/**
 * The command line systemd keeps for ExecStart= (the unit file, then its drop-ins in order; an empty ExecStart=
 * clears the list), its words joined by spaces as print_status_info does (systemctl-show.c, strv_join of argv):
 * the $VARIABLES stay as written, they are expanded only in the process that runs.
 */
function execStartArgv(ctx: CommandContext, u: SystemdUnit): string {
  let lines: string[] = [];
  let seen = false;
  for (const p of unitPaths(ctx, u.name)) {
    const f = ctx.host.fs.isFile(p) ? ctx.host.fs.read(p) : null;
    if (typeof f !== 'string') continue;
    for (const raw of f.split('\n')) {
      const m = /^\s*ExecStart\s*=\s*(.*?)\s*$/.exec(raw);
      if (!m) continue;
      seen = true;
      lines = m[1] === '' ? [] : [...lines, m[1]];
    }
  }
  const last = lines[lines.length - 1];
  return seen && last ? last.replace(/^[-@:+!]+/, '').split(/\s+/).join(' ') : u.execStart;
}
