// ip of iproute2 6.2: its own argv (ip/ip.c main: options by prefix, the object by prefix in the table's order,
// then the object's command); address, route, link, neighbour and rule from the host's interfaces; each object's
// help and the unknown option / object / command lines in ip's words (spec.ts for Tab, help.ts for the texts).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { findUser } from '../../lib/accounts';
import { HELP_KEY, IP_OPTIONS, OBJECTS, spec } from './spec';
import { linkStats, statsText } from './stats';
import { linkLocal } from './link-local';
import { neighbours, routes } from '../../lib/routes';


/** lib/utils.c matches(): `word` is a non-empty prefix of `full`. */
const matches = (word: string, full: string) => word !== '' && full.startsWith(word);

type Help = typeof import('./help');

/** ip.c usage(): to stderr, exit(-1). */
function* usage(ctx: CommandContext, key?: string): CommandRun {
  const h = (yield { load: () => import('./help') }) as Help;
  if (key === 'stats') {
    ctx.err(h.stats);
    return 0;
  }
  ctx.err(key ? h.objects[key] : h.usage);
  return 255;
}

interface IpOpts {
  brief: boolean;
  /** -s given this many times (ip.c's show_stats). */
  stats?: number;
  family?: string;
}

function* ip(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  const o: IpOpts = { brief: false };
  while (args.length && args[0].startsWith('-')) {
    const word = args.shift()!;
    if (word === '--') break;
    const opt = word[1] === '-' ? word.slice(1) : word;
    const name = opt.slice(1);
    if (/^-c(o(l(o(r)?)?)?)?(=(always|auto|never)?)?$/.test(opt) && !opt.endsWith('=')) continue;
    const found = IP_OPTIONS.find((x) => (x.name.length === 1 ? name === x.name : matches(name, x.name)));
    if (!found || found.name === 'color' || (found.name === 'echo' && name !== 'echo')) {
      ctx.err(`Option "${word[1] === '-' ? opt : word}" is unknown, try "ip -help".\n`);
      return 255;
    }
    if (found.name === 'help') return yield* usage(ctx);
    if (found.name === 'Version') {
      ctx.out('ip utility, iproute2-6.2.0, libbpf 1.4.0\n');
      return 0;
    }
    if (found.value) {
      if (!args.length) return yield* usage(ctx);
      const v = args.shift()!;
      if (found.name === 'family') {
        if (v === 'help') return yield* usage(ctx);
        if (!['inet', 'inet6', 'mpls', 'bridge', 'link', 'dnet', 'ipx'].includes(v)) {
          ctx.err(`Error: argument "${v}" is wrong: invalid protocol family\n`);
          return 255;
        }
        o.family = v;
      }
      continue;
    }
    if (found.name === 'brief') o.brief = true;
    if (found.name === 'stats' || found.name === 'statistics') o.stats = (o.stats ?? 0) + 1;
    if (found.name === '4') o.family = 'inet';
    if (found.name === '6') o.family = 'inet6';
  }
  if (!args.length) return yield* usage(ctx);
  const word = args.shift()!;
  const obj = OBJECTS.find((x) => matches(word, x));
  if (!obj) {
    ctx.err(`Object "${word}" is unknown, try "ip help".\n`);
    return 1;
  }
  if (obj === 'help') return yield* usage(ctx);
  const key = HELP_KEY[obj] ?? obj;
  const cmd = args[0];
  if (cmd !== undefined && matches(cmd, 'help')) return yield* usage(ctx, key);
  return yield* object(ctx, key, args, o);
}

/** The commands (besides listing) of the objects modelled, and the name their unknown-command line uses. */
const COMMANDS: Record<string, { cmds: string[]; help: string }> = {
  address: { cmds: ['add', 'change', 'replace', 'delete', 'flush', 'save', 'showdump', 'restore'], help: 'address' },
  route: { cmds: ['get', 'add', 'delete', 'change', 'append', 'replace', 'flush', 'save', 'restore', 'showdump'], help: 'route' },
  link: { cmds: ['add', 'delete', 'set', 'xstats', 'afstats', 'property'], help: 'link' },
  neighbor: { cmds: ['add', 'delete', 'change', 'replace', 'flush', 'get'], help: 'neigh' },
  rule: { cmds: ['add', 'delete', 'flush', 'save', 'restore'], help: 'rule' },
};

/**
 * What ip says before it asks the kernel anything when a change lacks its operand: ipaddr_modify()'s "dev" (return
 * -1: exit 1), iproute_modify()'s destination (usage(): exit 255), iproute_get()'s address (exit 1), iplink_parse()'s
 * "dev" (exit(-1): 255) and "type" for add (exit 1). [message or 'usage', exit status]
 */
