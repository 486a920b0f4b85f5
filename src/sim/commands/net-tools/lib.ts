// The interfaces ifconfig and netstat -i of net-tools 2.0 read from the kernel, taken from the guest's model (the same
// interfaces and counters `ip` shows). The routes and the ARP cache are lib/routes.ts's, the name lookups lib/net.ts's.
import type { CommandContext } from '../../context';
import type { NetIf } from '../../types';
import { linkStats, type LinkStats } from '../iproute/ip/stats';
import { linkLocal } from '../iproute/ip/link-local';
import { maskOf } from '../lib/routes';

export interface Iface {
  name: string;
  /** IFF_UP|IFF_BROADCAST|IFF_RUNNING|IFF_MULTICAST (4163) or IFF_UP|IFF_LOOPBACK|IFF_RUNNING (73). */
  flags: number;
  mtu: number;
  addr?: string;
  netmask?: string;
  broadcast?: string;
  /** [address, prefix length, scope id] as /proc/net/if_inet6 lists them. */
  inet6: [string, number, number][];
  mac: string;
  loopback: boolean;
  stats: LinkStats;
}

/** The interfaces, sorted by name as net-tools' add_interface() keeps them (eth0, eth1, lo). */
export function interfaces(ctx: CommandContext): Iface[] {
  const one = (i: NetIf): Iface => {
    const lo = i.name === 'lo';
    const stats = linkStats(ctx.world, ctx.host, i.name);
    if (lo) return { name: 'lo', flags: 73, mtu: 65536, addr: '127.0.0.1', netmask: '255.0.0.0', inet6: [['::1', 128, 0x10]], mac: '00:00:00:00:00:00', loopback: true, stats };
    const bcast = i.addr ? i.addr.split('.').slice(0, 3).join('.') + '.255' : undefined;
    return { name: i.name, flags: 4163, mtu: 1500, addr: i.addr || undefined, netmask: i.addr ? maskOf(i.prefix) : undefined, broadcast: bcast, inet6: [[linkLocal(i.mac), 64, 0x20]], mac: i.mac, loopback: false, stats };
  };
  return ctx.host.ifaces.map(one).sort((a, b) => nstrcmp(a.name, b.name));
}

/** lib/nstrcmp.c: names compared with their trailing numbers as numbers (eth2 before eth10). */
function nstrcmp(a: string, b: string): number {
  const [, pa, na] = /^(.*?)(\d*)$/.exec(a)!;
  const [, pb, nb] = /^(.*?)(\d*)$/.exec(b)!;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return (Number(na || -1) - Number(nb || -1)) || 0;
}
