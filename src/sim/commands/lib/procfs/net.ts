// /proc/PID/net (and /proc/net, a link to self/net): route (net/ipv4/fib_trie.c fib_route_seq_show of Linux 5.14),
// from the guest's addresses; dev (net/core/net-procfs.c dev_seq_show) from the counters ip -s link shows; tcp,
// tcp6, udp, udp6 from ss's sockets (sockets.ts). What the model does not give (arp) is left out (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { DirNode } from '../../../fs';
import type { Host } from '../../../types';
import { linkStats, type LinkStats } from '../../iproute/ip/stats';
import { dir, file } from './tree';
import { maskOf, routes } from '../routes';
import { tcp4, tcp6, udp4, udp6 } from './sockets';

/** An IPv4 address as the kernel prints a __be32 with %08X on a little-endian machine. */
const hex4 = (ip: string) => ip.split('.').map((o) => Number(o).toString(16).toUpperCase().padStart(2, '0')).reverse().join('');
/** fib_route_seq_show: each line padded to 127 characters. */
function route(host: Host): string {
  const head = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
  const row = (ifc: string, dst: string, gw: string, flags: number, metric: number, mask: string) =>
    `${ifc}\t${hex4(dst)}\t${hex4(gw)}\t${flags.toString(16).toUpperCase().padStart(4, '0')}\t0\t0\t${metric}\t${hex4(mask)}\t0\t0\t0`;
  const lines = [head];
  for (const r of routes(host)) lines.push(row(r.iface, r.dest, r.gateway, r.gateway === '0.0.0.0' ? 0x0001 : 0x0003, r.metric, maskOf(r.prefix)));
  return lines.map((l) => l.padEnd(127) + '\n').join('');
}

/** The eight receive and eight transmit columns of dev_seq_printf_stats (several counters summed into one). */
export function devColumns(s: LinkStats): number[] {
  const { rx, tx } = s;
  return [rx.bytes, rx.packets, rx.errors, rx.dropped + rx.missed, rx.fifo, rx.length + rx.over + rx.crc + rx.frame, 0, rx.mcast,
    tx.bytes, tx.packets, tx.errors, tx.dropped, tx.fifo, tx.collisions, tx.carrier + tx.aborted + tx.window + tx.heartbeat, 0];
}

/** /proc/net/dev: the interfaces by ifindex, as `ip -s link` counts them. */
function dev(ctx: CommandContext): string {
  const widths = [7, 7, 4, 4, 4, 5, 10, 9, 8, 7, 4, 4, 4, 5, 7, 10];
  const head = 'Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n';
  return head + ctx.host.ifaces.map((i) => `${i.name.padStart(6)}: ${devColumns(linkStats(ctx.world, ctx.host, i.name)).map((v, n) => String(v).padStart(widths[n])).join(' ')}\n`).join('');
}

export function netDir(ctx: CommandContext, t: number): DirNode {
  const f = (name: string, text: () => string) => file(name, text, t);
  return dir('net', [f('dev', () => dev(ctx)), f('route', () => route(ctx.host)), f('tcp', () => tcp4(ctx)), f('tcp6', () => tcp6(ctx)), f('udp', () => udp4(ctx)), f('udp6', () => udp6(ctx))], t);
}
