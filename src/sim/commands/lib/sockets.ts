// The sockets a guest listens on, as ss shows them: the box's daemons (sshd, rpcbind, chronyd), containerd's
// streaming port, the kubelet, the control plane's host-network containers (kube-apiserver on *:6443, etcd on
// 2379-2381, the controller manager and scheduler on 127.0.0.1), kube-proxy, and what programs registered in
// net/listeners.ts (kubectl proxy, port-forward).
import type { CommandContext } from '../../context';
import { listenersOn } from '../../net/listeners';
import { sshPeerPort } from './ssh-env';
import { processes, type Proc } from './procs';

export interface Sock {
  proto: 'tcp' | 'udp';
  state: 'LISTEN' | 'UNCONN' | 'ESTAB';
  recvQ: number;
  sendQ: number;
  /** `0.0.0.0`, `127.0.0.1`, `[::]`, `*` (both families), a node address. */
  local: string;
  port: number;
  peer: string;
  peerPort: string;
  /** A registered program's user (ss -p shows a user the processes of its own sockets). */
  owner?: string;
  /** Owner, as ss -p names it: program, pid, fd. */
  users: [string, number, number][];
}

function nodeIp(ctx: CommandContext): string {
  return (ctx.host.ifaces.find((i) => i.name === 'eth1') ?? ctx.host.ifaces.find((i) => i.name !== 'lo'))?.addr ?? '10.0.2.15';
}

/** Every socket of the host (listening and the login's own connection), in the order ss lists them. */
export function sockets(ctx: CommandContext): Sock[] {
  const procs = processes(ctx);
  const by = (comm: string): Proc | undefined => procs.find((p) => p.comm === comm);
  const out: Sock[] = [];
  const tcp = (local: string, port: number, backlog: number, owner: Proc | undefined, fd: number, peer = local === '*' ? '*' : local.startsWith('[') ? '[::]' : '0.0.0.0') => {
    if (owner) out.push({ proto: 'tcp', state: 'LISTEN', recvQ: 0, sendQ: backlog, local, port, peer, peerPort: '*', users: [[owner.comm, owner.pid, fd]] });
  };
  const udp = (local: string, port: number, owner: Proc | undefined, fd: number) => {
    if (owner) out.push({ proto: 'udp', state: 'UNCONN', recvQ: 0, sendQ: 0, local, port, peer: local.startsWith('[') ? '[::]' : '0.0.0.0', peerPort: '*', users: [[owner.comm, owner.pid, fd]] });
  };
  const ip = nodeIp(ctx);
  const etcd = by('etcd');
  tcp(ip, 2379, 4096, etcd, 9);
  tcp('127.0.0.1', 2379, 4096, etcd, 8);
  tcp(ip, 2380, 4096, etcd, 7);
  tcp('127.0.0.1', 2381, 4096, etcd, 14);
  tcp('127.0.0.1', 10248, 4096, by('kubelet'), 22);
  tcp('127.0.0.1', 10249, 4096, by('kube-proxy'), 11);
  tcp('127.0.0.1', 10257, 4096, by('kube-controller'), 3);
  tcp('127.0.0.1', 10259, 4096, by('kube-scheduler'), 3);
  const containerd = by('containerd');
  if (containerd) tcp('127.0.0.1', 33_000 + ((ctx.world.seed * 7919 + containerd.pid) % 12_000), 4096, containerd, 12);
  // sshd's listener, not a login's own sshd processes (after a restart the listener has the highest PID)
  const sshdListener = procs.find((p) => p.comm === 'sshd' && p.args.includes('[listener]')) ?? by('sshd');
  tcp('0.0.0.0', 22, 128, sshdListener, 3);
  tcp('0.0.0.0', 111, 4096, by('rpcbind'), 4);
  tcp('*', 6443, 4096, by('kube-apiserver'), 3);
  tcp('*', 10250, 4096, by('kubelet'), 24);
  tcp('*', 10256, 4096, by('kube-proxy'), 10);
  tcp('[::]', 22, 128, sshdListener, 4);
  tcp('[::]', 111, 4096, by('rpcbind'), 6);
  for (const l of listenersOn(ctx.world, ctx.host.id)) {
    const local = l.addr === '0.0.0.0' || l.addr === '127.0.0.1' || /^\d/.test(l.addr) ? l.addr : l.addr === '::' ? '[::]' : l.addr;
    out.push({ proto: 'tcp', state: 'LISTEN', recvQ: 0, sendQ: l.backlog ?? 4096, local, port: l.port, peer: local === '*' ? '*' : local.startsWith('[') ? '[::]' : '0.0.0.0', peerPort: '*', users: [[l.process.slice(0, 15), l.pid, l.fd ?? 3]], ...(l.user ? { owner: l.user } : {}) });
  }
  udp('0.0.0.0', 111, by('rpcbind'), 5);
  udp('127.0.0.1', 323, by('chronyd'), 5);
  udp('[::]', 111, by('rpcbind'), 7);
  udp('[::1]', 323, by('chronyd'), 6);
  // the learner's own ssh connection, through VirtualBox's NAT
  const sshd = procs.find((p) => p.args === 'sshd: vagrant@pts/0');
  if (sshd) out.push({ proto: 'tcp', state: 'ESTAB', recvQ: 0, sendQ: 0, local: '10.0.2.15', port: 22, peer: '10.0.2.2', peerPort: String(sshPeerPort(ctx.world, ctx.host.id)), users: [['sshd', sshd.pid, 4], ['sshd', sshd.pid - 3, 4]] });
  return out;
}
