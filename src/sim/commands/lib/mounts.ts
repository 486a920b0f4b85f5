// The mounts of a guest: one table that mount, findmnt, umount, df, stat -f and lsblk read.
// The boot mounts are those of a Rocky Linux 9 guest on VirtualBox as systemd 252 sets them up (the API file
// systems of mount-setup.c, the units it starts at boot, /etc/fstab's XFS root and /boot, the login session's
// /run/user/1000); their order is /proc/self/mountinfo's. Sizes of the tmpfs mounts follow the guest's memory
// (devtmpfs size=4k, /dev/shm half of it, /run 20 %, /run/user/<uid> 10 %, as systemd and logind size them).
// mount(8) and umount(8) change it (sys.mounted / sys.unmounted); a reboot starts again from the boot mounts.
import type { Host } from '../../types';

export interface Mount {
  id: number;
  parent: number;
  majMin: string;
  source: string;
  target: string;
  fstype: string;
  options: string;
  /** 1K blocks and used blocks, for the file systems df lists. */
  kb?: { size: number; used: number };
}

/** The disk's partitions as lsblk lists them: name, MAJ:MIN, size in KiB, what uses it. */
/** The disk's partitions as lsblk lists them: name, MAJ:MIN, size in KiB, the file system on it and its UUID (the
 * UUIDs /etc/fstab names; sda1 is the BIOS boot partition of the GPT disk, with no file system). */
export const PARTITIONS = [
  { name: 'sda1', majMin: '8:1', kb: 1024, type: '', uuid: '' },
  { name: 'sda2', majMin: '8:2', kb: 2 * 1024 * 1024, type: 'swap', uuid: '7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b' },
  { name: 'sda3', majMin: '8:3', kb: 1024 * 1024, type: 'xfs', uuid: '3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9' },
  { name: 'sda4', majMin: '8:4', kb: 7 * 1024 * 1024, type: 'xfs', uuid: '9b5a6f2c-1d2e-4f3a-8b7c-6d5e4f3a2b1c' },
] as const;

