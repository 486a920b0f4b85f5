// A TCP connection attempt from the current guest, as the kernel answers it: the addresses a name resolves to
// (resolveName: /etc/hosts, localhost as ::1 then 127.0.0.1), the guest answering at an address (its own loopback
// and addresses, a neighbour on the lab's networks), and whether a socket listens there (lib/sockets.ts: what ss
// shows on that guest). No guest at the address, or a guest that is down: the SYN gets no answer.
import type { CommandContext } from '../../context';
import { hostAt, resolveName } from '../openssh/lib/remote';
import { sockets } from './sockets';

export type ConnectResult = 'open' | 'refused' | 'timeout';

/** The addresses connect() tries, in order; null when the name does not resolve. */
export function connectTargets(ctx: CommandContext, name: string): string[] | null {
  if (name === '::1') return ['::1'];
  const addr = resolveName(ctx, name);
  if (addr === null) return null;
  return addr === '::1' ? ['::1', '127.0.0.1'] : [addr];
}

/** What a SYN to addr:port meets. */
export function tcpConnect(ctx: CommandContext, addr: string, port: number): ConnectResult {
  const host = hostAt(ctx, addr);
  if (!host || !host.up) return 'timeout';
  const v6 = addr.includes(':');
  const own = host === ctx.host;
  const listening = sockets({ ...ctx, host }).some((s) => {
    if (s.proto !== 'tcp' || s.state !== 'LISTEN' || s.port !== port) return false;
    if (s.local === '*') return true;
    if (s.local === '0.0.0.0') return !v6 && (own || !addr.startsWith('127.'));
    // a [::] socket without IPV6_V6ONLY (bindv6only=0) takes IPv4 connections too
    if (s.local === '[::]') return v6 || own || !addr.startsWith('127.');
    return s.local.replace(/^\[|\]$/g, '') === addr;
  });
  return listening ? 'open' : 'refused';
}
