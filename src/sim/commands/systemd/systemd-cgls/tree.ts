// The cgroup tree of a guest, as systemd-cgls walks /sys/fs/cgroup (src/shared/cgroup-show.c of systemd 252): each
// process of the model in the cgroup of its unit, session or scope, the groups of a directory in the order the kernel
// lists them (kernfs keeps siblings sorted by kernfs_name_hash(), then by name).
import type { CommandContext } from '../../../context';
import { processes, type Proc } from '../../lib/procs';

export interface Group {
  name: string;
  pids: Proc[];
  children: Group[];
  /** trusted.delegate set (Delegate=yes: user@.service) */
  delegate?: boolean;
}

const MASK64 = (1n << 64n) - 1n;
const GOLDEN_RATIO_64 = 0x61c8864680b583ebn;

/** kernfs_name_hash() of fs/kernfs/dir.c with partial_name_hash()/end_name_hash() of include/linux/stringhash.h
 * on a 64-bit kernel (no namespace tag in cgroupfs). */
export function kernfsHash(name: string): number {
  let h = 0n;
  for (const ch of Buffer.from(name, 'utf8')) {
    const c = BigInt(ch);
    h = ((h + (c << 4n) + (c >> 4n)) * 11n) & MASK64;
  }
  let v = Number(((h * GOLDEN_RATIO_64) & MASK64) >> 32n) & 0x7fffffff;
  if (v < 2) v += 2;
  if (v >= 0x7fffffff) v = 0x7fffffff - 1;
  return v;
}

const order = (a: Group, b: Group) => kernfsHash(a.name) - kernfsHash(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The unit whose cgroup a process of the box sits in. */
const DAEMON_UNIT: [RegExp, string][] = [
  [/^\/usr\/lib\/systemd\/systemd-udevd/, 'systemd-udevd.service'],
  [/^\/sbin\/auditd/, 'auditd.service'],
  [/^(\/usr\/bin\/dbus-broker-launch|dbus-broker )/, 'dbus-broker.service'],
  [/^\/usr\/sbin\/irqbalance/, 'irqbalance.service'],
  [/^\/usr\/lib\/systemd\/systemd-logind/, 'systemd-logind.service'],
  [/^\/usr\/lib\/polkit-1\/polkitd/, 'polkit.service'],
  [/^\/usr\/sbin\/gssproxy/, 'gssproxy.service'],
  [/^\/usr\/bin\/rpcbind/, 'rpcbind.service'],
  [/^\/opt\/VBoxGuestAdditions[^/]*\/sbin\/VBoxService/, 'vboxadd-service.service'],
];

/** The whole tree from the root cgroup. Kernel threads stay in the root; pods' containers are left out. */
export function cgroupTree(ctx: CommandContext): Group {
  const procs = processes(ctx);
  const sys = ctx.host.sys;
  const root: Group = { name: '', pids: [], children: [] };
  const at = (path: string[]): Group => {
    let g = root;
    for (const part of path) {
      let c = g.children.find((x) => x.name === part);
      if (!c) g.children.push((c = { name: part, pids: [], children: [] }));
      g = c;
    }
    return g;
  };
  const unitPid = new Map<number, string>();
  for (const u of sys?.units.values() ?? []) if (u.active === 'active' && u.pid) unitPid.set(u.pid, u.name);
  const shimLines = (ctx.world.ext.get('k8s') as { cgroupLines?: (h: string, u: string) => { lines: string[] } | null } | undefined)?.cgroupLines?.(ctx.host.id, 'containerd.service')?.lines ?? [];
  const shims = new Set(shimLines.map((l) => Number(l.split(' ')[0])));
  const uid = ctx.host.users.get('vagrant')?.uid ?? 1000;
  const user = ['user.slice', `user-${uid}.slice`];
  for (const p of procs) {
    if (p.pid === 1) at(['init.scope']).pids.push(p);
    else if (p.vszKb === 0 && p.args.startsWith('[')) root.pids.push(p);
    else if (unitPid.has(p.pid)) at(['system.slice', unitPid.get(p.pid)!]).pids.push(p);
    else if (shims.has(p.pid)) at(['system.slice', 'containerd.service']).pids.push(p);
    else if (p.args.startsWith('/sbin/agetty')) at(['system.slice', 'system-getty.slice', 'getty@tty1.service']).pids.push(p);
    else if (p.args === '/usr/lib/systemd/systemd --user' || p.args === '(sd-pam)') at([...user, `user@${uid}.service`, 'init.scope']).pids.push(p);
    else {
      const d = DAEMON_UNIT.find(([re]) => re.test(p.args));
      if (d) at(['system.slice', d[1]]).pids.push(p);
      else if (p.tty.startsWith('pts/') || /^sshd: /.test(p.args)) at([...user, 'session-4.scope']).pids.push(p);
      // pods' sandboxes and containers live under kubepods.slice or the runtime's own hierarchy: not modelled
    }
  }
  const mark = (g: Group) => {
    if (/^user@\d+\.service$/.test(g.name)) g.delegate = true;
    g.children.sort(order).forEach(mark);
    g.pids.sort((a, b) => a.pid - b.pid);
  };
  mark(root);
  return root;
}

/** The group at a path like /system.slice/sshd.service, or undefined. */
export function groupAt(root: Group, path: string): Group | undefined {
  let g: Group | undefined = root;
  for (const part of path.split('/').filter(Boolean)) g = g?.children.find((c) => c.name === part);
  return g;
}

/** show_cgroup_by_path(): the group's processes, then its subgroups with the tree glyphs. */
export function render(g: Group, prefix: string, columns: number, full: boolean, kernel: boolean): string {
  let out = '';
  const pids = g.pids.filter((p) => kernel || !(p.vszKb === 0 && p.args.startsWith('[')));
  const kids = g.children;
  if (pids.length) {
    const width = String(pids[pids.length - 1].pid).length;
    const max = full ? Infinity : columns > width + 3 ? columns - width - 3 : 20;
    pids.forEach((p, i) => {
      const cmd = p.args.length > max ? p.args.slice(0, Math.max(max - 1, 0)) + '…' : p.args;
      out += `${prefix}${kids.length || i < pids.length - 1 ? '├─' : '└─'}${String(p.pid).padStart(width)} ${cmd}\n`;
    });
  }
  kids.forEach((c, i) => {
    const last = i === kids.length - 1;
    out += `${prefix}${last ? '└─' : '├─'}${c.name}${c.delegate ? ' …' : ''}\n`;
    out += render(c, prefix + (last ? '  ' : '│ '), columns - 2, full, kernel);
  });
  return out;
}