function notEnough(key: string, cmd: string, rest: string[]): [string, number] | undefined {
  const dev = 'Not enough information: "dev" argument is required.\n';
  if (key === 'address' && ['add', 'change', 'replace', 'delete'].some((c) => matches(cmd, c)) && !rest.includes('dev')) return [dev, 1];
  if (key === 'route' && matches(cmd, 'get') && !rest.length) return ['need at least a destination address\n', 1];
  if (key === 'route' && !matches(cmd, 'get') && ['add', 'delete', 'change', 'append', 'replace'].some((c) => matches(cmd, c)) && !rest.length) return ['usage', 255];
  if (key === 'link' && matches(cmd, 'add') && !rest.includes('type')) return ['Not enough information: "type" argument is required\n', 1];
  if (key === 'link' && (matches(cmd, 'set') || matches(cmd, 'delete')) && !rest.length) return [dev, 255];
  return undefined;
}

const ROUTE_WORDS = new Set(['to', 'from', 'iif', 'oif', 'dev', 'tos', 'dsfield', 'mark', 'vrf', 'uid', 'ipproto', 'sport', 'dport', 'connected', 'fibmatch', 'as']);

/** `ip route get ADDRESS` (IPv4): the route the guest's table gives, as iproute_get() prints the kernel's answer. */
function routeGet(ctx: CommandContext, rest: string[]): number {
  let addr: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    if (w === 'to') addr = rest[++i];
    else if (ROUTE_WORDS.has(w)) i += w === 'connected' || w === 'fibmatch' ? 0 : 1;
    else addr ??= w;
  }
  const quad = addr?.split('/')[0].split('.').map(Number);
  if (!addr || !quad || quad.length !== 4 || quad.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) {
    ctx.err(`Error: any valid prefix is expected rather than "${addr}".\n`);
    return 1;
  }
  const a = quad.join('.');
  const uid = findUser(ctx.host, ctx.frame.user)?.uid ?? 0;
  const net = (x: string) => x.split('.').slice(0, 3).join('.');
  const own = ctx.host.ifaces.find((i) => i.addr === a);
  if (quad[0] === 127 || own) ctx.out(`local ${a} dev lo src ${quad[0] === 127 ? '127.0.0.1' : a} uid ${uid} \n    cache <local> \n`);
  else {
    const i = ctx.host.ifaces.find((x) => x.name !== 'lo' && net(x.addr) === net(a));
    if (i && quad[3] === 255) ctx.out(`broadcast ${a} dev ${i.name} src ${i.addr} uid ${uid} \n    cache <local,brd> \n`);
    else if (i) ctx.out(`${a} dev ${i.name} src ${i.addr} uid ${uid} \n    cache \n`);
    else ctx.out(`${a} via 10.0.2.2 dev eth0 src 10.0.2.15 uid ${uid} \n    cache \n`);
  }
  return 0;
}

/** The command words each object lists with. */
const LIST = /^(l(i(s(t)?)?)?|s(h(o(w)?)?)?|lst)$/;

