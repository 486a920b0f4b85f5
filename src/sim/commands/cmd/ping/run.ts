// `ping`: sends ICMP echo requests to a host. What it does, as on Windows; its `/?` text is help.ts beside this file.
import { Interrupt, type CommandRun } from '../../../types';
import { type CmdCtx, hostOnlyNets } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const args = ctx.args;
  let count = 4;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (/^[-/]n$/i.test(args[i])) count = Number(args[++i] ?? 4) || 4;
    else if (/^[-/]t$/i.test(args[i])) count = Infinity;
    else if (/^[-/][lirsjkwvcS]$/.test(args[i])) i++;
    else if (/^[-/][afRp46]$/.test(args[i])) continue;
    else if (/^[-/]/.test(args[i])) {
      // an option ping does not know: `Bad option %s.` and the usage, on stdout (tests/golden/cmd/SOURCES.md)
      ctx.out(`Bad option ${args[i]}.\n` + ((yield { load: () => import('./help').then((m) => m.default) }) as string));
      return 1;
    } else target = args[i];
  }
  if (!target) {
    // without a target, ping prints its whole usage
    ctx.out((yield { load: () => import('./help').then((m) => m.default) }) as string);
    return 1;
  }
  let addr: string | null = null;
  let up = false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) {
    addr = target;
    up = target === '127.0.0.1' || target === '192.168.0.1' || target === '192.168.0.10' || target === '8.8.8.8';
    for (const h of ctx.world.hosts.values()) if (h.kind === 'linux' && h.ifaces.some((i) => i.addr === target && i.name !== 'eth0')) up = h.up;
    if (hostOnlyNets(ctx).some((n) => `${n}.1` === target) || target === '192.168.56.1') up = true;
  } else if (target.toLowerCase() === 'localhost') {
    addr = '::1';
    up = true;
  } else if (target === 'google.com') {
    addr = '142.250.207.46';
    up = true;
  }
  if (!addr) {
    ctx.out(`Ping request could not find host ${target}. Please check the name and try again.\n`);
    return 1;
  }
  // the host answers for its own addresses with Windows' initial TTL of 128 (public transcripts of `ping 127.0.0.1`);
  // the Linux guests and the router start at 64
  const own = addr.startsWith('127.') || addr === '192.168.0.10' || addr === '192.168.56.1' || hostOnlyNets(ctx).some((n) => `${n}.1` === addr);
  const ttl = addr.startsWith('142.') ? 117 : own ? 128 : 64;
  ctx.out(`\nPinging ${addr === target ? addr : `${target} [${addr}]`} with 32 bytes of data:\n`);
  let sent = 0;
  let recv = 0;
  try {
    while (sent < count) {
      sent++;
      yield { wait: up ? 1000 : 4000 };
      if (up) {
        recv++;
        ctx.out(addr === '::1' ? 'Reply from ::1: time<1ms \n' : `Reply from ${addr}: bytes=32 time${addr.startsWith('142.') ? '=31ms' : '<1ms'} TTL=${ttl}\n`);
      } else ctx.out('Request timed out.\n');
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  const lost = sent - recv;
  ctx.out(`\nPing statistics for ${addr}:\n    Packets: Sent = ${sent}, Received = ${recv}, Lost = ${lost} (${Math.round((lost / Math.max(1, sent)) * 100)}% loss),\n`);
  if (recv) {
    const t = addr.startsWith('142.') ? 31 : 0;
    ctx.out(`Approximate round trip times in milli-seconds:\n    Minimum = ${t}ms, Maximum = ${t}ms, Average = ${t}ms\n`);
  }
  return recv ? 0 : 1;
}
