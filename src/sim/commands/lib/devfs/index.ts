// /dev of a Rocky Linux 9 guest: the devtmpfs the kernel mounts, with what udev and systemd add at boot (the
// char/, block/ and disk/by-* links, log and initctl, the shm, mqueue, hugepages and pts mounts), built from the
// world when it is looked up (see src/sim/pseudo.ts). Unlike /proc and /sys it is writable: what is made in it
// (a file in /dev/shm, a node mknod makes, the files of a process substitution) stays until the next reboot of
// the session. Device semantics: stream.ts; the nodes: nodes.ts; what is left out: DIFFERENCES.md.
import type { CommandContext } from '../../../context';
import type { DirNode, FsNode } from '../../../fs';
import type { Host } from '../../../types';
import { registerPseudoFs } from '../../../pseudo';
import { PARTITIONS, partuuid } from '../mounts';
import { deviceSpecs, devLink, devNode, type DevSpec } from './nodes';
import { loopDevices } from '../loops';
import { storedDev } from './fd';
import { kernelLog, type KernelRecord } from '../kmsg';
import { sysctlValue } from '../files';
import { deviceNode, randomBytes, type DeviceKind } from './stream';

function viewerOf(host: Host): CommandContext | null {
  const v = host.fs.viewer as CommandContext | undefined;
  return v && v.host === host ? v : null;
}

/** What each machine's /dev keeps between builds: the tmpfs and mqueue directories one writes in. */
const kept = new WeakMap<Host, Map<string, DirNode>>();

const dirOf = (name: string, mtime: number, mode: number, label: string): DirNode => ({
  type: 'dir', name, children: new Map(), mtime, mode, context: `system_u:object_r:${label}:s0`,
});

function keptOf(host: Host): Map<string, DirNode> {
  let k = kept.get(host);
  if (!k) {
    const t = host.bootedAt;
    // the mounts systemd's mount-setup.c makes (commands/lib/mounts.ts): tmpfs shm and mqueue 1777, hugetlbfs 0755
    k = new Map([
      ['shm', dirOf('shm', t, 0o1777, 'tmpfs_t')],
      ['mqueue', dirOf('mqueue', t, 0o1777, 'tmpfs_t')],
      ['hugepages', dirOf('hugepages', t, 0o755, 'hugetlbfs_t')],
    ]);
    kept.set(host, k);
  }
  return k;
}

/**
 * A record as /dev/kmsg gives it (kernel/printk/printk.c info_print_ext_header): `prefix,seq,usec,flags;text`,
 * the prefix the facility (0, the kernel) and the level, `-` for a record that is no continuation.
 */
function devkmsg(r: KernelRecord, seq: number): string {
  return `${r.level},${seq},${r.us},-;${r.text}\n`;
}

/** What reading and writing a device does. */
function behaviour(host: Host, seed: number, s: DevSpec): [DeviceKind, (n: number) => string, (t: string) => void] {
  const none = () => {};
  const zeros = (n: number) => '\0'.repeat(n);
  const terminal = (t: string) => {
    if (t) viewerOf(host)?.session.terminal?.(t);
  };
  if (s.type === 'b') return ['other', () => '', none];
  switch (s.path) {
    case 'null':
      return ['null', () => '', none];
    case 'zero':
      return ['zero', zeros, none];
    case 'full':
      return ['full', zeros, none];
    case 'random':
    case 'urandom':
      return ['random', (n) => randomBytes(seed, host.id, n, host), none];
    case 'kmsg':
      return ['log', () => kernelLog(host).map(devkmsg).join(''), none];
    case 'tty':
    case 'pts/0':
      return ['tty', () => '', terminal];
    default:
      return ['other', () => '', none];
  }
}

