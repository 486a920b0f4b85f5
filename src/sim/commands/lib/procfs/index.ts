// /proc of a Rocky Linux 9 guest, built from the world when it is looked up (see src/sim/pseudo.ts): a directory
// per process, self and thread-self, the system files and sys/ (the sysctl keys; writes go through
// shell/redirect.ts). Formats and what is left out: DIFFERENCES.md beside this file.
import type { CommandContext } from '../../../context';
import type { DirNode, FsNode } from '../../../fs';
import type { Host } from '../../../types';
import { registerPseudoFs } from '../../../pseudo';
import { cpuinfo } from '../cpu';
import { sysctlKeys, sysctlValue } from '../files';
import { processes, type Proc } from '../procs';
import { dir, file, keyTree, link } from './tree';
import { pidDir, type PidView } from './pid';
import { kernelCmdline, loadavg, meminfo, modules, mountsText, partitions, procStat, procVersion, swaps, uptime } from './system';
import { stat as vmStat } from '../../procps/vmstat/stats';
import { netDir } from './net';
import { slabinfo } from './slab';
import { cgroupPaths } from '../sysfs/cgroup';
import { sockets } from '../sockets';
import { sockIno } from './sockets';
import { fnv } from './tree';

/** The viewer: the command that looks, when it runs on this host. */
function viewerOf(host: Host): CommandContext | null {
  const v = host.fs.viewer as CommandContext | undefined;
  return v && v.host === host ? v : null;
}

export function buildProc(host: Host, now: number): DirNode {
  const boot = host.bootedAt;
  if (!host.sys) return dir('', [], boot);
  const ctx = viewerOf(host);
  const procs: Proc[] = ctx ? processes(ctx) : [];
  const selfProc = procs.find((p) => p.stat === 'R+');
  const entries: (FsNode | null)[] = [];
  if (ctx && selfProc) {
    const byPid = new Map(procs.map((p) => [p.pid, p]));
    const shells = new Set<number>();
    for (let p = byPid.get(selfProc.ppid); p && p.tty === 'pts/0'; p = byPid.get(p.ppid)) shells.add(p.pid);
    const shims = new Set(procs.filter((p) => p.args.includes('containerd-shim')).map((p) => p.pid));
    const contained = new Set<number>();
    for (const p of procs) if (shims.has(p.ppid) || contained.has(p.ppid)) contained.add(p.pid);
    // sessions and process groups: daemons and containers lead their own, children share their parent's; on the
    // terminal the login shell leads the session, each job its own group (sudo's shell stays in sudo's)
    const kt = (p: Proc) => p.args.startsWith('[');
    const leader = (p: Proc) => p.ppid <= 2 || shims.has(p.ppid) || p.args === 'sshd: vagrant [priv]' || byPid.get(p.ppid)?.args.startsWith('sshd: vagrant@');
    const sid = (p: Proc): number => (kt(p) ? 0 : leader(p) || !byPid.has(p.ppid) ? p.pid : sid(byPid.get(p.ppid)!));
    const pgid = (p: Proc): number => (kt(p) ? 0 : p.tty === 'pts/0' ? (/^(sudo|su)$/.test(byPid.get(p.ppid)?.comm ?? '') ? byPid.get(p.ppid)!.pid : p.pid) : sid(p));
    const socketFds = new Map<number, Map<number, number>>();
    for (const sk of sockets(ctx)) for (const [, pid, fd] of sk.users) (socketFds.get(pid) ?? socketFds.set(pid, new Map()).get(pid)!).set(fd, sockIno(ctx, sk));
    const view: PidView = {
      stat: { ctx, boot, now, sid, pgid, fg: selfProc.pid },
      socketFds,
      journalIno: 17_000 + (fnv(`${ctx.world.seed}:${host.id}:journal`) % 30_000),
      ctx,
      self: selfProc.pid,
      shells,
      contained,
      net: () => netDir(ctx, boot),
      mounts: () => mountsText(host),
      cgroups: cgroupPaths(procs, host),
    };
    for (const p of procs) entries.push(pidDir(p, view));
    entries.push(link('self', String(selfProc.pid), boot), link('thread-self', `${selfProc.pid}/task/${selfProc.pid}`, boot));
  }
  const running = procs.filter((p) => p.stat.startsWith('R')).length;
  const lastPid = procs.reduce((a, p) => Math.max(a, p.pid), 0);
  const f = (name: string, text: () => string, mode = 0o444) => file(name, text, boot, mode);
  entries.push(
    f('cmdline', () => kernelCmdline(host) + '\n'),
    f('cpuinfo', () => cpuinfo(host.sys!.cpus)),
    f('loadavg', () => loadavg(host, Math.max(running, 1), Math.max(procs.length, 1), lastPid)),
    f('meminfo', () => meminfo(host)),
    f('modules', () => modules(host)),
    f('partitions', () => partitions()),
    // mode 0400: only root reads it
    file('slabinfo', () => slabinfo(host), boot, 0o400, ctx && ctx.frame.user !== 'root' ? 'EACCES' : undefined),
    f('swaps', () => swaps(host)),
    ...(ctx ? [f('stat', () => procStat(vmStat(ctx), host.sys!.cpus))] : []),
    f('uptime', () => uptime(host, now)),
    f('version', () => procVersion(host)),
    // proc_symlink's links keep their target's length as their size
    { ...link('mounts', 'self/mounts', boot), size: undefined },
    { ...link('net', 'self/net', boot), size: undefined },
    keyTree('sys', sysctlKeys(host), (key, name) => file(name, () => (sysctlValue(host, key) ?? '') + '\n', boot, 0o644), boot),
  );
  return dir('', entries, boot);
}

registerPseudoFs('/proc', (world, host) => ({
  build: () => buildProc(host, world.now),
  key: () => viewerOf(host),
  refuse: { create: 'ENOENT', mkdir: 'ENOENT', symlink: 'ENOENT' },
}));
