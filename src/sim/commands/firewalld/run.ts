// firewall-cmd of firewalld 1.3 (Rocky 9.5). The box's kickstart says `firewall --disabled`: firewalld is
// installed but stopped and disabled, so every query but --state answers "FirewallD is not running" (exit 252)
// until `systemctl start firewalld`. Then the public zone with Rocky's default services, ports added at runtime
// or --permanent (kept until --reload), --list-*, --get-default-zone, --get-active-zones.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { guestState } from '../../guest-state';
import { def, isRoot, linuxOnly } from '../lib/guest';
import { ensureBoxUnit } from '../lib/box-units';

interface Zone {
  services: string[];
  ports: string[];
}
interface Fw {
  runtime: Zone;
  permanent: Zone;
}

function fwOf(ctx: CommandContext): Fw {
  const gs = guestState(ctx.world, ctx.host.id) as unknown as { firewall?: Fw };
  return (gs.firewall ??= { runtime: { services: ['cockpit', 'dhcpv6-client', 'ssh'], ports: [] }, permanent: { services: ['cockpit', 'dhcpv6-client', 'ssh'], ports: [] } });
}

function* firewallCmd(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const unit = ensureBoxUnit(ctx.host, 'firewalld.service');
  const running = unit?.active === 'active';
  if (args.includes('-h') || args.includes('--help')) {
    ctx.out('Usage: firewall-cmd [OPTIONS...]\n');
    return 0;
  }
  if (args.includes('--state')) {
    ctx.out(running ? 'running\n' : 'not running\n');
    return running ? 0 : 252;
  }
  if (!running) {
    ctx.out('FirewallD is not running\n');
    return 252;
  }
  const fw = fwOf(ctx);
  const permanent = args.includes('--permanent');
  const zone = permanent ? fw.permanent : fw.runtime;
  const changes = args.filter((a) => /^--(add|remove)-(port|service)=/.test(a));
  if ((changes.length || args.includes('--reload')) && !isRoot(ctx)) {
    ctx.err('Authorization failed.\n    Make sure polkit agent is running or run the application as superuser.\n');
    return 11;
  }
  if (args.includes('--reload')) {
    fw.runtime = { services: [...fw.permanent.services], ports: [...fw.permanent.ports] };
    ctx.out('success\n');
    return 0;
  }
  if (changes.length) {
    for (const c of changes) {
      const [, op, what, value] = /^--(add|remove)-(port|service)=(.*)$/.exec(c)!;
      if (what === 'port' && !/^\d+(-\d+)?\/(tcp|udp|sctp|dccp)$/.test(value)) {
        ctx.err(`Error: INVALID_PORT: ${value}\n`);
        return 102;
      }
      const list = what === 'port' ? zone.ports : zone.services;
      const has = list.includes(value);
      if (op === 'add') {
        if (has) ctx.err(`Warning: ALREADY_ENABLED: ${value}\n`);
        else list.push(value);
      } else if (!has) ctx.err(`Warning: NOT_ENABLED: ${value}\n`);
      else list.splice(list.indexOf(value), 1);
    }
    ctx.out('success\n');
    return 0;
  }
  const ifaces = ctx.host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.name).join(' ');
  if (args.includes('--get-default-zone')) ctx.out('public\n');
  else if (args.includes('--get-active-zones')) ctx.out(`public\n  interfaces: ${ifaces}\n`);
  else if (args.includes('--list-ports')) ctx.out(zone.ports.join(' ') + '\n');
  else if (args.includes('--list-services')) ctx.out(zone.services.join(' ') + '\n');
  else if (args.includes('--list-all'))
    ctx.out(
      `public${permanent ? '' : ' (active)'}\n  target: default\n  icmp-block-inversion: no\n  interfaces: ${permanent ? '' : ifaces}\n  sources: \n  services: ${zone.services.join(' ')}\n  ports: ${zone.ports.join(' ')}\n  protocols: \n  forward: yes\n  masquerade: no\n  forward-ports: \n  source-ports: \n  icmp-blocks: \n  rich rules: \n`,
    );
  else {
    ctx.err(`usage: see firewall-cmd man page\nfirewall-cmd: error: unrecognized arguments: ${args.join(' ')}\n`);
    return 2;
  }
  return 0;
}

def({ name: 'firewall-cmd', summary: 'firewalld command line client', available: linuxOnly, run: firewallCmd });
