// /proc/net/tcp, tcp6, udp and udp6 of Linux 5.14: the sockets ss lists (commands/lib/sockets.ts), in ss's order,
// as net/ipv4/tcp_ipv4.c get_tcp4_sock, net/ipv6/tcp_ipv6.c get_tcp6_sock, net/ipv4/udp.c udp4_format_sock and
// net/ipv6/datagram.c __ip6_dgram_sock_seq_show print them. What the kernel keeps and the model does not is derived
// or fixed (DIFFERENCES.md): the socket inodes (a hash of the socket), the pointer (as %pK hides it), the UDP hash
// bucket (the port in a table sized for the guest's memory, net_hash_mix taken as 0).
import type { CommandContext } from '../../../context';
import { sockets, type Sock } from '../sockets';
import { processes } from '../procs';
import { fnv } from './tree';

const h8 = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
const h4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
/** A __be32 printed %08X on a little-endian machine: the bytes reversed. */
const v4 = (ip: string) => ip.split('.').map((o) => Number(o).toString(16).toUpperCase().padStart(2, '0')).reverse().join('');
/** An in6_addr as four s6_addr32 words, each %08X (so each word's bytes reversed). */
function v6(ip: string): string {
  const a = ip.replace(/^\[|\]$/g, '');
  const [l, r] = a.split('::');
  const left = l ? l.split(':') : [];
  const right = r !== undefined && r ? r.split(':') : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right].map((g) => g.padStart(4, '0'));
  let out = '';
  for (let w = 0; w < 4; w++) out += (groups[w * 2] + groups[w * 2 + 1]).match(/../g)!.reverse().join('').toUpperCase();
  return out;
}

const isV6 = (s: Sock) => s.local === '*' || s.local.startsWith('[');
const addr = (s: Sock, ip: string) => (isV6(s) ? v6(ip === '*' || ip === '0.0.0.0' ? '::' : ip) : v4(ip === '*' ? '0.0.0.0' : ip));

/** The socket's inode (sock_i_ino): a number the kernel gave at boot, derived from the socket. */
export function sockIno(ctx: CommandContext, s: Sock): number {
  return 17_000 + (fnv(`${ctx.world.seed}:${ctx.host.id}:${s.proto}:${s.local}:${s.port}:${s.peer}`) % 30_000);
}

/** TCP states of include/net/tcp_states.h. */
const TCP_STATE: Record<Sock['state'], number> = { ESTAB: 1, LISTEN: 10, UNCONN: 7 };

interface Row { s: Sock; uid: number; ino: number }

function rows(ctx: CommandContext, proto: Sock['proto'], v6: boolean): Row[] {
  const procs = processes(ctx);
  const all = sockets(ctx);
  const owner = (s: Sock) => procs.find((p) => p.pid === s.users[0]?.[1])?.uid ?? 0;
  // an accepted connection's inode belongs to whom accepted it: the listener's owner (sshd's, root)
  const uid = (s: Sock) => owner(s.state === 'ESTAB' ? (all.find((l) => l.state === 'LISTEN' && l.proto === s.proto && l.port === s.port) ?? s) : s);
  return all.filter((s) => s.proto === proto && isV6(s) === v6).map((s) => ({ s, uid: uid(s), ino: sockIno(ctx, s) }));
}

/** The TCP fields after the addresses: a listener's retransmit timeout 1 s (100 ticks), cwnd 10; the login's connection is kept alive (sshd's TCPKeepAlive: timer 2, 7200 s) in initial slow start. */
function tcpTail(r: Row, i: number, local: string, peer: string): string {
  const { s } = r;
  const listen = s.state === 'LISTEN';
  const timer = listen ? '00:00000000' : `02:${h8(720_000 - 100)}`;
  const head = `${String(i).padStart(4)}: ${local}:${h4(s.port)} ${peer}:${h4(Number(s.peerPort) || 0)} ${TCP_STATE[s.state].toString(16).toUpperCase().padStart(2, '0')} ${h8(0)}:${h8(0)} ${timer} ${h8(0)} ${String(r.uid).padStart(5)} ${String(0).padStart(8)} ${r.ino}`;
  return `${head} ${listen ? 1 : 2} 0000000000000000 ${listen ? '100 0 0 10 0' : '20 4 1 10 -1'}`;
}

/** /proc/net/tcp: each line padded to 149 characters (seq_setwidth TMPSZ - 1). */
export function tcp4(ctx: CommandContext): string {
  const head = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
  const lines = rows(ctx, 'tcp', false).map((r, i) => tcpTail(r, i, addr(r.s, r.s.local), addr(r.s, r.s.peer)));
  return [head, ...lines].map((l) => l.padEnd(149) + '\n').join('');
}

export function tcp6(ctx: CommandContext): string {
  const head = '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
  return head + rows(ctx, 'tcp', true).map((r, i) => tcpTail(r, i, addr(r.s, r.s.local), addr(r.s, r.s.peer)) + '\n').join('');
}

/** The UDP table's size (udp_table_init: one slot per 2 MiB of memory, 256 at least, a power of two). */
function udpSlots(ctx: CommandContext): number {
  const want = Math.max(256, Math.floor((ctx.host.sys?.memTotalKb ?? 2_000_000) / 2048));
  return 2 ** Math.ceil(Math.log2(want));
}

function udp(ctx: CommandContext, v6: boolean): string {
  const mask = udpSlots(ctx) - 1;
  const list = rows(ctx, 'udp', v6).map((r) => ({ ...r, bucket: r.s.port & mask })).sort((a, b) => a.bucket - b.bucket);
  const head = v6
    ? '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n'
    : '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops';
  const line = (r: (typeof list)[number]) =>
    `${String(r.bucket).padStart(5)}: ${addr(r.s, r.s.local)}:${h4(r.s.port)} ${addr(r.s, r.s.peer)}:0000 07 ${h8(0)}:${h8(0)} 00:00000000 ${h8(0)} ${String(r.uid).padStart(5)} ${String(0).padStart(8)} ${r.ino} 2 0000000000000000 0`;
  // udp4_seq_show pads to 127 characters; the IPv6 lines are not padded
  return v6 ? head + list.map((r) => line(r) + '\n').join('') : [head, ...list.map(line)].map((l) => l.padEnd(127) + '\n').join('');
}

export const udp4 = (ctx: CommandContext) => udp(ctx, false);
export const udp6 = (ctx: CommandContext) => udp(ctx, true);
