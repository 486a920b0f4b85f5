// curl.exe on the Windows host (loaded on first use): the guests' transfer (commands/curl/transfer.ts) with the
// host's network. 127.0.0.1 reaches what VirtualBox forwards (Vagrant's ssh forward answers with sshd's banner,
// which curl 8 refuses as HTTP/0.9); 192.168.56.x reaches the guests on the host-only network, their listeners
// and what the Kubernetes model serves there (NodePorts); other names go to the simulated internet.
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { httpRequest, type TlsClient } from '../../lib/http';
import { transfer, type TransferResult } from '../../curl/transfer';
import { forwardAt, hostOnlyGuest, isLoopback } from '../hostnet';
import { spec } from './spec';

function* request(ctx: CommandContext, url: URL, tls?: TlsClient): Generator<Yield, TransferResult, unknown> {
  const name = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const asGuest = (guest: CommandContext['host'], target: URL) => httpRequest({ ...ctx, host: guest } as CommandContext, target, tls);
  if (isLoopback(name) || name.toLowerCase() === ctx.host.hostname.toLowerCase()) {
    const f = forwardAt(ctx.world, port);
    if (!f) return { kind: 'refused', addr: '127.0.0.1' };
    // sshd sends its version line first: no HTTP status line
    if (f.guestPort === 22) return { kind: 'http09', addr: '127.0.0.1' };
    const inside = new URL(url.href);
    inside.hostname = '127.0.0.1';
    inside.port = String(f.guestPort);
    const r = yield* asGuest(f.guest, inside);
    return r.kind === 'response' ? { ...r, addr: '127.0.0.1' } : r.kind === 'timeout' ? { kind: 'refused', addr: '127.0.0.1' } : r;
  }
  if (ctx.host.ifaces.some((i) => i.addr === name) || /^192\.168\.56\.1$/.test(name)) return { kind: 'refused', addr: name };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name) && name.startsWith('192.168.56.')) {
    const guest = hostOnlyGuest(ctx.world, name);
    if (!guest || !guest.up) return { kind: 'timeout', addr: name };
    if (port === 22) return { kind: 'http09', addr: name };
    return yield* asGuest(guest, url);
  }
  return yield* httpRequest(ctx, url, tls);
}

export function run(ctx: CommandContext): CommandRun {
  return transfer(ctx, { request, curl8: { refusedMs: 2045, timeoutMs: 21046 } });
}

export { spec };
