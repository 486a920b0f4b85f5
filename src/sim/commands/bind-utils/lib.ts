// What dig, host and nslookup share: the guests resolve through VirtualBox's NAT resolver (10.0.2.3,
// /etc/resolv.conf): /etc/hosts is not consulted, Service names are unknown, the public names of net/hosts.ts answer.
import type { CommandContext } from '../../context';
import { PUBLIC_HOSTS } from '../../net/hosts';

export const VERSION = '9.16.23-RH';

export function server(ctx: CommandContext): string {
  const r = ctx.host.fs.read('/etc/resolv.conf');
  return (typeof r === 'string' ? /^nameserver\s+(\S+)/m.exec(r)?.[1] : undefined) ?? '10.0.2.3';
}

export const lookup = (name: string): string | null => PUBLIC_HOSTS[name.replace(/\.$/, '')] ?? null;
