// ife_print_long() and ife_print_short() of net-tools 2.0's lib/interface.c: ifconfig's two layouts, which netstat -i
// (short) and netstat -iee (long) share.
import type { Iface } from './lib';

/** The bytes in ife_print_long()'s "(584.6 MiB)": tenths, truncated, in binary units above 1024. */
export function shortBytes(n: number): string {
  const units: [number, string][] = [[2 ** 50, 'PiB'], [2 ** 40, 'TiB'], [2 ** 30, 'GiB'], [2 ** 20, 'MiB'], [1024, 'KiB']];
  for (const [size, unit] of units) if (n > size) { const t = Math.floor((n * 10) / size); return `${Math.floor(t / 10)}.${t % 10} ${unit}`; }
  return `${Math.floor(n)}.0 B`;
}

const FLAG_NAMES: [number, string][] = [[1, 'UP'], [2, 'BROADCAST'], [4, 'DEBUG'], [8, 'LOOPBACK'], [16, 'POINTOPOINT'], [32, 'NOTRAILERS'], [64, 'RUNNING'], [128, 'NOARP'], [256, 'PROMISC'], [512, 'ALLMULTI'], [2048, 'SLAVE'], [1024, 'MASTER'], [4096, 'MULTICAST']];

export function longText(i: Iface): string {
  const names = FLAG_NAMES.filter(([b]) => i.flags & b).map(([, n]) => n);
  let out = `${i.name}: flags=${i.flags}<${names.join(',')}>  mtu ${i.mtu}\n`;
  if (i.addr) out += `        inet ${i.addr}  netmask ${i.netmask}${i.broadcast ? `  broadcast ${i.broadcast}` : ''}\n`;
  for (const [a, plen, scope] of i.inet6) out += `        inet6 ${a}  prefixlen ${plen}  scopeid 0x${scope.toString(16)}<${scope === 0x10 ? 'host' : scope === 0x20 ? 'link' : 'global'}>\n`;
  out += i.loopback ? `        loop  txqueuelen 1000  (Local Loopback)\n` : `        ether ${i.mac}  txqueuelen 1000  (Ethernet)\n`;
  const { rx, tx } = i.stats;
  out += `        RX packets ${rx.packets}  bytes ${rx.bytes} (${shortBytes(rx.bytes)})\n`;
  out += `        RX errors ${rx.errors}  dropped ${rx.dropped}  overruns ${rx.fifo}  frame ${rx.frame}\n`;
  out += `        TX packets ${tx.packets}  bytes ${tx.bytes} (${shortBytes(tx.bytes)})\n`;
  out += `        TX errors ${tx.errors}  dropped ${tx.dropped} overruns ${tx.fifo}  carrier ${tx.carrier}  collisions ${tx.collisions}\n\n`;
  return out;
}

/** ife_print_short(): one row of `ifconfig -s` / `netstat -i`. */
export function shortRow(i: Iface): string {
  const { rx, tx } = i.stats;
  const flg = [[512, 'A'], [2, 'B'], [4, 'D'], [8, 'L'], [4096, 'M'], [256, 'P'], [32, 'N'], [128, 'O'], [16, 'P'], [2048, 's'], [1024, 'm'], [64, 'R'], [1, 'U']]
    .filter(([b]) => i.flags & (b as number)).map(([, c]) => c).join('');
  const n = (v: number, w: number) => String(v).padStart(w);
  return `${i.name.slice(0, 8).padEnd(8)} ${n(i.mtu, 5)} ${n(rx.packets, 8)} ${n(rx.errors, 6)} ${n(rx.dropped, 6)} ${String(rx.fifo).padEnd(6)} ${n(tx.packets, 8)} ${n(tx.errors, 6)} ${n(tx.dropped, 6)} ${n(tx.fifo, 6)} ${flg}\n`;
}

export const SHORT_HEADER = 'Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n';

