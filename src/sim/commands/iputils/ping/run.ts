// ping of iputils 20210202: replies from the lab's machines, unreachable hosts, -c, -w, -q; -V (options, help
// and usage errors in spec.ts).
import { Interrupt } from '../../../types';
import { def } from '../../lib/guest';
import { resolveHost } from '../../lib/net';
import { spec } from './spec';

/** iputils_common.c strtol_or_err(): the number, or the message ping exits 1 with. */
function number(name: string, v: string, min: number, max: string): number | string {
  if (!/^[-+]?\d+$/.test(v.trim()) || v !== v.trimEnd()) return `ping: ${name}: '${v}'\n`;
  const n = Number(v);
  if (n < min || n > Number(max)) return `ping: ${name}: '${v}': out of range: ${min} <= value <= ${max}\n`;
  return n;
}

def({
  name: 'ping',
  summary: 'send ICMP ECHO_REQUEST to network hosts',
  spec,
  *run(ctx) {
    const o = ctx.opts!;
    if (o.has('V')) {
      ctx.out('ping from iputils 20210202\n');
      return 0;
    }
    const c = o.str('c') === undefined ? Infinity : number('invalid argument', o.str('c')!, 1, '9223372036854775807');
    const w = o.str('w') === undefined ? Infinity : number('invalid argument', o.str('w')!, 0, '2147483647');
    for (const v of [c, w]) {
      if (typeof v === 'string') {
        ctx.err(v);
        return 1;
      }
    }
    const quiet = o.has('q');
    const ops = ctx.operands ?? [];
    // ping.c: the destination is the last operand
    const target = ops[ops.length - 1];
    if (!target) {
      ctx.err('ping: usage error: Destination address required\n');
      return 1;
    }
    const r = resolveHost(ctx, target);
    if (!r) {
      ctx.err(`ping: ${target}: Name or service not known\n`);
      return 2;
    }
    const count = Math.min(c as number, (w as number) === Infinity ? Infinity : Math.max(1, w as number));
    ctx.out(`PING ${target} (${r.addr}) 56(84) bytes of data.\n`);
    const times: number[] = [];
    let sent = 0;
    const start = ctx.world.now;
    const local = r.addr.startsWith('192.168.') || r.addr.startsWith('10.') || r.addr.startsWith('127.');
    try {
      while (sent < count) {
        sent++;
        if (r.up) {
          const t = local ? 0.3 + ctx.world.rng.next() * 0.6 : 30 + ctx.world.rng.next() * 8;
          times.push(t);
          if (!quiet) ctx.out(`64 bytes from ${r.addr === target ? r.addr : `${target} (${r.addr})`}: icmp_seq=${sent} ttl=${local ? 64 : 117} time=${t < 1 ? t.toFixed(3) : t.toFixed(1)} ms\n`);
        } else if (sent % 3 === 0 && !quiet) {
          const me = ctx.host.ifaces.find((i) => i.name === 'eth1')?.addr ?? '10.0.2.15';
          ctx.out(`From ${me} icmp_seq=${sent - 2} Destination Host Unreachable\nFrom ${me} icmp_seq=${sent - 1} Destination Host Unreachable\nFrom ${me} icmp_seq=${sent} Destination Host Unreachable\n`);
        }
        if (sent < count) yield { wait: 1000 };
      }
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
    }
    const elapsed = ctx.world.now - start;
    const recv = times.length;
    const loss = Math.round(((sent - recv) / sent) * 100);
    ctx.out(`\n--- ${target} ping statistics ---\n${sent} packets transmitted, ${recv} received, ${r.up ? '' : `+${sent} errors, `}${loss}% packet loss, time ${Math.max(0, elapsed - (recv ? 0 : 0))}ms\n`);
    if (recv) {
      const min = Math.min(...times);
      const max = Math.max(...times);
      const avg = times.reduce((a, b) => a + b, 0) / recv;
      const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / recv);
      ctx.out(`rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`);
    }
    return recv ? 0 : 1;
  },
});
