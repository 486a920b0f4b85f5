// traceroute 2.1.0 (Rocky 9's traceroute-2.1.0-18.el9) on the guest: its CLIF argument parsing (libsupp/clif.c)
// with the messages and status 2 of the built 2.1.0, the checks main() makes after it, and the default UDP trace
// to this machine's own addresses and to the lab machines on a shared private network (one hop: the target
// answers the first probes with port unreachable). The header line is print_header()'s, each hop print_probe()'s
// " N  name (addr)  T ms" with the name getnameinfo() gives (/etc/hosts, else the address). Destinations through
// the NAT gateway and hosts that are down are not modelled (DIFFERENCES.md). Times come from a hash of the seed,
// the hosts and the time.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { fnv32a } from '../../hash';
import { def } from '../lib/guest';
import { resolveHost } from '../lib/net';
import { hasCommand } from '../lib/where';
import { spec } from './spec';

/** Options taking an argument: short letter, long name, the name of the argument in messages. */
const WITH_ARG: Record<string, [string, string]> = {
  f: ['first', 'first_ttl'], g: ['gateway', 'gate,...'], i: ['interface', 'device'], m: ['max-hops', 'max_ttl'],
  N: ['sim-queries', 'squeries'], p: ['port', 'port'], t: ['tos', 'tos'], l: ['flowlabel', 'flow_label'],
  w: ['wait', 'MAX,HERE,NEAR'], q: ['queries', 'nqueries'], s: ['source', 'src_addr'], z: ['sendwait', 'sendwait'],
  M: ['module', 'name'], O: ['options', 'OPTS,...'], P: ['protocol', 'prot'],
};
const FLAGS: Record<string, string> = { '4': '', '6': '', d: 'debug', F: 'dont-fragment', I: 'icmp', T: 'tcp', n: '', r: '', e: 'extensions', A: 'as-path-lookups', U: 'udp', D: 'dccp', V: 'version' };
const LONG_ONLY_ARG = new Set(['sport', 'fwmark']);
const LONG_ONLY = new Set(['help', 'mtu', 'back']);
const MODULES = new Set(['default', 'icmp', 'tcp', 'tcpconn', 'udp', 'udplite', 'raw', 'dccp']);
const NUMERIC = new Set(['f', 'm', 'N', 'p', 't', 'q', 'sport', 'fwmark', 'P', 'l']);

const sameNet = (a: string, b: string, prefix: number) => {
  const n = (x: string) => x.split('.').reduce((s, o) => (s << 8) + Number(o), 0) >>> 0;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return ((n(a) & mask) >>> 0) === ((n(b) & mask) >>> 0);
};

/** getnameinfo() without NI_NAMEREQD: the first /etc/hosts name of the address, else the address. */
function nameOf(ctx: CommandContext, addr: string): string {
  const hosts = ctx.host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && hosts !== 'ENOENT' && hosts !== 'EISDIR')
    for (const l of hosts.split('\n')) {
      const [a, ...names] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (a === addr && names.length) return names[0];
    }
  return addr;
}

