// firewalld's table as nft lists it while firewalld runs: the ruleset firewalld 1.3.4 sets up over the box's
// configuration (ruleset-data.ts), with a line per interface of the guest where the recording has IFACE (the zone
// dispatch rules are inserted, so the last interface comes first; the forward rules are appended), and the public
// zone's allow chain made from firewall-cmd's runtime services and ports (commands/firewalld).
import type { CommandContext } from '../../../context';
import { guestState } from '../../../guest-state';
import { BASE, SERVICE_PORTS } from './ruleset-data';

/** The rules of the recording's allow chain for the zone's default services, in the zone file's order. */
const DEFAULT_RULES: [string, string][] = [
  ['ssh', 'tcp dport 22 accept'],
  ['dhcpv6-client', 'ip6 daddr fe80::/64 udp dport 546 accept'],
  ['cockpit', 'tcp dport 9090 accept'],
];

export function firewalldTable(ctx: CommandContext): string {
  const ifaces = ctx.host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.name);
  const fw = (guestState(ctx.world, ctx.host.id) as unknown as { firewall?: { runtime: { services: string[]; ports: string[] } } }).firewall?.runtime ?? {
    services: ['cockpit', 'dhcpv6-client', 'ssh'],
    ports: [],
  };
  const allow = [
    ...DEFAULT_RULES.filter(([s]) => fw.services.includes(s)).map(([, r]) => r),
    ...fw.services.filter((s) => !DEFAULT_RULES.some(([d]) => d === s)).flatMap((s) => (SERVICE_PORTS[s] ?? '').split(',').filter(Boolean).map((p) => `${p.replace(' ', ' dport ')} accept`)),
    ...fw.ports.map((p) => {
      const [port, proto] = p.split('/');
      return `${proto} dport ${port} accept`;
    }),
  ];
  const lines: string[] = [];
  let inAllow = false;
  for (const line of BASE.split('\n')) {
    if (line === '\tchain filter_IN_public_allow {') {
      inAllow = true;
      lines.push(line, ...allow.map((r) => `\t\t${r}`));
      continue;
    }
    if (inAllow) {
      if (line === '\t}') {
        inAllow = false;
        lines.push(line);
      }
      continue;
    }
    if (line.includes('"IFACE"')) {
      const order = / goto /.test(line) ? [...ifaces].reverse() : ifaces;
      lines.push(...order.map((i) => line.replace('"IFACE"', `"${i}"`)));
    } else lines.push(line);
  }
  return lines.join('\n');
}
