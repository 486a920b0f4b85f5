// /proc/PID: one directory per process of the guest's table (commands/lib/procs.ts). Formats of Linux 5.14
// fs/proc/base.c (cmdline, comm, environ, the exe/cwd/root links, fd/) and fs/proc/array.c (status). A user other
// than root may not read another user's environ, links or fd/ (ptrace_may_access with PTRACE_MODE_READ_FSCREDS):
// those fail with EACCES. cgroup (kernel/cgroup/cgroup.c) comes from the cgroup tree of /sys/fs/cgroup. What the
// model does not know (other processes' environment and descriptors, maps, stat) is left out; see DIFFERENCES.md.
import type { CommandContext } from '../../../context';
import type { DirNode, FsNode } from '../../../fs';
import type { Proc } from '../procs';
import { dir, file, link } from './tree';
import { binDir } from '../paths';
import { io, limits, stat, statm, type StatView } from './pidstat';

/** fs/proc/array.c task_state_array, by the BSD state's first letter. */
const STATE: Record<string, string> = { R: 'R (running)', S: 'S (sleeping)', D: 'D (disk sleep)', T: 'T (stopped)', t: 't (tracing stop)', Z: 'Z (zombie)', I: 'I (idle)' };

/** What runs a process: its first word (the real path behind /sbin and /bin), the known program of a retitled one, or the command where the guest installs it. */
export function exeOf(p: Proc): string | null {
  if (p.args.startsWith('[')) return null;
  const first = p.args.split(' ')[0];
  if (first.startsWith('/usr/bin/python3')) return '/usr/bin/python3.9';
  if (first.startsWith('/')) return first.replace(/^\/(s?bin)\//, '/usr/$1/');
  const name = first.replace(/^-/, '').replace(/:$/, '');
  const known: Record<string, string> = { sshd: '/usr/sbin/sshd', '(sd-pam)': '/usr/lib/systemd/systemd', 'dbus-broker': '/usr/bin/dbus-broker', nginx: '/usr/sbin/nginx' };
  return known[name] ?? `${binDir(name)}/${name}`;
}

/** The argument vector as the kernel keeps it: NUL after each word (a retitled process keeps its title whole). */
function cmdline(p: Proc): string {
  if (p.args.startsWith('[')) return '';
  if (/^\S+: /.test(p.args) || p.args.startsWith('(')) return p.args + '\0';
  return p.args.split(' ').map((w) => w + '\0').join('');
}

function status(p: Proc, gid: number, cpus: number): string {
  const kthread = p.args.startsWith('[');
  const l = [
    `Name:\t${p.comm}`,
    `State:\t${STATE[p.stat[0]] ?? STATE.S}`,
    `Tgid:\t${p.pid}`,
    `Pid:\t${p.pid}`,
    `PPid:\t${p.ppid}`,
    'TracerPid:\t0',
    `Uid:\t${p.uid}\t${p.uid}\t${p.uid}\t${p.uid}`,
    `Gid:\t${gid}\t${gid}\t${gid}\t${gid}`,
  ];
  if (!kthread) l.push(`VmSize:\t${String(p.vszKb).padStart(8)} kB`, `VmRSS:\t${String(p.rssKb).padStart(8)} kB`);
  l.push(`Cpus_allowed_list:\t${cpus > 1 ? `0-${cpus - 1}` : '0'}`);
  return l.join('\n') + '\n';
}

export interface PidView {
  ctx: CommandContext;
  /** The running command's process (/proc/self) and the shell above it. */
  self: number;
  shells: Set<number>;
  /** Processes under a container runtime's shim: their root and cwd are the container's. */
  contained: Set<number>;
  net: () => DirNode;
  mounts: () => string;
  /** Each process's cgroup below /sys/fs/cgroup (sysfs/cgroup.ts). */
  cgroups: Map<number, string[]>;
  /** Sessions, process groups and times for stat (pidstat.ts). */
  stat: StatView;
  /** The sockets each process holds, by descriptor (ss -p's users): fd → socket inode. */
  socketFds: Map<number, Map<number, number>>;
  /** The inode of journald's stream socket the services write to. */
  journalIno: number;
}

/** The directory of one process (`name` is its PID, or its thread ID under task/). */
export function pidDir(p: Proc, v: PidView, name = String(p.pid), withTask = true): DirNode {
  const { ctx } = v;
  const t = p.start;
  const viewer = ctx.user.uid;
  const denied = viewer !== 0 && viewer !== p.uid ? 'EACCES' : undefined;
  const own = v.shells.has(p.pid) || p.pid === v.self || (p.tty === 'pts/0' && p.uid === viewer);
  const gid = ctx.host.users.get(p.user)?.gid ?? p.uid;
  const exe = exeOf(p);
  const kthread = p.args.startsWith('[');
  const entries: (FsNode | null)[] = [
    // kernel/cgroup/cgroup.c proc_cgroup_show: the unified hierarchy only, `0::/path`
    v.cgroups.has(p.pid) ? file('cgroup', () => `0::/${v.cgroups.get(p.pid)!.join('/')}\n`, t) : null,
    file('cmdline', () => cmdline(p), t),
    file('comm', () => p.comm + '\n', t, 0o644),
    file('status', () => status(p, gid, ctx.host.sys?.cpus ?? 1), t),
    file('stat', () => stat(p, v.stat), t),
    file('statm', () => statm(p), t),
    file('io', () => io(p, v.stat.now), t, 0o400, denied),
    file('limits', () => limits(ctx, p, own), t),
    file('mounts', v.mounts, t),
    v.net(),
  ];
  // the environment: a kernel thread has none; the shell and what it started have the shell's
  if (kthread || own || denied) {
    const env = own && !kthread ? Object.entries(ctx.frame.env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)).map(([k, v2]) => `${k}=${v2}\0`).join('') : '';
    entries.push(file('environ', () => env, t, 0o400, denied));
  }
  if (!v.contained.has(p.pid)) {
    // the links' targets are not shown to whom may not read them
    if (exe || denied) entries.push(link('exe', denied ? '' : (exe ?? ''), t, denied));
    entries.push(link('cwd', denied ? '' : own ? ctx.frame.cwd : '/', t, denied), link('root', denied ? '' : '/', t, denied));
  }
  if (own) {
    const tty = '/dev/pts/0';
    const fds = v.shells.has(p.pid) ? ['0', '1', '2', '255'] : ['0', '1', '2'];
    // fs/proc/fd.c proc_fd_instantiate: each descriptor's link has size 64
    entries.push(dir('fd', fds.map((fd) => ({ ...link(fd, tty, t), size: 64 })), t, 0o500));
  } else if (denied) entries.push(dir('fd', [], t, 0o500, 'EACCES'));
  else if (!kthread) {
    // a service's descriptors as systemd gives them (standard input /dev/null; output and errors to journald's
    // stream, socket:[...]; init's three are /dev/null), then the sockets ss -p names
    const socks = v.socketFds.get(p.pid) ?? new Map<number, number>();
    const fds: [number, string][] = p.pid === 1 ? [[0, '/dev/null'], [1, '/dev/null'], [2, '/dev/null']] : [[0, '/dev/null']];
    if (p.tty === '?' && p.pid !== 1) for (const fd of [1, 2]) if (!socks.has(fd)) fds.push([fd, `socket:[${v.journalIno}]`]);
    for (const [fd, ino] of socks) fds.push([fd, `socket:[${ino}]`]);
    entries.push(dir('fd', fds.sort((a, b) => a[0] - b[0]).map(([fd, to]) => ({ ...link(String(fd), to, t), size: 64 })), t, 0o500));
  }
  if (withTask) entries.push(dir('task', [pidDir(p, v, name, false)], t));
  return dir(name, entries, t);
}
