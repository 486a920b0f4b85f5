// `tracert` (loaded on first use): the hops from the host as the world's network has them. A guest on a
// VirtualBox Host-Only network is one hop away (the network is on-link); the home router is the first hop to
// anything beyond the LAN, and the world knows no router past it, so a public name's address is the second hop.
// A hop that does not answer prints `*` three times, each after the `-w` timeout (4 s by default), up to `-h` hops
// (30). Layout: public Windows transcripts (tests/golden/cmd/SOURCES.md).
import { Interrupt, type CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { PUBLIC_HOSTS } from '../../../net/hosts';
import { fnv32a } from '../../../hash';
import { hostNics } from '../shared';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);
const isIp = (s: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && s.split('.').every((b) => Number(b) < 256);

/** Each probe's column: `    <1 ms`, `    31 ms` or `     *   `. */
const probe = (ms: number | null) => (ms === null ? '     *   ' : `${(ms < 1 ? '<1' : String(ms)).padStart(6)} ms`);

/** The hops to `addr` (each its address and round-trip time), and whether the last one is the target. */
function path(ctx: CommandContext, addr: string): { hops: [string, number][]; reached: boolean } {
  const nics = hostNics(ctx);
  const net = (a: string) => a.split('.').slice(0, 3).join('.');
  if (addr.startsWith('127.') || nics.some((n) => n.addr === addr)) return { hops: [[addr, 0]], reached: true };
  const local = nics.find((n) => net(n.addr) === net(addr));
  if (local) {
    if (local.gateway === addr) return { hops: [[addr, 0]], reached: true };
    for (const h of ctx.world.hosts.values())
      if (h.kind === 'linux' && h.up && h.ifaces.some((i) => i.addr === addr && i.name !== 'eth0' && i.name !== 'lo')) return { hops: [[addr, 0]], reached: true };
    return { hops: [], reached: false };
  }
  const router = nics.find((n) => n.gateway)!.gateway;
  const known = Object.values(PUBLIC_HOSTS).includes(addr) || addr === '8.8.8.8' || addr === '1.1.1.1';
  if (!known) return { hops: [[router, 1]], reached: false };
  const rtt = addr === PUBLIC_HOSTS['google.com'] ? 31 : 8 + (fnv32a(addr) % 40);
  return { hops: [[router, 1], [addr, rtt]], reached: true };
}

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  let max = 30;
  let wait = 4000;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '/?' || a === '-?') {
      ctx.out((yield { load: help }) as string);
      return 0;
    }
    if (/^[-/]h$/i.test(a)) max = Number(args[++i]) || max;
    else if (/^[-/]w$/i.test(a)) wait = Number(args[++i]) || wait;
    else if (/^[-/][jS]$/.test(a)) i++;
    else if (/^[-/][dR46]$/.test(a)) continue;
    else if (/^[-/]/.test(a)) {
      ctx.out(`${a} is not a valid command option.\n` + ((yield { load: help }) as string));
      return 1;
    } else target = a;
  }
  if (!target) {
    ctx.out((yield { load: help }) as string);
    return 1;
  }
  const addr = isIp(target) ? target : target.toLowerCase() === 'localhost' ? '127.0.0.1' : PUBLIC_HOSTS[target.toLowerCase()];
  if (!addr) {
    ctx.out(`Unable to resolve target system name ${target}.\n`);
    return 1;
  }
  ctx.out(isIp(target) ? `\nTracing route to ${addr} over a maximum of ${max} hops\n\n` : `\nTracing route to ${target} [${addr}]\nover a maximum of ${max} hops:\n\n`);
  const { hops, reached } = path(ctx, addr);
  try {
    for (let n = 1; n <= max; n++) {
      const hop = hops[n - 1];
      const num = String(n).padStart(3);
      if (hop) {
        yield { wait: Math.max(30, hop[1] * 3) };
        ctx.out(`${num}${probe(hop[1])}${probe(hop[1])}${probe(hop[1])}  ${hop[0]}\n`);
        if (reached && n === hops.length) break;
        continue;
      }
      let line = num;
      for (let p = 0; p < 3; p++) {
        yield { wait };
        line += probe(null);
      }
      ctx.out(`${line}  Request timed out.\n`);
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    return 1;
  }
  ctx.out('\nTrace complete.\n');
  return 0;
}

export { spec };
