// lsns of util-linux 2.37.4 (sys-utils/lsns.c) over the guest's processes (commands/lib/procs.ts): the eight
// namespaces of init that every process starts in, the private ones systemd gives a few services
// (systemd-udevd and systemd-logind: mount and UTS; chronyd: mount, for PrivateTmp=), and those containerd makes
// for the pods: the sandbox's (pause) IPC and mount namespaces and, unless the pod uses the host's network, its
// network and UTS ones; each container's own mount, PID and cgroup namespaces. A user reads only his own
// processes' /proc/PID/ns. The identifiers of init's namespaces are the 5.14 kernel's fixed ones (proc_ns inode
// numbers); the others are numbered in order from 4026532160 (not recorded from the box).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { processes, type Proc } from '../../lib/procs';
import { terminalWidth } from '../lib/text';
import { spec } from './spec';

const TYPES = ['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time'] as const;
type T = (typeof TYPES)[number];
const INIT: Record<T, number> = { time: 4026531834, cgroup: 4026531835, pid: 4026531836, user: 4026531837, uts: 4026531838, ipc: 4026531839, mnt: 4026531840, net: 4026531992 };
/** Containers that share the host's network (static control-plane pods, kube-proxy, the flannel DaemonSet). */
const HOST_NET = /^(kube-apiserver|etcd|kube-controller-manager|kube-scheduler|\/usr\/local\/bin\/kube-proxy|kube-proxy|\/opt\/bin\/flanneld)\b/;

function namespaces(all: Proc[]): Map<number, Record<T, number>> {
  const out = new Map<number, Record<T, number>>();
  let next = 4026532160;
  const fresh = () => next++;
  for (const p of all) out.set(p.pid, { ...INIT });
  for (const p of all) {
    const ns = out.get(p.pid)!;
    if (/systemd-udevd|systemd-logind/.test(p.args)) {
      ns.mnt = fresh();
      ns.uts = fresh();
    } else if (/chronyd/.test(p.args)) ns.mnt = fresh();
    else if (p.args === '/pause') {
      const kids = all.filter((c) => c.ppid === p.ppid && c.pid !== p.pid);
      const hostNet = kids.some((c) => HOST_NET.test(c.args));
      ns.ipc = fresh();
      ns.mnt = fresh();
      ns.pid = fresh();
      if (!hostNet) {
        ns.net = fresh();
        ns.uts = fresh();
      }
      for (const c of kids) {
        const cn = out.get(c.pid)!;
        Object.assign(cn, { ipc: ns.ipc, net: ns.net, uts: ns.uts, mnt: fresh(), pid: fresh(), cgroup: fresh() });
        for (const w of all.filter((x) => x.ppid === c.pid)) out.set(w.pid, { ...cn });
      }
    }
  }
  return out;
}

function* lsns(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const type = o.str('type');
  if (type !== undefined && !(TYPES as readonly string[]).includes(type)) {
    ctx.err(`lsns: unknown namespace type: ${type}\n`);
    return 1;
  }
  const all = processes(ctx);
  const ns = namespaces(all);
  const visible = ctx.frame.user === 'root' ? all : all.filter((p) => p.user === ctx.frame.user);
  const task = o.str('task');
  const only = (ctx.operands ?? []).length ? Number(ctx.operands![0]) : undefined;
  const rows = new Map<string, { ns: number; type: T; procs: Proc[] }>();
  for (const p of visible) {
    const n = ns.get(p.pid)!;
    for (const t of TYPES) {
      if (type && t !== type) continue;
      if (task !== undefined && p.pid !== Number(task)) continue;
      const key = `${t}:${n[t]}`;
      const r = rows.get(key) ?? { ns: n[t], type: t, procs: [] };
      r.procs.push(p);
      rows.set(key, r);
    }
  }
  let list = [...rows.values()].sort((a, b) => a.ns - b.ns);
  if (only !== undefined) list = list.filter((r) => r.ns === only);
  const head = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'COMMAND'];
  const cells = list.map((r) => {
    const first = r.procs.reduce((a, b) => (a.pid < b.pid ? a : b));
    return [String(r.ns), r.type, String(r.procs.length), String(first.pid), first.user, first.args.replace(/^\[|\]$/g, '')];
  });
  if (o.has('json')) {
    const obj = cells.map((c) => `      {\n         "ns": ${c[0]},\n         "type": "${c[1]}",\n         "nprocs": ${c[2]},\n         "pid": ${c[3]},\n         "user": "${c[4]}",\n         "command": ${JSON.stringify(c[5])}\n      }`);
    ctx.out(`{\n   "namespaces": [\n${obj.join(',\n').replace(/\n      \},\n      \{/g, '\n      },{')}\n   ]\n}\n`);
    return 0;
  }
  const table = o.has('noheadings') ? cells : [head, ...cells];
  if (o.has('raw')) {
    ctx.out(table.map((r) => r.map((c) => c.replace(/ /g, '\\x20')).join(' ') + '\n').join(''));
    return 0;
  }
  const right = [true, false, true, true, false, false];
  const w = head.map((_h, k) => Math.max(...table.map((r) => r[k].length)));
  const max = ctx.tty && !o.has('notruncate') ? terminalWidth(ctx, 80) : Infinity;
  ctx.out(
    table
      .map((r) => {
        const line = r.map((v, k) => (k === r.length - 1 ? v : right[k] ? v.padStart(w[k]) : v.padEnd(w[k]))).join(' ');
        return (line.length > max ? line.slice(0, max - 1) + '…' : line) + '\n';
      })
      .join(''),
  );
  return 0;
}

def({ name: 'lsns', summary: 'list namespaces', available: linuxOnly, spec, run: lsns });
