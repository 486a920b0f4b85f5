// /sys/devices and the class links into it: the guest's network adapters (net/core/net-sysfs.c of Linux 5.14: one
// value and a newline per file), the firmware's DMI strings (drivers/firmware/dmi-id.c, with VirtualBox's defaults
// of src/VBox/Devices/PC/DevFwCommon.cpp) and the disk (block/genhd.c, partitions from commands/lib/mounts.ts).
import type { DirNode, FsError, FsNode } from '../../../fs';
import type { Host, NetIf } from '../../../types';
import type { World } from '../../../world';
import { linkStats } from '../../iproute/ip/stats';
import { PARTITIONS } from '../mounts';
import { dir, file, link } from '../procfs/tree';
import { fnv32a } from '../../../hash';

/** FNV-1a, for values that must be the same for a seed and machine each time. */
const fnv = fnv32a;

/** The machine's SMBIOS UUID (VirtualBox gives each VM its own), lower-case as dmi-id prints it (%pUl). */
export function productUuid(seed: number, hostId: string): string {
  let h = '';
  for (let i = 0; h.length < 32; i++) h += fnv(`${seed}:${hostId}:dmi#${i}`).toString(16).padStart(8, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** VirtualBox's PCI slot of the n-th adapter (the kernel log's `e1000 0000:00:03.0`): 3, then 8, 9, 10. */
export const nicSlot = (n: number) => (n === 0 ? '03' : String(7 + n).padStart(2, '0'));

/** net-sysfs.c's statistics/ group (NETSTAT_ENTRY): the rtnl_link_stats64 counters ip -s link and /proc/net/dev show. */
function statistics(world: World, host: Host, i: NetIf, t: number): DirNode {
  const { rx, tx } = linkStats(world, host, i.name);
  const v: Record<string, number> = {
    collisions: tx.collisions, multicast: rx.mcast, rx_bytes: rx.bytes, rx_compressed: 0, rx_crc_errors: rx.crc, rx_dropped: rx.dropped,
    rx_errors: rx.errors, rx_fifo_errors: rx.fifo, rx_frame_errors: rx.frame, rx_length_errors: rx.length, rx_missed_errors: rx.missed,
    rx_nohandler: 0, rx_over_errors: rx.over, rx_packets: rx.packets, tx_aborted_errors: tx.aborted, tx_bytes: tx.bytes,
    tx_carrier_errors: tx.carrier, tx_compressed: 0, tx_dropped: tx.dropped, tx_errors: tx.errors, tx_fifo_errors: tx.fifo,
    tx_heartbeat_errors: tx.heartbeat, tx_packets: tx.packets, tx_window_errors: tx.window,
  };
  return dir('statistics', Object.entries(v).map(([name, n]) => file(name, () => `${n}\n`, t)), t);
}

/** The attribute files of one interface; `index` is its ifindex (the order `ip link` lists them in). */
function netDevice(world: World, host: Host, i: NetIf, index: number, t: number): DirNode {
  const lo = i.name === 'lo';
  const f = (name: string, v: string | number, mode = 0o444) => file(name, () => `${v}\n`, t, mode);
  const entries: FsNode[] = [
    f('addr_assign_type', 0),
    f('addr_len', 6),
    f('address', i.mac),
    f('broadcast', lo ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'),
    f('carrier', 1, 0o644),
    f('dev_id', '0x0'),
    f('dev_port', 0),
    f('flags', lo ? '0x9' : '0x1003', 0o644),
    f('ifindex', index),
    f('iflink', index),
    f('mtu', lo ? 65536 : 1500, 0o644),
    f('name_assign_type', lo ? 2 : 1),
    f('operstate', lo ? 'unknown' : 'up'),
    f('tx_queue_len', 1000, 0o644),
    f('type', lo ? 772 : 1),
  ];
  // the e1000's link as its driver reports it (the kernel log: 1000 Mbps Full Duplex); lo has none (EINVAL)
  entries.push(file('duplex', () => 'full\n', t, 0o444, lo ? 'EINVAL' : undefined), file('speed', () => '1000\n', t, 0o444, lo ? 'EINVAL' : undefined), statistics(world, host, i, t));
  return dir(i.name, entries, t);
}

/** dmi-id's files for VirtualBox's defaults; the serials and the UUID only root reads (0400). */
function dmi(host: Host, seed: number, root: boolean, t: number): DirNode {
  const deny: FsError | undefined = root ? undefined : 'EACCES';
  const v = (name: string, s: string) => file(name, () => s + '\n', t);
  const secret = (name: string, s: string) => file(name, () => s + '\n', t, 0o400, deny);
  return dir('id', [
    v('bios_date', '12/01/2006'),
    v('bios_vendor', 'innotek GmbH'),
    v('bios_version', 'VirtualBox'),
    v('board_name', 'VirtualBox'),
    secret('board_serial', '0'),
    v('board_vendor', 'Oracle Corporation'),
    v('board_version', '1.2'),
    v('chassis_type', '1'),
    v('chassis_vendor', 'Oracle Corporation'),
    v('product_family', 'Virtual Machine'),
    v('product_name', 'VirtualBox'),
    secret('product_serial', '0'),
    secret('product_uuid', productUuid(seed, host.id)),
    v('product_version', '1.2'),
    v('sys_vendor', 'innotek GmbH'),
  ], t);
}

/** The disk: its size in 512-byte sectors (10 GiB, as the kernel log says), dev numbers, the partitions. */
function disk(t: number): DirNode {
  const f = (name: string, v: string | number) => file(name, () => `${v}\n`, t);
  const parts = PARTITIONS.map((p, n) => dir(p.name, [f('dev', p.majMin), f('partition', n + 1), f('size', p.kb * 2)], t));
  return dir('sda', [f('dev', '8:0'), f('removable', 0), f('ro', 0), f('size', 10 * 1024 * 1024 * 2), ...parts], t);
}

/** /sys/devices, /sys/class (net, dmi) and /sys/block. */
export function deviceTrees(world: World, host: Host, root: boolean, t: number): FsNode[] {
  const seed = world.seed;
  const eths = host.ifaces.filter((i) => i.name !== 'lo');
  const loIf = host.ifaces.find((i) => i.name === 'lo');
  const index = (i: NetIf) => host.ifaces.indexOf(i) + 1;
  const pci = dir('pci0000:00', eths.map((i, n) => dir(`0000:00:${nicSlot(n)}.0`, [dir('net', [netDevice(world, host, i, index(i), t)], t)], t)), t);
  const virtual = dir('virtual', [dir('dmi', [dmi(host, seed, root, t)], t), dir('net', loIf ? [netDevice(world, host, loIf, index(loIf), t)] : [], t)], t);
  const nets = [
    ...(loIf ? [link('lo', '../../devices/virtual/net/lo', t)] : []),
    ...eths.map((i, n) => link(i.name, `../../devices/pci0000:00/0000:00:${nicSlot(n)}.0/net/${i.name}`, t)),
  ];
  return [
    dir('devices', [pci, virtual], t),
    dir('class', [dir('dmi', [link('id', '../../devices/virtual/dmi/id', t)], t), dir('net', nets, t)], t),
    dir('block', [disk(t)], t),
  ];
}
