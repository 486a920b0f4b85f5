// ping of iputils 20210202.
import { type Host, Interrupt } from '../../types';
import { parseFlags } from '../../util';
import { def } from '../lib/guest';
import { resolveHost } from '../lib/net';

def({
  name: 'ping',
  summary: 'send ICMP ECHO_REQUEST to network hosts',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args, ['c', 'i', 'W', 'w']);
    const target = pos[0];
    if (!target) {
      ctx.err('ping: usage error: Destination address required\n');
      return 1;
    }
    const r = resolveHost(ctx, target);
    if (!r) {
      ctx.err(`ping: ${target}: Name or service not known\n`);
      return 2;
    }
    const count = flags.has('c') ? Number(flags.get('c')) : Infinity;
    const name = r.addr === target ? target : `${target} (${r.addr})`;
    ctx.out(`PING ${name} (${r.addr}) 56(84) bytes of data.\n`);
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
          ctx.out(`64 bytes from ${r.addr === target ? r.addr : `${target} (${r.addr})`}: icmp_seq=${sent} ttl=${local ? 64 : 117} time=${t < 1 ? t.toFixed(3) : t.toFixed(1)} ms\n`);
        } else if (sent % 3 === 0) {
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
