// What stat(2) says about a node of a guest's file system (stat, du, ls -i, ln): derived from what the Vfs keeps.
// The root file system is XFS on /dev/sda4 (df), /boot on /dev/sda3; blocks are counted in 4 KiB allocations.
import { byteLength, type FileNode, type FsNode, type Vfs } from '../../fs';
import type { Host } from '../../types';
import { ownerOf } from './files';
import { fromBytes, toBytes } from './bytes';
import { fnv32a } from '../../hash';

export interface StatInfo {
  kind: 'file' | 'dir' | 'link' | 'socket' | 'fifo' | 'chr' | 'blk';
  /** st_mode with the file type bits. */
  mode: number;
  size: number;
  /** 512-byte blocks. */
  blocks: number;
  ioBlock: number;
  dev: number;
  ino: number;
  nlink: number;
  uid: number;
  gid: number;
  user: string;
  group: string;
  atime: number;
  mtime: number;
  ctime: number;
  btime: number;
  /** The SELinux label (stat's Context line when SELinux is on). */
  context: string;
  /** A device's major and minor numbers (st_rdev). */
  rdev: [number, number];
}

const S_IFMT = 0o170000;
const SPECIAL: Record<number, 'socket' | 'fifo' | 'chr' | 'blk'> = { 0o140000: 'socket', 0o010000: 'fifo', 0o020000: 'chr', 0o060000: 'blk' };

/** An inode number for a node without one of its own: the same path gives the same number. */
export function pathIno(path: string): number {
  if (path === '/') return 128;
  return 131 + (fnv32a(path) % 67_108_000);
}

export function inodeOf(node: FsNode, path: string): number {
  return node.ino ?? pathIno(path);
}

/** The anonymous devices (0:N) of /dev's mounts (commands/lib/mounts.ts): devpts, tmpfs, mqueue, hugetlbfs. */
const DEV_MOUNTS: [string, number][] = [['/dev/pts', 23], ['/dev/shm', 22], ['/dev/mqueue', 18], ['/dev/hugepages', 32]];

/** The anonymous devices of /proc and /sys (commands/lib/mounts.ts): proc, sysfs, cgroup2. */
const PSEUDO_MOUNTS: [string, number][] = [['/sys/fs/cgroup', 25], ['/proc', 21], ['/sys', 20]];
const under = (path: string, m: string) => path === m || path.startsWith(m + '/');

/** st_dev: sda3 (8,3) for /boot, devtmpfs (0,5) and its mounts for /dev, proc and sysfs, sda4 (8,4) for the rest of the tree. */
export function deviceOf(path: string): number {
  const pseudo = PSEUDO_MOUNTS.find(([m]) => under(path, m));
  if (pseudo) return pseudo[1];
  if (path === '/dev' || path.startsWith('/dev/')) return DEV_MOUNTS.find(([m]) => path === m || path.startsWith(m + '/'))?.[1] ?? 5;
  return path === '/boot' || path.startsWith('/boot/') ? 0x803 : 0x804;
}

/** A file's size: its text and the zeros kept as a count. */
export function fileSize(f: FileNode): number {
  // a device has no size of its own (its numbers are in rdev)
  if (f.rdev !== undefined) return 0;
  if (f.size !== undefined) return f.size;
  return byteLength(f.content) + (f.zeros ?? 0);
}

/** Make a file `n` bytes long (truncate, dd): cut, or extended with zeros (holes when `sparse`). */
export function setFileSize(fs: Vfs, f: FileNode, n: number, sparse: boolean): void {
  const text = byteLength(f.content);
  const cur = text + (f.zeros ?? 0);
  if (n < text) {
    f.content = fromBytes(toBytes(f.content).subarray(0, n));
    delete f.zeros;
  } else if (n - text <= 1 << 16) {
    f.content += '\0'.repeat(n - text);
    delete f.zeros;
  } else f.zeros = n - text;
  const holes = Math.min(f.holes ?? 0, n) + (sparse && n > cur ? n - cur : 0);
  if (holes) f.holes = holes;
  else delete f.holes;
  if (n !== cur) fs.modified(f);
}

/** 512-byte blocks a node takes: whole 4 KiB blocks for data (holes left out), none for a short link (kept in the inode). */
export function blocksOf(node: FsNode): number {
  // a pseudo file system's nodes take no blocks
  if (node.size !== undefined) return 0;
  if (node.type === 'dir') return 8;
  if (node.type === 'link') return 0;
  return Math.ceil(Math.max(0, fileSize(node) - (node.holes ?? 0)) / 4096) * 8;
}

/**
 * The size of a directory of /dev's memory file systems (devtmpfs and tmpfs: shmem.c's BOGO_DIRENT_SIZE, 20 for
 * each entry and 40 for . and ..; mqueue the same; devpts and hugetlbfs: 0), with no blocks; null for the other file systems (4096).
 */
export function memDirSize(path: string, entries: number): number | null {
  if (path !== '/dev' && !path.startsWith('/dev/')) return null;
  if (path === '/dev/pts' || path === '/dev/hugepages') return 0;
  return 40 + 20 * entries;
}

export function sizeOf(node: FsNode): number {
  if (node.size !== undefined) return node.size;
  return node.type === 'file' ? fileSize(node) : node.type === 'link' ? byteLength(node.target) : 4096;
}

