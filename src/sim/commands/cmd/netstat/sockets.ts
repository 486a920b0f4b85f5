// The host's sockets as netstat lists them: Windows' own listeners (RPC, SMB, NetBIOS on each adapter, the
// dynamic RPC ports of lsass, wininit and the service hosts, the name-resolution responders) and, while a VM runs,
// the ports VirtualBox's NAT forwards to it, held by that VM's VBoxHeadless.exe (Vagrant's ssh forward on
// 127.0.0.1, the Vagrantfile's forwarded_port lines on every address, as showvminfo lists the rules).
import type { CommandContext } from '../../../context';
import { headlessPid, runningMachines } from '../hostnet';
import { hostNics } from '../shared';

export interface Sock {
  proto: 'TCP' | 'UDP';
  v6: boolean;
  local: string;
  port: number;
  /** Foreign address and port of a connection; empty for a listener. */
  remote?: string;
  rport?: number;
  state: string;
  pid: number;
}

/** PIDs of the processes tasklist shows. */
const SYSTEM = 4;
const WININIT = 852;
const LSASS = 948;
const RPCSS = 1_112;
const SVCHOST = 1_404;

function listen(proto: 'TCP' | 'UDP', local: string, port: number, pid: number): Sock {
  return { proto, v6: local.includes(':'), local, port, state: proto === 'TCP' ? 'LISTENING' : '', pid };
}

const num = (a: string) => a.split('.').reduce((n, b) => n * 256 + Number(b), 0);

export function hostSockets(ctx: CommandContext): Sock[] {
  const lan = hostNics(ctx).map((n) => n.addr);
  const list: Sock[] = [];
  for (const [port, pid] of [[135, RPCSS], [445, SYSTEM], [49664, LSASS], [49665, WININIT], [49666, SVCHOST]] as const)
    list.push(listen('TCP', '0.0.0.0', port, pid), listen('TCP', '::', port, pid));
  for (const a of lan) list.push(listen('TCP', a, 139, SYSTEM), listen('UDP', a, 137, SYSTEM), listen('UDP', a, 138, SYSTEM));
  for (const port of [5353, 5355]) list.push(listen('UDP', '0.0.0.0', port, SVCHOST), listen('UDP', '::', port, SVCHOST));
  runningMachines(ctx.world).forEach((m, i) => {
    const pid = headlessPid(i);
    if (!m.forwardedPorts.some((f) => f.id === 'ssh')) list.push(listen('TCP', '127.0.0.1', m.sshPort, pid));
    for (const f of m.forwardedPorts) list.push(listen('TCP', f.id === 'ssh' ? '127.0.0.1' : '0.0.0.0', f.host, pid));
  });
  const key = (s: Sock) => [s.proto === 'TCP' ? 0 : 2, s.v6 ? 1 : 0];
  return list.sort((a, b) => {
    const [pa, va] = key(a);
    const [pb, vb] = key(b);
    if (pa !== pb || va !== vb) return pa - pb || va - vb;
    if (a.local !== b.local) return a.v6 ? (a.local < b.local ? -1 : 1) : num(a.local) - num(b.local);
    return a.port - b.port;
  });
}
