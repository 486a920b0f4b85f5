// What ifconfig, netstat, route and arp of net-tools 2.0 read from the kernel, taken from the guest's model (the same
// interfaces, counters, routes and neighbours `ip` shows), and the name lookups they make unless -n: gethostbyaddr()
// through /etc/hosts and nss-myhostname (Rocky 9's "hosts: files dns myhostname": the machine's own addresses are
// its host name, the default gateway is `_gateway`; the NAT's DNS knows no private address), getnetbyaddr() through
// Rocky 9's /etc/networks (none of the lab's networks is named there), and /etc/services for ports.
import type { CommandContext } from '../../context';
import type { NetIf } from '../../types';
import { linkStats, type LinkStats } from '../iproute/ip/stats';
import { linkLocal } from '../iproute/ip/link-local';

export const GATEWAY = '10.0.2.2';
/** VirtualBox's NAT answers ARP from this fixed MAC (as `ip neigh` shows). */
export const GATEWAY_MAC = '52:54:00:12:35:02';

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

export const maskOf = (prefix: number): string => {
  const m = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
};

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

export interface Route {
  dest: string;
  gateway: string;
  mask: string;
  flags: string;
  metric: number;
  iface: string;
}

/** The main table as `ip route` shows it: the DHCP default route and one connected route per addressed interface. */
export function routes(ctx: CommandContext): Route[] {
  const out: Route[] = [];
  const eth0 = ctx.host.ifaces.find((i) => i.name === 'eth0');
  if (eth0?.addr) {
    out.push({ dest: '0.0.0.0', gateway: GATEWAY, mask: '0.0.0.0', flags: 'UG', metric: 100, iface: 'eth0' });
    out.push({ dest: '10.0.2.0', gateway: '0.0.0.0', mask: '255.255.255.0', flags: 'U', metric: 100, iface: 'eth0' });
  }
  ctx.host.ifaces
    .filter((i) => i.name.startsWith('eth') && i.name !== 'eth0')
    .forEach((i, n) => {
      if (i.addr) out.push({ dest: i.addr.split('.').slice(0, 3).join('.') + '.0', gateway: '0.0.0.0', mask: maskOf(i.prefix), flags: 'U', metric: 101 + n, iface: i.name });
    });
  return out;
}

/** The ARP cache: the NAT gateway, which every guest has talked to. */
export function neighbours(ctx: CommandContext): { ip: string; mac: string; dev: string }[] {
  return ctx.host.ifaces.some((i) => i.name === 'eth0' && i.addr) ? [{ ip: GATEWAY, mac: GATEWAY_MAC, dev: 'eth0' }] : [];
}

/** gethostbyaddr() of an IPv4 address: /etc/hosts first, then nss-myhostname; null when nothing names it. */
export function hostByAddr(ctx: CommandContext, addr: string): string | null {
  const hosts = ctx.host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && hosts !== 'ENOENT' && hosts !== 'EISDIR')
    for (const l of hosts.split('\n')) {
      const [a, name] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (a === addr && name) return name;
    }
  if (ctx.host.ifaces.some((i) => i.addr === addr && i.name !== 'lo')) return ctx.host.hostname;
  if (addr === GATEWAY && ctx.host.ifaces.some((i) => i.name === 'eth0' && i.addr)) return '_gateway';
  return null;
}

/** INET_sprint() of a host address: the name, or the dotted quad (numeric, or 0.0.0.0, or unnamed). */
export function inetHost(ctx: CommandContext, addr: string, numeric: boolean): string {
  if (numeric || addr === '0.0.0.0') return addr;
  return hostByAddr(ctx, addr) ?? addr;
}