/**
 * The label selinux-policy's file contexts give a path (files.fc, corecommands.fc, apache.fc, the home directory template),
 * with unconfined_u for what was made after boot (by the logged-in user or with sudo) and system_u for the image's;
 * a label set with chcon wins.
 */
export function contextOf(host: Host, node: FsNode, path: string): string {
  if (node.context) return node.context;
  const mine = (node.btime ?? node.mtime) > host.bootedAt;
  const user = mine ? 'unconfined_u' : 'system_u';
  const type = (() => {
    const home = /^\/home\/[^/]+(\/.*)?$/.exec(path);
    if (home) return !home[1] ? 'user_home_dir_t' : /^\/\.ssh(\/|$)/.test(home[1]) ? 'ssh_home_t' : 'user_home_t';
    if (path === '/root') return 'admin_home_t';
    if (path.startsWith('/root/')) return path.startsWith('/root/.ssh') ? 'ssh_home_t' : 'admin_home_t';
    if (path === '/') return 'root_t';
    if (path === '/home') return 'home_root_t';
    if (path === '/tmp' || path === '/var/tmp') return 'tmp_t';
    if (path.startsWith('/tmp/') || path.startsWith('/var/tmp/')) return mine ? 'user_tmp_t' : 'tmp_t';
    // corecommands.fc: /etc/profile.d(/.*)? is bin_t (selinux-policy 38.1.45)
    if (/^\/etc\/profile\.d(\/|$)/.test(path)) return 'bin_t';
    if (/^\/etc(\/|$)/.test(path)) return 'etc_t';
    if (/^\/usr\/s?bin(\/|$)/.test(path)) return 'bin_t';
    if (/^\/usr\/lib\/systemd\/system(\/|$)/.test(path)) return 'systemd_unit_file_t';
    if (/^\/(usr|opt)(\/|$)/.test(path)) return 'usr_t';
    // apache.fc: /var/www(/.*)?, with the cgi-bin directories
    if (/^\/var\/www(\/[^/]+)?\/cgi-bin(\/|$)/.test(path) || /^\/var\/www\/html\/[^/]+\/cgi-bin(\/|$)/.test(path)) return 'httpd_sys_script_exec_t';
    if (/^\/var\/www(\/|$)/.test(path)) return 'httpd_sys_content_t';
    if (/^\/var\/lib(\/|$)/.test(path)) return 'var_lib_t';
    if (/^\/var\/log(\/|$)/.test(path)) return 'var_log_t';
    if (/^\/(var\/)?run(\/|$)/.test(path)) return 'var_run_t';
    if (/^\/(var|srv)(\/|$)/.test(path)) return 'var_t';
    if (/^\/boot(\/|$)/.test(path)) return 'boot_t';
    if (/^\/mnt(\/[^/]*)?$/.test(path)) return 'mnt_t';
    return 'default_t';
  })();
  return `${user}:object_r:${type}:s0`;
}

export function statInfo(host: Host, node: FsNode, path: string): StatInfo {
  // special files keep their type bits in the mode (a socket, mkfifo's and mknod's nodes)
  const special = node.type === 'file' ? SPECIAL[node.mode & S_IFMT] : undefined;
  const kind = special ?? node.type;
  const typeBits = kind === 'dir' ? 0o040000 : kind === 'link' ? 0o120000 : node.type === 'file' && special ? node.mode & S_IFMT : 0o100000;
  const { user, group } = ownerOf(node, path);
  const u = host.users.get(user);
  const gid = node.owner ? (host.groups?.get(group)?.gid ?? u?.gid ?? 0) : (u?.gid ?? 0);
  const btime = node.btime ?? node.mtime;
  return {
    kind,
    mode: typeBits | (node.mode & 0o7777),
    size: node.type === 'dir' && node.size === undefined ? (memDirSize(path, host.fs.kids(node).size) ?? sizeOf(node)) : sizeOf(node),
    blocks: node.type === 'dir' && node.size === undefined && memDirSize(path, 0) !== null ? 0 : blocksOf(node),
    // proc's s_blocksize is 1024 (fs/proc/root.c proc_fill_super)
    ioBlock: under(path, '/proc') ? 1024 : 4096,
    dev: deviceOf(path),
    ino: inodeOf(node, path),
    nlink: node.type === 'dir' ? dirLinks(node, host.fs) : (node.nlink ?? 1),
    uid: u?.uid ?? 0,
    gid,
    user,
    group,
    atime: btime,
    mtime: node.mtime,
    ctime: Math.max(node.ctime ?? 0, node.mtime),
    btime,
    context: contextOf(host, node, path),
    rdev: node.type === 'file' && node.rdev !== undefined ? [Math.floor(node.rdev / 0x100000), node.rdev % 0x100000] : [0, 0],
  };
}

/** A directory's links: itself, its entry in the parent, and each sub-directory's `..`. */
export function dirLinks(node: FsNode, fs?: Vfs): number {
  if (node.type !== 'dir') return 1;
  let n = 2;
  for (const c of (fs ? fs.kids(node) : node.children).values()) if (c.type === 'dir') n++;
  return n;
}