export function buildDev(world: { seed: number; now: number }, host: Host): DirNode {
  const t = host.bootedAt;
  const ctx = viewerOf(host);
  const root = ctx?.user.uid === 0;
  const entries: FsNode[] = [];
  const dirs = new Map<string, FsNode[]>();
  const put = (path: string, n: FsNode) => {
    const at = path.lastIndexOf('/');
    if (at < 0) entries.push(n);
    else dirs.set(path.slice(0, at), [...(dirs.get(path.slice(0, at)) ?? []), n]);
  };
  const specs = deviceSpecs(host.sys?.modules);
  // the loop driver's devices, made on demand (/dev/loop-control) and kept once made; storage.fc: fixed_disk_device_t
  for (const l of loopDevices(host)) specs.push({ path: `loop${l.n}`, type: 'b', major: 7, minor: l.n, mode: 0o660, group: 'disk', label: 'fixed_disk_device_t' });
  // the session's terminal: the one logged in owns it (devpts: mode=620, gid=5)
  const pts: DevSpec = { path: 'pts/0', type: 'c', major: 136, minor: 0, mode: 0o620, group: 'tty', label: 'user_devpts_t' };
  for (const s of [...specs, pts]) {
    const n = devNode(s, s === pts ? world.now : t, s === pts ? 'vagrant' : 'root');
    if (s === pts) n.context = 'unconfined_u:object_r:user_devpts_t:s0';
    const [kind, read, write] = behaviour(host, world.seed, s);
    deviceNode(n, kind, read, write);
    // what only root may open (mode 0600 and 0640 of group kmem or disk) fails for the others
    if (!root && (s.mode & 0o006) === 0 && !(s === pts && ctx?.user.name === 'vagrant')) n.errno = 'EACCES';
    // printk.c devkmsg_open(): reading the log is a syslog action kernel.dmesg_restrict=1 keeps from users
    if (!root && s.path === 'kmsg' && sysctlValue(host, 'kernel.dmesg_restrict') === '1') n.errno = 'EPERM';
    put(s.path, n);
  }
  // devpts's own ptmx (mode 000: ptmxmode=000 of the mount)
  put('pts/ptmx', devNode({ path: 'pts/ptmx', type: 'c', major: 5, minor: 2, mode: 0, group: 'root', label: 'ptmx_t' }, t));
  // udev's /dev/char and /dev/block: MAJOR:MINOR links to every device it knows
  for (const s of [...specs, pts]) {
    const up = '../' + s.path;
    put(`${s.type === 'b' ? 'block' : 'char'}/${s.major}:${s.minor}`, devLink(`${s.major}:${s.minor}`, up, t));
  }
  // 60-persistent-storage.rules: by-uuid for the file systems blkid finds, by-partuuid for each GPT partition
  for (const p of PARTITIONS) {
    if (p.uuid) put(`disk/by-uuid/${p.uuid}`, devLink(p.uuid, `../../${p.name}`, t));
    const pu = partuuid(host.id, p.name);
    put(`disk/by-partuuid/${pu}`, devLink(pu, `../../${p.name}`, t));
  }
  // the links systemd-tmpfiles (static-nodes, 'L' lines of tmpfiles.d/systemd.conf) and its sockets make
  entries.push(
    devLink('core', '/proc/kcore', t),
    devLink('stdin', '/proc/self/fd/0', t),
    devLink('stdout', '/proc/self/fd/1', t),
    devLink('stderr', '/proc/self/fd/2', t),
    devLink('log', '/run/systemd/journal/dev-log', t),
    devLink('initctl', '/run/initctl', t),
  );
  entries.push(devLink('fd', '/proc/self/fd', t));
  // the directories, the deepest first: made now for what they hold
  while (dirs.size) {
    const path = [...dirs.keys()].sort((a, b) => b.split('/').length - a.split('/').length)[0];
    const kids = dirs.get(path)!;
    dirs.delete(path);
    const d = dirOf(path.slice(path.lastIndexOf('/') + 1), t, 0o755, path === 'pts' ? 'devpts_t' : 'device_t');
    for (const n of kids) d.children.set(n.name, n);
    put(path, d);
  }
  for (const d of keptOf(host).values()) entries.push(d);
  // what was made in /dev itself stays over what is generated
  const r = dirOf('', t, 0o755, 'device_t');
  for (const n of entries) r.children.set(n.name, n);
  for (const [name, n] of storedDev(host)?.children ?? []) r.children.set(name, n);
  return r;
}

/** The tree is made again for another viewer, and when something was made in /dev itself or taken from it. */
function keyOf(host: Host): () => unknown {
  let last: { viewer: unknown; names: string } | undefined;
  return () => {
    const viewer = viewerOf(host);
    const names = [...(storedDev(host)?.children.keys() ?? []), ...loopDevices(host).map((l) => 'loop' + l.n)].join('/');
    if (!last || last.viewer !== viewer || last.names !== names) last = { viewer, names };
    return last;
  };
}

/**
 * What a program writes to /dev/stdout, /dev/stderr, /dev/fd/1 or /dev/fd/2 goes where its own output goes (a
 * pipe, a file, the terminal), as opening /proc/self/fd/N reopens what the descriptor has open.
 */
function ownOutput(host: Host, abs: string, content: string): boolean {
  const ctx = viewerOf(host);
  const fd = abs === '/dev/stdout' || abs === '/dev/fd/1' ? 1 : abs === '/dev/stderr' || abs === '/dev/fd/2' ? 2 : 0;
  if (!ctx || !fd) return false;
  if (content) (fd === 1 ? ctx.out : ctx.err)(content);
  return true;
}

registerPseudoFs('/dev', (world, host) => ({
  build: () => buildDev(world, host),
  key: keyOf(host),
  writable: true,
  write: (abs, content) => ownOutput(host, abs, content),
}));
