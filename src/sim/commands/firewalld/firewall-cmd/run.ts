// firewall-cmd of firewalld 1.3.4 (Rocky 9.5; options, help and usage errors in spec.ts). The box's kickstart says `firewall --disabled`: firewalld is
// installed but stopped and disabled, so every query but --state answers "FirewallD is not running" (exit 252)
// until `systemctl start firewalld`. Then the public zone with Rocky's default services, ports added at runtime
// or --permanent (kept until --reload), --list-*, --get-default-zone, --get-active-zones.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { guestState } from '../../../guest-state';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { ensureBoxUnit } from '../../lib/box-units';
import { spec, USAGE } from './spec';

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
  // the options as argparse resolved them (prefixes expanded, `--opt value` as `--opt=value`)
  const args = ctx.opts!.list.map((o) => `--${o.key}${o.value === true ? '' : '=' + o.value}`);
  const unit = ensureBoxUnit(ctx.host, 'firewalld.service');
  const running = unit?.active === 'active';
  if (!args.length) {
    ctx.err(`State: ${running ? 'running' : 'not running'}\n\nNo options specified\n${USAGE}`);
    return 2;
  }
  if (args.includes('--state')) {
    if (running) ctx.out('running\n');
    else ctx.err('not running\n');
    return running ? 0 : 252;
  }
  if (!running) {
    ctx.err('FirewallD is not running\n');
    return 252;
  }
  if (args.includes('--version')) {
    ctx.out('1.3.4\n');
    return 0;
  }
  const fw = fwOf(ctx);
  const permanent = args.includes('--permanent');
  const zone = permanent ? fw.permanent : fw.runtime;
  const changes = args.filter((a) => /^--(add|remove)-(port|service)=/.test(a));
  if ((changes.length || args.includes('--reload')) && !isRoot(ctx)) {
    ctx.err('Authorization failed.\n    Make sure polkit agent is running or run the application as superuser.\n');
    return 253;
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
  else if (args.includes('--get-zones')) ctx.out('block dmz drop external home internal nm-shared public trusted work\n');
  else if (args.includes('--list-ports')) ctx.out(zone.ports.join(' ') + '\n');
  else if (args.includes('--list-services')) ctx.out(zone.services.join(' ') + '\n');
  else if (args.includes('--list-all'))
    ctx.out(
      `public${permanent ? '' : ' (active)'}\n  target: default\n  icmp-block-inversion: no\n  interfaces: ${permanent ? '' : ifaces}\n  sources: \n  services: ${zone.services.join(' ')}\n  ports: ${zone.ports.join(' ')}\n  protocols: \n  forward: yes\n  masquerade: no\n  forward-ports: \n  source-ports: \n  icmp-blocks: \n  rich rules: \n`,
    );
  // the other queries and changes of firewalld (zones, policies, ipsets, direct rules, ...) are not modelled
  return 0;
}

def({ name: 'firewall-cmd', summary: 'firewalld command line client', available: linuxOnly, spec, run: firewallCmd });
