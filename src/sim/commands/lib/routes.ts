// The guest's IPv4 main table and ARP cache, as NetworkManager and the kernel set them up on a Vagrant VirtualBox
// machine: the default route through VirtualBox's NAT (DHCP, metric 100) and one connected route per addressed
// interface (metric 100 + its place among the ethernet interfaces), in the kernel's order (by destination). `ip route`,
// /proc/net/route and net-tools' route/netstat -r all print this one table; `ip neigh` and arp the one cache.
import type { Host } from '../../types';

/** VirtualBox's NAT gateway and the fixed MAC it answers ARP from. */
export const GATEWAY = '10.0.2.2';
export const GATEWAY_MAC = '52:54:00:12:35:02';

export interface Route {
  /** 0.0.0.0 for the default route. */
  dest: string;
  prefix: number;
  /** 0.0.0.0 for a connected route. */
  gateway: string;
  metric: number;
  iface: string;
  /** The interface's address (`src` in ip route). */
  src: string;
}

export const maskOf = (prefix: number): string => {
  const m = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
};

const num = (ip: string) => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);

export function routes(host: Host): Route[] {
  const eths = host.ifaces.filter((i) => i.name.startsWith('eth'));
  const eth0 = eths.find((i) => i.name === 'eth0');
  const out: Route[] = [];
  if (eth0?.addr) out.push({ dest: '0.0.0.0', prefix: 0, gateway: GATEWAY, metric: 100, iface: 'eth0', src: eth0.addr });
  const connected = eths
    .map((i, n) => ({ i, n }))
    .filter(({ i }) => i.addr)
    .map(({ i, n }): Route => {
      const m = maskOf(i.prefix).split('.').map(Number);
      return { dest: i.addr.split('.').map((o, k) => Number(o) & m[k]).join('.'), prefix: i.prefix, gateway: '0.0.0.0', metric: 100 + n, iface: i.name, src: i.addr };
    });
  return [...out, ...connected.sort((a, b) => num(a.dest) - num(b.dest))];
}

/** The ARP cache: the NAT gateway, which every guest has talked to. */
export function neighbours(host: Host): { ip: string; mac: string; dev: string }[] {
  return host.ifaces.some((i) => i.name === 'eth0' && i.addr) ? [{ ip: GATEWAY, mac: GATEWAY_MAC, dev: 'eth0' }] : [];
}
