// rprint_fib() of net-tools 2.0 lib/inet_gr.c: the IPv4 table in route's layout (1: Metric Ref Use), netstat -r's
// (2: MSS Window irtt) or route -ee's (3: both). Names unless numeric: `default` for 0.0.0.0/0, hosts by
// gethostbyaddr() (lib.ts: _gateway), networks by getnetbyaddr() (Rocky 9's /etc/networks names none of them).
import type { CommandContext } from '../../../context';
import { inetHost } from '../../lib/net';
import { maskOf, routes } from '../../lib/routes';

export function routeTable(ctx: CommandContext, ext: 1 | 2 | 3, numeric: boolean): string {
  let out = 'Kernel IP routing table\n';
  if (ext === 1) out += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';
  if (ext === 2) out += 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n';
  if (ext === 3) out += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n';
  for (const r of routes(ctx.host)) {
    const dest = (!numeric && r.prefix === 0 ? 'default' : r.dest).slice(0, 15);
    const gw = inetHost(ctx, r.gateway, numeric).slice(0, 15);
    const flags = r.gateway === '0.0.0.0' ? 'U' : 'UG';
    const cols = `${dest.padEnd(15)} ${gw.padEnd(15)} ${maskOf(r.prefix).padEnd(15)} ${flags.padEnd(5)} `;
    if (ext === 1) out += `${cols}${String(r.metric).padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} ${r.iface}\n`;
    if (ext === 2) out += `${cols}${'0'.padStart(5)} ${'0'.padEnd(5)} ${'0'.padStart(6)} ${r.iface}\n`;
    if (ext === 3) out += `${cols}${String(r.metric).padEnd(6)} ${'0'.padEnd(3)} ${'0'.padStart(6)} ${r.iface.slice(0, 6).padEnd(6)}   ${'0'.padEnd(5)} ${'0'.padEnd(6)} 0\n`;
  }
  return out;
}

/**
 * rprint_fib6() of lib/inet6_gr.c over the main table `ip -6 route` shows: each interface's fe80::/64, metric 1024
 * (NetworkManager's), one reference. The local table's entries (the addresses, ff00::/8) are not in the model.
 */
export function routeTable6(ctx: CommandContext): string {
  let out = 'Kernel IPv6 routing table\nDestination                    Next Hop                   Flag Met Ref Use If\n';
  for (const i of ctx.host.ifaces) if (i.name !== 'lo') out += `${'fe80::/64'.padEnd(30)} ${'[::]'.padEnd(26)} ${'U'.padEnd(4)} ${'1024'.padEnd(3)} 1${'0'.padStart(6)} ${i.name}\n`;
  return out;
}
