// hostid of GNU coreutils 8.32 (options and help in spec.ts): glibc's gethostid() on a system without /etc/hostid,
// the IPv4 address the host name resolves to (/etc/hosts, then the machine's own address as nss-myhostname
// gives it) with its 16-bit halves swapped, in 8 hex digits: 127.0.0.1 is 007f0100.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

function address(ctx: CommandContext): string {
  const name = ctx.host.hostname;
  const hosts = ctx.host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && hosts !== 'ENOENT' && hosts !== 'EISDIR')
    for (const l of hosts.split('\n')) {
      const [addr, ...names] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (/^\d+\.\d+\.\d+\.\d+$/.test(addr) && names.includes(name)) return addr;
    }
  return ctx.host.ifaces.find((i) => i.name === 'eth0')?.addr ?? '127.0.0.1';
}

export function* run(ctx: CommandContext): CommandRun {
  const [a, b, c, d] = address(ctx).split('.').map(Number);
  const id = ((b << 24) | (a << 16) | (d << 8) | c) >>> 0;
  ctx.out(id.toString(16).padStart(8, '0') + '\n');
  return 0;
}
