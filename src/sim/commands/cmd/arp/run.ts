// `arp` (loaded on first use): the host's ARP caches, one table per adapter (the LAN and each VirtualBox
// Host-Only adapter): the home router, the guests that run on a host-only network (their NIC's MAC address), the
// subnet broadcast and the multicast groups Windows joins on every adapter. -d and -s need an elevated console,
// which the lab's is not. The usage, its exit statuses and the messages follow a recorded session of arp.exe on
// Windows 11 (tests/golden/cmd/SOURCES.md).
import type { CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { hostNics } from '../shared';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);

/** The home router's LAN port. */
const ROUTER_MAC = 'c4-e9-0a-3b-71-d2';
const MULTICAST: [string, string][] = [
  ['224.0.0.22', '01-00-5e-00-00-16'],
  ['224.0.0.251', '01-00-5e-00-00-fb'],
  ['224.0.0.252', '01-00-5e-00-00-fc'],
  ['239.255.255.250', '01-00-5e-7f-ff-fa'],
];

interface Table {
  addr: string;
  index: number;
  entries: [ip: string, mac: string, type: 'dynamic' | 'static'][];
}

const isIp = (s: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && s.split('.').every((b) => Number(b) < 256);

function tables(ctx: CommandContext): Table[] {
  return hostNics(ctx).map((n) => {
    const net = n.addr.split('.').slice(0, 3).join('.');
    const entries: Table['entries'] = [];
    if (n.gateway) entries.push([n.gateway, ROUTER_MAC, 'dynamic']);
    const guests: Table['entries'] = [];
    for (const h of ctx.world.hosts.values()) {
      if (h.kind !== 'linux' || !h.up) continue;
      for (const i of h.ifaces) if (i.name !== 'lo' && i.name !== 'eth0' && i.addr.startsWith(net + '.')) guests.push([i.addr, i.mac.toLowerCase().replace(/:/g, '-'), 'dynamic']);
    }
    const last = (ip: string) => Number(ip.split('.')[3]);
    entries.push(...guests.sort((a, b) => last(a[0]) - last(b[0])));
    entries.push([`${net}.255`, 'ff-ff-ff-ff-ff-ff', 'static'], ...MULTICAST.map(([ip, mac]) => [ip, mac, 'static'] as Table['entries'][number]), ['255.255.255.255', 'ff-ff-ff-ff-ff-ff', 'static']);
    return { addr: n.addr, index: n.scope, entries };
  });
}

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const usage = function* (): CommandRun {
    ctx.out((yield { load: help }) as string);
    return 1;
  };
  const first = args[0]?.toLowerCase();
  if (first === '-d' || first === '/d' || first === '-s' || first === '/s') {
    if (args.length < (first.endsWith('s') ? 3 : 2)) return yield* usage();
    // the change is refused, and arp still exits 0
    ctx.err(`The ARP entry ${first.endsWith('d') ? 'deletion' : 'addition'} failed: The requested operation requires elevation.\n`);
    return 0;
  }
  if (first !== '-a' && first !== '/a' && first !== '-g' && first !== '/g') return yield* usage();
  let inet: string | undefined;
  let iface: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (/^[-/]n$/i.test(a)) {
      iface = args[++i];
      if (iface === undefined) return yield* usage();
    } else if (/^[-/]v$/i.test(a)) return yield* usage();
    else if (/^[-/]/.test(a)) return yield* usage();
    else if (inet === undefined) inet = a;
    else {
      ctx.err(`ARP: bad argument: ${a}\n`);
      return 1;
    }
  }
  if (inet !== undefined && !isIp(inet)) {
    ctx.err(`ARP: bad argument: ${inet}\n`);
    return 1;
  }
  let list = tables(ctx);
  if (iface !== undefined) {
    list = list.filter((t) => t.addr === iface);
    if (!list.length) {
      ctx.err(`ARP: bad argument: ${iface}\n`);
      return 1;
    }
  }
  let out = '';
  for (const t of list) {
    const rows = t.entries.filter((e) => inet === undefined || e[0] === inet);
    if (!rows.length) continue;
    out += `\nInterface: ${t.addr} --- 0x${t.index.toString(16)}\n  Internet Address      Physical Address      Type\n`;
    out += rows.map(([ip, mac, type]) => `  ${ip.padEnd(20)}  ${mac.padEnd(20)}  ${type.padEnd(10)}\n`).join('');
  }
  ctx.out(out || 'No ARP Entries Found.\n');
  return 0;
}

export { spec };
