// tracepath of iputils 20210202 to a lab machine on a shared private network (VirtualBox host-only or internal:
// one hop). As main() and probe_ttl() run it: the first probe is 65535 bytes, the kernel refuses it locally with
// the device MTU (` 1?: [LOCALHOST] ... pmtu 1500`), the MTU change restarts the hop, so the reply from the target
// (ICMP port unreachable: `reached`) prints twice, then `Resume:` with hops 1 and back 1 (the reply's TTL 64).
// Destinations through the NAT gateway, down machines and this machine's own addresses are not modelled
// (DIFFERENCES.md). Round-trip times come from a hash of the seed, the hosts and the time.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { resolveHost } from '../../lib/net';
import { fnv32a } from '../../../hash';
import { spec } from './spec';

/** iputils_common.c strtol_or_err() with the message error() prints. */
function number(v: string, min: number, max: number): number | string {
  if (!/^\s*[-+]?\d+$/.test(v)) return `tracepath: invalid argument: '${v}'\n`;
  const n = Number(v);
  if (n < min || n > max) return `tracepath: invalid argument: '${v}': out of range: ${min} <= value <= ${max}\n`;
  return n;
}

const HOST_COLUMN_SIZE = 52;
const sameNet = (a: string, b: string, prefix: number) => {
  const n = (x: string) => x.split('.').reduce((s, o) => (s << 8) + Number(o), 0) >>> 0;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return ((n(a) & mask) >>> 0) === ((n(b) & mask) >>> 0);
};

/** getnameinfo() of an address: the first name /etc/hosts gives it, else the address. */
function nameOf(ctx: CommandContext, addr: string): string {
  const hosts = ctx.host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && hosts !== 'ENOENT' && hosts !== 'EISDIR')
    for (const l of hosts.split('\n')) {
      const [a, ...names] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (a === addr && names.length) return names[0];
    }
  return addr;
}

function* tracepath(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if (o.has('4') && o.has('6')) {
    ctx.err('tracepath: Only one -4 or -6 option may be specified\n');
    return 2;
  }
  for (const [k, min, max] of [['l', 0, 2147483647], ['m', 0, 255], ['p', 0, 65535]] as const) {
    const v = o.str(k);
    if (v === undefined) continue;
    const n = number(v, min, max);
    if (typeof n === 'string') {
      ctx.err(n);
      return 1;
    }
  }
  if (o.has('V')) {
    ctx.out('tracepath from iputils 20210202\n');
    return 0;
  }
  const ops = ctx.operands ?? [];
  if (ops.length !== 1) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 255;
  }
  // "host/port", when -p did not give the port
  let target = ops[0];
  if (o.str('p') === undefined && target.includes('/')) {
    const [h, port] = [target.slice(0, target.indexOf('/')), target.slice(target.indexOf('/') + 1)];
    const n = number(port, 0, 65535);
    if (typeof n === 'string') {
      ctx.err(n);
      return 1;
    }
    target = h;
  }
  const r = o.has('6') ? null : resolveHost(ctx, target);
  if (!r) {
    ctx.err(`tracepath: ${target}: ${o.has('6') ? 'Address family for hostname not supported' : 'Name or service not known'}\n`);
    return 1;
  }
  const maxHops = o.str('m') === undefined ? 30 : Number(o.str('m'));
  const mtu = o.str('l') === undefined ? 65535 : Number(o.str('l'));
  if (mtu <= 28) {
    ctx.err(`tracepath: pktlen must be within: 28 < value <= 2147483647\n`);
    return 1;
  }
  if (maxHops < 1) {
    ctx.out(`     Too many hops: pmtu ${mtu}\n     Resume: pmtu ${mtu} \n`);
    return 0;
  }
  const link = ctx.host.ifaces.find((i) => i.name !== 'eth0' && i.name !== 'lo' && sameNet(i.addr, r.addr, i.prefix));
  if (!link || !r.up || ctx.host.ifaces.some((i) => i.addr === r.addr)) return 0; // not modelled
  const name = o.has('n') ? r.addr : o.has('b') ? `${nameOf(ctx, r.addr)} (${r.addr})` : nameOf(ctx, r.addr);
  const col = name.length >= HOST_COLUMN_SIZE ? HOST_COLUMN_SIZE - 1 : name.length;
  const rtt = (n: number) => {
    const us = 250 + (fnv32a(`${ctx.world.seed}:${ctx.host.id}:${r.addr}:${ctx.world.now}:${n}`) % 700);
    return `${String(Math.floor(us / 1000)).padStart(3)}.${String(us % 1000).padStart(3, '0')}ms `;
  };
  const pmtu = Math.min(mtu, 1500);
  let out = mtu > 1500 ? ` 1?: ${'[LOCALHOST]'.padEnd(32)} pmtu 1500\n` : '';
  const hop = (n: number) => ` 1:  ${name}${' '.repeat(HOST_COLUMN_SIZE - col)}${rtt(n)}reached\n`;
  // the hop restarts when the first probe changed the MTU
  out += mtu > 1500 ? hop(1) + hop(2) : hop(1);
  out += `     Resume: pmtu ${pmtu} hops 1 back 1 \n`;
  ctx.out(out);
  return 0;
}

def({ name: 'tracepath', summary: 'traces path to a network host discovering MTU along this path', spec, run: tracepath });