function* traceroute(ctx: CommandContext): CommandRun {
  const prog = ctx.argv0 ?? ctx.name;
  const fail = (m: string) => {
    ctx.err(m + '\n');
    return 2;
  };
  if (!ctx.args.length) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help(prog));
    return 0;
  }
  const o = new Map<string, string>();
  const flags = new Set<string>();
  const pos: string[] = [];
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const n = i + 1;
    if (a === '--') {
      pos.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, val] = a.slice(2).split(/=(.*)/s, 2);
      const short = Object.keys(WITH_ARG).find((k) => WITH_ARG[k][0] === name);
      if (name === 'help') {
        ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help(prog));
        return 0;
      }
      if (name === 'version') {
        ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).version);
        return 0;
      }
      if (short || LONG_ONLY_ARG.has(name)) {
        if (val === undefined) return fail(`Option \`--${name}' (argc ${n}) requires an argument: \`--${name}=${short ? WITH_ARG[short][1] : 'num'}'`);
        const key = short ?? name;
        if (NUMERIC.has(key) && !/^-?\d+$/.test(val)) return fail(`Cannot handle \`--${name}' option with arg \`${val}' (argc ${n})`);
        o.set(key, val);
        continue;
      }
      const flag = Object.keys(FLAGS).find((k) => FLAGS[k] && FLAGS[k] === name);
      if (flag || LONG_ONLY.has(name)) {
        flags.add(flag ?? name);
        continue;
      }
      return fail(`Bad option \`${a}' (argc ${n})`);
    }
    if (a.startsWith('-') && a.length > 1) {
      if (a === '-UL') {
        flags.add('UL');
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (WITH_ARG[c]) {
          let val = a.slice(j + 1);
          let at = n;
          if (!val) {
            if (i + 1 >= args.length) return fail(`Option \`-${c}' (argc ${n}) requires an argument: \`-${c} ${WITH_ARG[c][1]}'`);
            val = args[++i];
            at = i + 1;
          }
          if (NUMERIC.has(c) && !/^-?\d+$/.test(val)) return fail(`Cannot handle \`-${c}' option with arg \`${val}' (argc ${at})`);
          o.set(c, val);
          break;
        }
        if (!(c in FLAGS)) return fail(`Bad option \`-${c}' (argc ${n})`);
        if (c === 'V') {
          ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).version);
          return 0;
        }
        flags.add(c);
      }
      continue;
    }
    // the host, then the packet length (CLIF arg_list); each is handled as it comes
    pos.push(a);
    if (pos.length === 1) {
      // getaddrinfo(): a dotted quad with an octet over 255 is no address, and DNS knows no such name
      const bad = /^\d+\.\d+\.\d+\.\d+$/.test(a) && a.split('.').some((x) => Number(x) > 255);
      const r = flags.has('6') || bad ? null : resolveHost(ctx, a);
      if (!r) {
        ctx.err(`${a}: ${flags.has('6') && !bad && /^\d+\.\d+\.\d+\.\d+$/.test(a) ? 'Address family for hostname not supported' : 'Name or service not known'}\n`);
        return fail(`Cannot handle "host" cmdline arg \`${a}' on position 1 (argc ${n})`);
      }
    } else if (pos.length === 2) {
      if (!/^\d+$/.test(a)) return fail(`Cannot handle "packetlen" cmdline arg \`${a}' on position 2 (argc ${n})`);
    } else return fail(`Extra arg \`${a}' (position ${pos.length}, argc ${n})`);
  }
  if (!pos.length) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help(prog));
    return 0;
  }
  const module = o.get('M') ?? (flags.has('I') ? 'icmp' : flags.has('T') ? 'tcp' : flags.has('U') ? 'udp' : flags.has('UL') ? 'udplite' : flags.has('D') ? 'dccp' : 'default');
  if (!MODULES.has(module)) return fail(`Unknown traceroute module ${module}`);
  const first = Number(o.get('f') ?? 1);
  const maxHops = Number(o.get('m') ?? 30);
  const queries = Number(o.get('q') ?? 3);
  if (!first || first > maxHops) return fail('first hop out of range');
  if (maxHops > 255) return fail('max hops cannot be more than 255');
  if (!queries || queries > 10) return fail('no more than 10 probes per hop');
  if (o.has('w')) {
    const w = o.get('w')!.split(',').map((x) => Number(x) || 0);
    while (w.length < 3) w.push(0);
    if (w.some((x) => x < 0)) return fail(`bad wait specifications \`${w.join(',')}' used`);
  }
  const len = pos[1] === undefined ? 60 : Number(pos[1]);
  if (len > 65000) return fail(`too big packetlen ${len} specified`);
  const r = resolveHost(ctx, pos[0])!;
  // the probe size: 20 bytes of IP header and at least the module's own header (8 for UDP and ICMP)
  const size = Math.max(len, 28);
  let out = `traceroute to ${pos[0]} (${r.addr}), ${maxHops} hops max, ${size} byte packets\n`;
  const own = r.addr.startsWith('127.') || ctx.host.ifaces.some((i) => i.addr === r.addr);
  const link = ctx.host.ifaces.find((i) => i.name !== 'eth0' && i.name !== 'lo' && sameNet(i.addr, r.addr, i.prefix));
  if ((own || (link && r.up)) && first === 1) {
    const name = flags.has('n') ? r.addr : `${nameOf(ctx, r.addr)} (${r.addr})`;
    let line = ` 1  ${name}`;
    for (let q = 0; q < queries; q++) {
      const base = own ? 5 : 250;
      const us = base + (fnv32a(`${ctx.world.seed}:${ctx.host.id}:${r.addr}:${ctx.world.now}:tr${q}`) % (own ? 40 : 700));
      line += `  ${(us / 1000).toFixed(3)} ms`;
    }
    out += line + '\n';
  }
  ctx.out(out);
  return 0;
}

def({ name: 'traceroute', available: (h) => hasCommand(h, 'traceroute'), summary: 'print the route packets trace to network host', spec, run: traceroute });
