// The nodes of /dev on a Rocky Linux 9 (kernel 5.14) VirtualBox guest: the devices the kernel's devtmpfs makes
// (numbers from Documentation/admin-guide/devices.txt, default modes from the drivers: mem.c's devlist, tty_io.c,
// vt.c, the sd driver) with the owner group and mode systemd 252's rules.d/50-udev-default.rules gives them, and
// their SELinux labels from selinux-policy's devices.fc, terminal.fc and storage.fc. What is left out and why:
// DIFFERENCES.md beside this file.
import type { FileNode, LinkNode } from '../../../fs';
import { PARTITIONS } from '../mounts';

export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

export interface DevSpec {
  /** The path under /dev (`pts/0`, `mapper/control`). */
  path: string;
  type: 'c' | 'b';
  major: number;
  minor: number;
  mode: number;
  group: string;
  /** The SELinux type (and level past s0 where the policy sets one). */
  label: string;
}

function c(path: string, major: number, minor: number, mode: number, group: string, label: string): DevSpec {
  return { path, type: 'c', major, minor, mode, group, label };
}

/**
 * The character and block devices, /dev/pts/0 aside (it belongs to the one logged in). The labels' level is s0
 * even where the policy says mls_systemhigh: gen_context() of the targeted (MCS) policy gives s0 without an MCS
 * level of its own. `modules`: the loaded kernel modules (sg gives the disk's SCSI generic node).
 */
export function deviceSpecs(modules: ReadonlySet<string> = new Set()): DevSpec[] {
  const out: DevSpec[] = [
    // drivers/char/mem.c: mem and port 0 (0600), udev: GROUP="kmem", MODE="0640"; kmsg 0644; the rest 0666
    c('mem', 1, 1, 0o640, 'kmem', 'memory_device_t'),
    c('null', 1, 3, 0o666, 'root', 'null_device_t'),
    c('port', 1, 4, 0o640, 'kmem', 'memory_device_t'),
    c('zero', 1, 5, 0o666, 'root', 'zero_device_t'),
    c('full', 1, 7, 0o666, 'root', 'null_device_t'),
    c('random', 1, 8, 0o666, 'root', 'random_device_t'),
    c('urandom', 1, 9, 0o666, 'root', 'urandom_device_t'),
    c('kmsg', 1, 11, 0o644, 'root', 'kmsg_device_t'),
    // tty_io.c: tty and ptmx 0666 (udev: GROUP="tty"), console 0600; vt.c: tty0..tty63 (udev: tty, 0620)
    c('tty', 5, 0, 0o666, 'tty', 'devtty_t'),
    c('console', 5, 1, 0o600, 'root', 'console_device_t'),
    c('ptmx', 5, 2, 0o666, 'tty', 'ptmx_t'),
    // devices.txt's misc minors: 236 device-mapper control, 237 loop-control (udev: GROUP="disk"), 229 fuse
    // (udev: MODE="0666", a static node kmod-static-nodes makes at boot)
    c('mapper/control', 10, 236, 0o600, 'root', 'lvm_control_t'),
    c('loop-control', 10, 237, 0o660, 'disk', 'loop_control_device_t'),
    c('fuse', 10, 229, 0o666, 'root', 'fuse_device_t'),
  ];
  for (let n = 0; n < 64; n++) out.push(c(`tty${n}`, 4, n, 0o620, 'tty', 'tty_device_t'));
  // the 8250 driver's four ports (nr_uarts=4), ttyS0..3 as 4,64..67; udev: GROUP="dialout" (so 0660)
  for (let n = 0; n < 4; n++) out.push(c(`ttyS${n}`, 4, 64 + n, 0o660, 'dialout', 'tty_device_t'));
  // vc screens of the consoles systemd-logind's autovt allocates (tty1..tty6): vcs 7,N, vcsu 7,64+N, vcsa 7,128+N
  for (const [name, base] of [['vcs', 0], ['vcsa', 128], ['vcsu', 64]] as const) {
    for (let n = 0; n <= 6; n++) out.push(c(`${name}${n || ''}`, 7, base + n, 0o660, 'tty', 'tty_device_t'));
  }
  // drivers/scsi/sg.c: sg0 (21,0) for the disk; udev: scsi_generic of a disk (type 0), GROUP="disk"
  if (modules.has('sg')) out.push(c('sg0', 21, 0, 0o660, 'disk', 'scsi_generic_device_t'));
  // the sd driver: sda 8,0 and a minor per partition; udev: SUBSYSTEM=="block", GROUP="disk" (0660)
  out.push({ path: 'sda', type: 'b', major: 8, minor: 0, mode: 0o660, group: 'disk', label: 'fixed_disk_device_t' });
  for (const p of PARTITIONS) {
    const [major, minor] = p.majMin.split(':').map(Number);
    out.push({ path: p.name, type: 'b', major, minor, mode: 0o660, group: 'disk', label: 'fixed_disk_device_t' });
  }
  return out;
}

/** A device node (not yet with what reading it does: see stream.ts). */
export function devNode(s: DevSpec, mtime: number, user = 'root'): FileNode {
  const name = s.path.slice(s.path.lastIndexOf('/') + 1);
  const n = { type: 'file', name, content: '', mtime, mode: (s.type === 'c' ? S_IFCHR : S_IFBLK) | s.mode, rdev: s.major * 0x100000 + s.minor } as FileNode;
  n.owner = { user, group: s.group };
  n.context = `system_u:object_r:${s.label}${s.label.includes(':') ? '' : ':s0'}`;
  return n;
}

/** A link udev or systemd makes (device_t, as devices.fc gives `/dev/.*`). */
export function devLink(name: string, target: string, mtime: number): LinkNode {
  return { type: 'link', name, target, mtime, mode: 0o777, context: 'system_u:object_r:device_t:s0' };
}
