// Name resolution from a guest: /etc/hosts, the lab hosts, a few public names.
import type { CommandContext } from '../../context';
import { PUBLIC_HOSTS } from '../../net/hosts';

/** Resolve a name or address to an address reachable from a guest; null if unknown. */
export function resolveHost(ctx: CommandContext, target: string): { addr: string; up: boolean } | null {
  if (target === 'localhost' || target === ctx.host.hostname || target.startsWith('127.')) return { addr: target.startsWith('127.') ? target : '127.0.0.1', up: true };
  const hostsFile = ctx.host.fs.read('/etc/hosts');
  if (typeof hostsFile === 'string' && hostsFile !== 'ENOENT' && hostsFile !== 'EISDIR') {
    for (const l of hostsFile.split('\n')) {
      const [addr, ...names] = l.trim().split(/\s+/);
      if (names.includes(target)) return resolveHost(ctx, addr);
    }
  }
  if (PUBLIC_HOSTS[target]) return { addr: PUBLIC_HOSTS[target], up: true };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) {
    if (target === '10.0.2.2' || target === '10.0.2.3' || target === '8.8.8.8' || target === '1.1.1.1') return { addr: target, up: true };
    for (const h of ctx.world.hosts.values()) if (h.ifaces.some((i) => i.addr === target && i.name !== 'eth0')) return { addr: target, up: h.up };
    if (ctx.host.ifaces.some((i) => i.addr === target)) return { addr: target, up: true };
    return { addr: target, up: false };
  }
  return null;
}