/** A partition's GPT PARTUUID: fixed per guest (from its host name), as the installer wrote them once. */
export function partuuid(host: string, part: string): string {
  let h = 2166136261;
  const out: string[] = [];
  for (let i = 0; i < 32; i++) {
    for (const c of host + ':' + part + ':' + i) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out.push((h & 15).toString(16));
  }
  const x = out.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${'89ab'[parseInt(x[16], 16) & 3]}${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

// statfs() of an XFS counts its data blocks less the internal log; mkfs.xfs 6.4.0 gives a file system of 300 MiB to
// 128 GiB a 64 MiB log (xfsprogs/lib/geometry.ts). The partitions' sizes are the GPT's (util-linux/lib/disk.ts):
// /boot 2097152 sectors (983040 KiB counted), / 14673920 sectors (1834240 blocks of 4 KiB: 7271424 KiB counted).
const XFS_LOG_KB = 65536;
const GPT_KB = { sda3: (6295551 - 4198400 + 1) / 2, sda4: (20969471 - 6295552 + 1) / 2 };
const pages = (kb: number) => Math.floor(kb / 4) * 4;

/** The mounts in /proc/self/mountinfo order. */
export function mounts(host: Host): Mount[] {
  const sys = host.sys;
  if (!sys) return [];
  const mem = sys.memTotalKb;
  const run = pages(mem / 5);
  const user = pages(mem / 10);
  const boot: Omit<Mount, 'id' | 'parent'>[] = [
    { source: 'proc', target: '/proc', fstype: 'proc', majMin: '0:21', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'sysfs', target: '/sys', fstype: 'sysfs', majMin: '0:20', options: 'rw,nosuid,nodev,noexec,relatime,seclabel' },
    { source: 'devtmpfs', target: '/dev', fstype: 'devtmpfs', majMin: '0:5', options: `rw,nosuid,seclabel,size=4096k,nr_inodes=${Math.floor(mem / 8)},mode=755,inode64`, kb: { size: 4096, used: 0 } },
    { source: 'securityfs', target: '/sys/kernel/security', fstype: 'securityfs', majMin: '0:6', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'tmpfs', target: '/dev/shm', fstype: 'tmpfs', majMin: '0:22', options: 'rw,nosuid,nodev,seclabel,inode64', kb: { size: pages(mem / 2), used: 0 } },
    { source: 'devpts', target: '/dev/pts', fstype: 'devpts', majMin: '0:23', options: 'rw,nosuid,noexec,relatime,seclabel,gid=5,mode=620,ptmxmode=000' },
    { source: 'tmpfs', target: '/run', fstype: 'tmpfs', majMin: '0:24', options: `rw,nosuid,nodev,seclabel,size=${run}k,nr_inodes=819200,mode=755,inode64`, kb: { size: run, used: 5120 } },
    { source: 'cgroup2', target: '/sys/fs/cgroup', fstype: 'cgroup2', majMin: '0:25', options: 'rw,nosuid,nodev,noexec,relatime,seclabel,nsdelegate,memory_recursiveprot' },
    { source: 'pstore', target: '/sys/fs/pstore', fstype: 'pstore', majMin: '0:26', options: 'rw,nosuid,nodev,noexec,relatime,seclabel' },
    { source: 'bpf', target: '/sys/fs/bpf', fstype: 'bpf', majMin: '0:27', options: 'rw,nosuid,nodev,noexec,relatime,mode=700' },
    { source: '/dev/sda4', target: '/', fstype: 'xfs', majMin: '8:4', options: 'rw,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota', kb: { size: GPT_KB.sda4 - XFS_LOG_KB, used: 1572864 } },
    { source: 'selinuxfs', target: '/sys/fs/selinux', fstype: 'selinuxfs', majMin: '0:19', options: 'rw,nosuid,noexec,relatime' },
    { source: 'systemd-1', target: '/proc/sys/fs/binfmt_misc', fstype: 'autofs', majMin: '0:31', options: 'rw,relatime,fd=29,pgrp=1,timeout=0,minproto=5,maxproto=5,direct,pipe_ino=17523' },
    { source: 'mqueue', target: '/dev/mqueue', fstype: 'mqueue', majMin: '0:18', options: 'rw,nosuid,nodev,noexec,relatime,seclabel' },
    { source: 'hugetlbfs', target: '/dev/hugepages', fstype: 'hugetlbfs', majMin: '0:32', options: 'rw,relatime,seclabel,pagesize=2M' },
    { source: 'debugfs', target: '/sys/kernel/debug', fstype: 'debugfs', majMin: '0:7', options: 'rw,nosuid,nodev,noexec,relatime,seclabel' },
    { source: 'tracefs', target: '/sys/kernel/tracing', fstype: 'tracefs', majMin: '0:12', options: 'rw,nosuid,nodev,noexec,relatime,seclabel' },
    { source: 'fusectl', target: '/sys/fs/fuse/connections', fstype: 'fusectl', majMin: '0:33', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'configfs', target: '/sys/kernel/config', fstype: 'configfs', majMin: '0:34', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: '/dev/sda3', target: '/boot', fstype: 'xfs', majMin: '8:3', options: 'rw,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota', kb: { size: GPT_KB.sda3 - XFS_LOG_KB, used: 215040 } },
    { source: 'tmpfs', target: '/run/user/1000', fstype: 'tmpfs', majMin: '0:44', options: `rw,nosuid,nodev,relatime,seclabel,size=${user}k,nr_inodes=${user / 4},mode=700,uid=1000,gid=1000,inode64`, kb: { size: user, used: 0 } },
  ];
  const since = (at: number) => at >= host.bootedAt;
  const gone = new Set((sys.unmounted ?? []).filter((u) => since(u.at)).map((u) => u.target));
  const list: Omit<Mount, 'id' | 'parent'>[] = boot.filter((m) => !gone.has(m.target));
  let minor = 45;
  for (const m of sys.mounted ?? []) {
    if (!since(m.at)) continue;
    const dev = PARTITIONS.find((p) => '/dev/' + p.name === m.source);
    const kb = m.fstype === 'tmpfs' ? { size: tmpfsSize(m.options, mem), used: 0 } : undefined;
    const loop = /^\/dev\/loop(\d+)$/.exec(m.source);
    list.push({ source: m.source, target: m.target, fstype: m.fstype, options: m.options, majMin: dev ? dev.majMin : loop ? `7:${loop[1]}` : m.source === '/dev/sda1' ? '8:1' : `0:${minor++}`, kb });
  }
  // ids in mount order; the parent is the mount the target lies in (an earlier mount on the same target for a
  // stacked one); / hangs from the namespace's root, which is not listed
  const id = (i: number) => 22 + i;
  return list.map((m, i) => {
    const stacked = list.slice(0, i).map((x, j) => [x, j] as const).reverse().find(([x]) => x.target === m.target);
    const others = list.map((x, j) => [x, j] as const).filter(([x]) => x.target !== m.target);
    const up = parentOf(m.target, others.map(([x]) => x));
    const parent = stacked ? id(stacked[1]) : up ? id(list.indexOf(up)) : 1;
    return { ...m, id: id(i), parent };
  });
}

function parentOf<T extends { target: string }>(target: string, earlier: T[]): T | undefined {
  if (target === '/') return undefined;
  let best: T | undefined;
  for (const m of earlier) {
    const inside = m.target === '/' || target.startsWith(m.target + '/');
    if (inside && (!best || m.target.length >= best.target.length)) best = m;
  }
  return best;
}

/** tmpfs's size= in KiB (k, m, g or %), half of memory without one. */
function tmpfsSize(options: string, mem: number): number {
  const m = /(?:^|,)size=(\d+)([kmg%]?)/i.exec(options);
  if (!m) return pages(mem / 2);
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  return pages(unit === '%' ? (mem * n) / 100 : unit === 'g' ? n * 1048576 : unit === 'm' ? n * 1024 : unit === 'k' ? n : n / 1024);
}

/** The mount a path lives on: the longest mounted prefix, the newest of those stacked on it. */
export function mountOf(host: Host, path: string): Mount | undefined {
  let best: Mount | undefined;
  for (const m of mounts(host)) {
    const inside = m.target === '/' || path === m.target || path.startsWith(m.target + '/');
    if (inside && (!best || m.target.length >= best.target.length)) best = m;
  }
  return best;
}

/** Record a mount made by mount(8). */
export function addMount(host: Host, now: number, m: { source: string; target: string; fstype: string; options: string }): void {
  (host.sys!.mounted ??= []).push({ ...m, at: now });
}

/** Take a mount away (umount(8)): the newest mount on the target. */
export function removeMount(host: Host, now: number, target: string): void {
  const sys = host.sys!;
  const mine = (sys.mounted ?? []).filter((m) => m.at >= host.bootedAt);
  const last = [...mine].reverse().find((m) => m.target === target);
  if (last) sys.mounted = (sys.mounted ?? []).filter((m) => m !== last);
  else (sys.unmounted ??= []).push({ target, at: now });
}
