// Name resolution from a guest: /etc/hosts, the lab hosts, a few public names.
import type { CommandContext } from '../../context';
import { PUBLIC_HOSTS } from '../../net/hosts';
import { GATEWAY } from './routes';

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
  // nss-myhostname (Rocky 9's `hosts: files dns myhostname`) names the default gateway
  if (target === '_gateway' && ctx.host.ifaces.some((i) => i.name === 'eth0' && i.addr)) return { addr: GATEWAY, up: true };
  if (PUBLIC_HOSTS[target]) return { addr: PUBLIC_HOSTS[target], up: true };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) {
    if (target === '10.0.2.2' || target === '10.0.2.3' || target === '8.8.8.8' || target === '1.1.1.1') return { addr: target, up: true };
    for (const h of ctx.world.hosts.values()) if (h.ifaces.some((i) => i.addr === target && i.name !== 'eth0')) return { addr: target, up: h.up };
    if (ctx.host.ifaces.some((i) => i.addr === target)) return { addr: target, up: true };
    return { addr: target, up: false };
  }
  return null;
}

/**
 * gethostbyaddr() of an IPv4 address: /etc/hosts first, then nss-myhostname (the machine's own addresses are its
 * host name, the default gateway is `_gateway`; the NAT's DNS knows no private address); null when nothing names it.
 */
export function hostByAddr(ctx: CommandContext, addr: string): string | null {
  const hosts = ctx.host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && hosts !== 'ENOENT' && hosts !== 'EISDIR')
    for (const l of hosts.split('\n')) {
      const [a, name] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (a === addr && name) return name;
    }
  if (ctx.host.ifaces.some((i) => i.addr === addr && i.name !== 'lo')) return ctx.host.hostname;
  if (addr === GATEWAY && ctx.host.ifaces.some((i) => i.name === 'eth0' && i.addr)) return '_gateway';
  return null;
}

/** INET_sprint() of a host address: the name, or the dotted quad (numeric, or 0.0.0.0, or unnamed). */
export function inetHost(ctx: CommandContext, addr: string, numeric: boolean): string {
  if (numeric || addr === '0.0.0.0') return addr;
  return hostByAddr(ctx, addr) ?? addr;
}
