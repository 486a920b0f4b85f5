// The host's routing tables as ROUTE.EXE prints them (`route print`, also `netstat -r`): the interface list, the
// IPv4 and IPv6 active routes and the persistent ones, in the layout of a public Windows 10 `route print`
// (tests/golden/cmd/SOURCES.md). The routes follow from the adapters ipconfig shows: the LAN's default gateway,
// each network's on-link, host and broadcast routes, multicast and broadcast on every interface. Metrics are
// Windows' automatic ones: interface metric 25 for a 1 Gbit/s adapter (the LAN card and VirtualBox's Host-Only
// adapters) and 75 for the loopback, plus 256 for an on-link route and 0 for the default route.
import type { CommandContext } from '../../../context';
import { hostNics, nicDesc, nicMac } from '../shared';

const RULE = '='.repeat(75) + '\n';
const LOOP = 331;
const NIC = 281;

const row4 = (dest: string, mask: string, gw: string, iface: string, metric: number) =>
  dest.padStart(17) + mask.padStart(17) + (gw === 'On-link' ? gw.padStart(16) + ' ' : gw.padStart(17)) + iface.padStart(17) + String(metric).padStart(7) + '\n';

const row6 = (ifIndex: number, metric: number, dest: string, gw = 'On-link') =>
  String(ifIndex).padStart(3) + String(metric).padStart(7) + ' ' + (dest.length > 24 ? `${dest}\n${' '.repeat(36)}` : dest.padEnd(25)) + gw + '\n';

/** `route print` (both tables), `route print -4` or `-6`. */
export function routePrint(ctx: CommandContext, only?: 4 | 6, pattern?: string): string {
  // `route print 192*`: only the routes whose destination matches (`*` any string, `?` one character)
  const re = pattern ? new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i') : null;
  const keep = (dest: string) => !re || re.test(dest);
  const v4 = (dest: string, mask: string, gw: string, iface: string, metric: number) => (keep(dest) ? row4(dest, mask, gw, iface, metric) : '');
  const v6 = (ifIndex: number, metric: number, dest: string) => (keep(dest) ? row6(ifIndex, metric, dest) : '');
  const nics = hostNics(ctx);
  let out = RULE + 'Interface List\n';
  nics.forEach((n, i) => (out += `${String(n.scope).padStart(3)}...${nicMac(n).toLowerCase().replace(/-/g, ' ')} ......${nicDesc(n, i)}\n`));
  out += '  1...........................Software Loopback Interface 1\n' + RULE;
  if (only !== 6) {
    out += '\nIPv4 Route Table\n' + RULE + 'Active Routes:\nNetwork Destination        Netmask          Gateway       Interface  Metric\n';
    const lan = nics.find((n) => n.gateway);
    if (lan) out += v4('0.0.0.0', '0.0.0.0', lan.gateway, lan.addr, 25);
    out += v4('127.0.0.0', '255.0.0.0', 'On-link', '127.0.0.1', LOOP);
    out += v4('127.0.0.1', '255.255.255.255', 'On-link', '127.0.0.1', LOOP);
    out += v4('127.255.255.255', '255.255.255.255', 'On-link', '127.0.0.1', LOOP);
    const net = (a: string) => a.split('.').slice(0, 3).join('.');
    const byAddr = [...nics].sort((a, b) => cmp4(a.addr, b.addr));
    for (const n of byAddr) {
      out += v4(`${net(n.addr)}.0`, '255.255.255.0', 'On-link', n.addr, NIC);
      out += v4(n.addr, '255.255.255.255', 'On-link', n.addr, NIC);
      out += v4(`${net(n.addr)}.255`, '255.255.255.255', 'On-link', n.addr, NIC);
    }
    for (const dest of ['224.0.0.0', '255.255.255.255']) {
      const mask = dest === '224.0.0.0' ? '240.0.0.0' : '255.255.255.255';
      out += v4(dest, mask, 'On-link', '127.0.0.1', LOOP);
      for (const n of nics) out += v4(dest, mask, 'On-link', n.addr, NIC);
    }
    // route -p add needs an elevated console, which the lab's is not: no persistent route is ever added
    out += RULE + 'Persistent Routes:\n  None\n';
  }
  if (only !== 4) {
    out += '\nIPv6 Route Table\n' + RULE + 'Active Routes:\n If Metric Network Destination      Gateway\n';
    out += v6(1, LOOP, '::1/128');
    for (const n of nics) out += v6(n.scope, NIC, 'fe80::/64');
    for (const n of [...nics].sort((a, b) => (a.linkLocal < b.linkLocal ? -1 : 1))) out += v6(n.scope, NIC, `${n.linkLocal}/128`);
    out += v6(1, LOOP, 'ff00::/8');
    for (const n of nics) out += v6(n.scope, NIC, 'ff00::/8');
    out += RULE + 'Persistent Routes:\n  None\n';
  }
  return out;
}

function cmp4(a: string, b: string): number {
  const n = (s: string) => s.split('.').reduce((x, y) => x * 256 + Number(y), 0);
  return n(a) - n(b);
}
