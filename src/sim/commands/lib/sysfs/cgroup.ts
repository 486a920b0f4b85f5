// /sys/fs/cgroup: the cgroup v2 hierarchy of a Rocky 9 guest (systemd 252 on the unified hierarchy). Each cgroup
// holds cgroup.controllers (what its parent enables), cgroup.subtree_control and cgroup.procs; the processes are
// those of the guest's table (commands/lib/procs.ts) in the unit systemd started them in. The kubelet with the
// systemd cgroup driver adds kubepods.slice with its QoS slices and a slice per pod of the node. What the files
// hold and what is left out: DIFFERENCES.md.
import type { CommandContext } from '../../../context';
import type { DirNode, FsNode } from '../../../fs';
import type { Host } from '../../../types';
import { processes, type Proc } from '../procs';
import { dir, file } from '../procfs/tree';

/** The controllers of Linux 5.14's unified hierarchy, in include/linux/cgroup_subsys.h order. */
export const CONTROLLERS = ['cpuset', 'cpu', 'io', 'memory', 'hugetlb', 'pids', 'rdma', 'misc'];
/** What systemd enables below the root for its accounting defaults (DefaultMemoryAccounting, DefaultTasksAccounting). */
const SYSTEMD_ENABLES = ['memory', 'pids'];

/** The unit a daemon of the box runs in, by its process name. */
const DAEMON_UNIT: Record<string, string> = {
  'systemd-udevd': 'systemd-udevd.service', auditd: 'auditd.service', 'dbus-broker-lau': 'dbus-broker.service', 'dbus-broker': 'dbus-broker.service',
  irqbalance: 'irqbalance.service', 'systemd-logind': 'systemd-logind.service', polkitd: 'polkit.service', gssproxy: 'gssproxy.service',
  rpcbind: 'rpcbind.service', agetty: 'getty@tty1.service', VBoxService: 'vboxadd-service.service',
};

interface PodLike {
  metadata: { uid: string };
  status?: { qosClass?: string };
}
interface K8sExt {
  hostOf?: Map<string, string>;
  cluster?: { podsOn(node: string): PodLike[] };
}

type Tree = { procs: number[]; kids: Map<string, Tree> };
const node = (): Tree => ({ procs: [], kids: new Map() });
function at(root: Tree, path: string[]): Tree {
  let t = root;
  for (const p of path) {
    let next = t.kids.get(p);
    if (!next) t.kids.set(p, (next = node()));
    t = next;
  }
  return t;
}

/** Where a process runs: the root (kernel threads), init.scope, a unit of system.slice, the user's slice. */
function cgroupOf(p: Proc, h: Host, session: Set<number>, manager: Set<number>, shims: Set<number>): string[] | null {
  if (p.cgroup) return p.cgroup;
  if (p.args.startsWith('[')) return [];
  if (p.pid === 1) return ['init.scope'];
  if (session.has(p.pid)) return ['user.slice', 'user-1000.slice', 'session-4.scope'];
  if (manager.has(p.pid)) return ['user.slice', 'user-1000.slice', 'user@1000.service', 'init.scope'];
  if (shims.has(p.pid)) return ['system.slice', 'containerd.service'];
  for (const u of h.sys?.units.values() ?? []) if (u.active === 'active' && u.pid === p.pid) return ['system.slice', u.name];
  const unit = DAEMON_UNIT[p.comm];
  return unit ? ['system.slice', unit] : null;
}

/**
 * The cgroup of each process systemd placed (the path below /sys/fs/cgroup, as names): kernel threads in the root,
 * PID 1 in init.scope, the login's processes in its session scope, the daemons in their units, a container's
 * processes in its cri-containerd-<id>.scope (systemd cgroup driver; with cgroupfs they are left out).
 */
export function cgroupPaths(procs: Proc[], host: Host): Map<number, string[]> {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const login = procs.find((p) => p.args === 'sshd: vagrant [priv]');
  const session = new Set<number>(login ? [login.pid] : []);
  for (const p of procs) if (session.has(p.ppid)) session.add(p.pid);
  const manager = new Set(procs.filter((p) => p.args === '/usr/lib/systemd/systemd --user' || p.args === '(sd-pam)').map((p) => p.pid));
  const shims = new Set(procs.filter((p) => p.args.includes('containerd-shim')).map((p) => p.pid));
  const out = new Map<number, string[]>();
  for (const p of procs) {
    const path = cgroupOf(p, host, session, manager, shims);
    if (path && (byPid.get(p.ppid) || p.ppid === 0)) out.set(p.pid, path);
  }
  return out;
}

export function cgroupTree(ctx: CommandContext | null, host: Host, t: number): DirNode {
  const root = node();
  for (const s of ['init.scope', 'system.slice', 'user.slice']) at(root, [s]);
  if (ctx) for (const [pid, path] of cgroupPaths(processes(ctx), host)) at(root, path).procs.push(pid);
  const kubelet = host.sys?.units.get('kubelet.service')?.active === 'active';
  const driver = host.fs.read('/var/lib/kubelet/config.yaml');
  const kubepods = kubelet && typeof driver === 'string' && /^cgroupDriver: systemd$/m.test(driver);
  if (kubepods) {
    for (const q of ['burstable', 'besteffort']) at(root, ['kubepods.slice', `kubepods-${q}.slice`]);
    const k8s = ctx?.world.ext.get('k8s') as K8sExt | undefined;
    const name = host.hostname.split('.')[0];
    if (k8s?.cluster && k8s.hostOf?.get(name) === host.id)
      for (const pod of k8s.cluster.podsOn(name)) {
        const uid = pod.metadata.uid.replace(/-/g, '_');
        const qos = String(pod.status?.qosClass ?? 'BestEffort').toLowerCase();
        at(root, qos === 'guaranteed' ? ['kubepods.slice', `kubepods-pod${uid}.slice`] : ['kubepods.slice', `kubepods-${qos}.slice`, `kubepods-${qos}-pod${uid}.slice`]);
      }
  }
  // the root enables what systemd's accounting needs; the kubelet's runc enables every controller on the way down
  const enabled = (depth: number, name: string, inKube: boolean): string[] => {
    if (kubepods && (depth === 0 || (inKube && name.endsWith('.slice')))) return CONTROLLERS;
    return depth === 0 || (name.endsWith('.slice') && depth < 3) ? SYSTEMD_ENABLES : [];
  };
  const make = (name: string, tr: Tree, depth: number, parentEnables: string[], inKube: boolean): DirNode => {
    const mine = tr.kids.size ? enabled(depth, name, inKube) : [];
    const entries: FsNode[] = [
      file('cgroup.controllers', () => (depth === 0 ? CONTROLLERS : parentEnables).join(' ') + '\n', t),
      file('cgroup.procs', () => tr.procs.sort((a, b) => a - b).map((p) => p + '\n').join(''), t, 0o644),
      file('cgroup.subtree_control', () => mine.join(' ') + '\n', t, 0o644),
    ];
    for (const [k, sub] of [...tr.kids].sort(([a], [b]) => (a < b ? -1 : 1))) entries.push(make(k, sub, depth + 1, mine, inKube || k === 'kubepods.slice'));
    return dir(name, entries, t, 0o755);
  };
  return make('cgroup', root, 0, CONTROLLERS, false);
}