function* object(ctx: CommandContext, key: string, args: string[], o: IpOpts): CommandRun {
  const host = ctx.host;
  const cmd = args[0];
  const known = COMMANDS[key];
  if (cmd !== undefined && !LIST.test(cmd) && known) {
    if (!known.cmds.some((c) => matches(cmd, c))) {
      ctx.err(`Command "${cmd}" is unknown, try "ip ${known.help} help".\n`);
      return 255;
    }
    const missing = notEnough(key, cmd, args.slice(1));
    if (missing) {
      if (missing[0] === 'usage') return yield* usage(ctx, key);
      ctx.err(missing[0]);
      return missing[1];
    }
    if (key === 'route' && matches(cmd, 'get')) return routeGet(ctx, args.slice(1));
    // changes to addresses, routes, links and neighbours: the kernel wants CAP_NET_ADMIN; the lab's
    // network is what Vagrant set up, so a change as root is taken and not modelled
    if (['get', 'save', 'showdump', 'xstats', 'afstats'].some((c) => matches(cmd, c))) return 0;
    if (ctx.frame.user !== 'root') {
      ctx.err('RTNETLINK answers: Operation not permitted\n');
      return 2;
    }
    return 0;
  }
  const rest = cmd !== undefined && LIST.test(cmd) ? args.slice(1) : args;
  const devIdx = rest.findIndex((a) => a === 'dev');
  // NEXT_ARG(): a keyword at the end wants its value
  if ((devIdx >= 0 && devIdx === rest.length - 1) || (key === 'route' && rest[rest.length - 1] === 'table')) {
    ctx.err('Command line is not complete. Try option "help"\n');
    return 255;
  }
  const dev = devIdx >= 0 ? rest[devIdx + 1] : rest.find((a) => a !== 'up');
  if (key === 'address' || key === 'link') {
    // one device: a second word where the device goes is duparg2()'s garbage
    const words = rest.filter((a, i) => a !== 'up' && a !== 'dev' && rest[i - 1] !== 'dev');
    const extra = devIdx >= 0 ? words[0] : words[1];
    if (extra !== undefined && words.length) {
      ctx.err(`Error: either "dev" is duplicate, or "${extra}" is a garbage.\n`);
      return 255;
    }
  }
  if ((key === 'address' || key === 'link') && dev && !host.ifaces.some((i) => i.name === dev) && !podNet(ctx).links.some((l) => l.name === dev)) {
    ctx.err(`Device "${dev}" does not exist.\n`);
    return 1;
  }
  if (key === 'neighbor' && devIdx >= 0 && !host.ifaces.some((i) => i.name === dev)) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  const table = key === 'route' ? rest[rest.indexOf('table') + 1] : undefined;
  if (rest.includes('table') && table !== undefined && !/^(local|main|default|all|\d+)$/.test(table)) {
    ctx.err(`Error: argument "${table}" is wrong: table id value is invalid\n\n`);
    return 255;
  }
  const v6 = o.family === 'inet6';
  const v4 = o.family === 'inet';
  if (key === 'address') {
    if (o.brief) {
      ctx.out(host.ifaces.filter((i) => !dev || i.name === dev).map((i) => `${i.name.padEnd(16)} ${(i.name === 'lo' ? 'UNKNOWN' : 'UP').padEnd(14)} ${v6 || !i.addr ? '' : `${i.addr}/${i.prefix} `}${v4 ? '' : (i.name === 'lo' ? '::1/128' : linkLocal(i.mac) + '/64') + ' '}\n`).join(''));
      ctx.out(podNet(ctx).links.filter((l) => !dev || l.name === dev).map((l) => `${l.name.padEnd(16)} ${l.state.padEnd(14)} ${v6 ? '' : `${l.inet} `}${v4 ? '' : `${linkLocal(l.mac)}/64 `}\n`).join(''));
      return 0;
    }
    let out = '';
    host.ifaces.forEach((i, n) => {
      if (dev && i.name !== dev) return;
      const alt = ['enp0s3', 'enp0s8', 'enp0s9', 'enp0s10'][n - 1];
      if (i.name === 'lo') {
        out += `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n`;
        if (!o.family) out += `    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n`;
        if (!v6) out += `    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n`;
        if (!v4) out += `    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n`;
        if (o.stats) out += statsText(linkStats(ctx.world, host, i.name), o.stats);
        return;
      }
      const brd = i.addr.split('.').slice(0, 3).join('.') + '.255';
      out += `${n + 1}: ${i.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n`;
      if (!o.family) out += `    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n    altname ${alt}\n`;
      // an address NetworkManager took away (nmcli connection down) is gone from the interface
      if (!v6 && i.addr)
        out += i.name === 'eth0'
          ? `    inet ${i.addr}/${i.prefix} brd ${brd} scope global dynamic noprefixroute ${i.name}\n       valid_lft 86013sec preferred_lft 86013sec\n`
          : `    inet ${i.addr}/${i.prefix} brd ${brd} scope global noprefixroute ${i.name}\n       valid_lft forever preferred_lft forever\n`;
      if (!v4) out += `    inet6 ${linkLocal(i.mac)}/64 scope link noprefixroute \n       valid_lft forever preferred_lft forever\n`;
      if (o.stats) out += statsText(linkStats(ctx.world, host, i.name), o.stats);
    });
    podNet(ctx).links.forEach((l, k) => {
      if (dev && l.name !== dev) return;
      out += `${host.ifaces.length + k + 1}: ${l.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${l.mtu} qdisc noqueue state ${l.state} group default ${l.qlen ? `qlen ${l.qlen}` : ''}\n`;
      if (!o.family) out += `    link/ether ${l.mac} brd ff:ff:ff:ff:ff:ff\n`;
      if (!v6) out += `    inet ${l.inet}${l.brd ? ` brd ${l.brd}` : ''} scope global ${l.name}\n       valid_lft forever preferred_lft forever\n`;
      if (!v4) out += `    inet6 ${linkLocal(l.mac)}/64 scope link \n       valid_lft forever preferred_lft forever\n`;
    });
    ctx.out(out);
    return 0;
  }
  if (key === 'route') {
    if (v6) {
      ctx.out(host.ifaces.filter((i) => i.name !== 'lo').map((i) => `fe80::/64 dev ${i.name} proto kernel metric 1024 pref medium\n`).join(''));
      return 0;
    }
    // the main table in the kernel's order: by destination, then prefix length
    const lines: [number, number, string][] = routes(host).map((r) => [r.prefix === 0 ? 0 : ipNum(r.dest), r.prefix, r.prefix === 0 ? `default via ${r.gateway} dev ${r.iface} proto dhcp src ${r.src} metric ${r.metric} \n` : `${r.dest}/${r.prefix} dev ${r.iface} proto kernel scope link src ${r.src} metric ${r.metric} \n`]);
    for (const r of podNet(ctx).routes) lines.push([ipNum(r.dest), r.prefix, `${r.dest}/${r.prefix} ${r.text}\n`]);
    ctx.out(lines.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((l) => l[2]).join(''));
    return 0;
  }
  if (key === 'link' && o.brief) {
    // print_linkinfo() brief: name %-16s, state %-14s, the address, the flags
    ctx.out(host.ifaces.filter((i) => !dev || i.name === dev).map((i) => `${i.name.padEnd(16)} ${(i.name === 'lo' ? 'UNKNOWN' : 'UP').padEnd(14)} ${i.name === 'lo' ? '00:00:00:00:00:00' : i.mac} <${i.name === 'lo' ? 'LOOPBACK' : 'BROADCAST,MULTICAST'},UP,LOWER_UP> \n`).join(''));
    ctx.out(podNet(ctx).links.filter((l) => !dev || l.name === dev).map((l) => `${l.name.padEnd(16)} ${l.state.padEnd(14)} ${l.mac} <BROADCAST,MULTICAST,UP,LOWER_UP> \n`).join(''));
    return 0;
  }
  if (key === 'link') {
    ctx.out(host.ifaces.map((i, n) => (dev && i.name !== dev ? '' : `${n + 1}: ${i.name}: <${i.name === 'lo' ? 'LOOPBACK' : 'BROADCAST,MULTICAST'},UP,LOWER_UP> mtu ${i.name === 'lo' ? 65536 : 1500} qdisc ${i.name === 'lo' ? 'noqueue' : 'fq_codel'} state ${i.name === 'lo' ? 'UNKNOWN' : 'UP'} mode DEFAULT group default qlen 1000\n    link/${i.name === 'lo' ? 'loopback' : 'ether'} ${i.mac} brd ${i.name === 'lo' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}\n` + (o.stats ? statsText(linkStats(ctx.world, host, i.name), o.stats) : ''))).join(''));
    ctx.out(podNet(ctx).links.map((l, k) => (dev && l.name !== dev ? '' : `${host.ifaces.length + k + 1}: ${l.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${l.mtu} qdisc noqueue state ${l.state} mode DEFAULT group default ${l.qlen ? `qlen ${l.qlen}` : ''}\n    link/ether ${l.mac} brd ff:ff:ff:ff:ff:ff\n`)).join(''));
    return 0;
  }
  if (key === 'neighbor') {
    if (!v6) ctx.out(neighbours(host).map((n) => `${n.ip} dev ${n.dev} lladdr ${n.mac} REACHABLE\n`).join(''));
    return 0;
  }
  if (key === 'rule') {
    ctx.out(v6 ? '0:\tfrom all lookup local\n32766:\tfrom all lookup main\n' : '0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n');
    return 0;
  }
  // the other objects: nothing configured on the guests
  return 0;
}

/** The pod network's devices and routes on a cluster node (flannel.1, cni0), from the Kubernetes model once it is loaded. */
interface PodLink {
  name: string;
  state: string;
  mtu: number;
  qlen: number | null;
  mac: string;
  inet: string;
  brd: string | null;
}
function podNet(ctx: CommandContext): { links: PodLink[]; routes: { dest: string; prefix: number; text: string }[] } {
  const k8s = ctx.world.ext.get('k8s') as { links?(hostId: string): { links: PodLink[]; routes: { dest: string; prefix: number; text: string }[] } | null } | undefined;
  return k8s?.links?.(ctx.host.id) ?? { links: [], routes: [] };
}
const ipNum = (a: string) => a.split('.').reduce((n, x) => n * 256 + Number(x), 0);

def({ name: 'ip', summary: 'show / manipulate routing, network devices, interfaces and tunnels', spec, run: ip });
