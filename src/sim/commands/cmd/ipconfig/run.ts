// `ipconfig`: displays all current TCP/IP network configuration values. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, hostOnlyNets } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  let out = '\nWindows IP Configuration\n\n\nEthernet adapter Ethernet:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : fe80::4c1d:2b6e:9a31:7f20%12\n   IPv4 Address. . . . . . . . . . . : 192.168.0.10\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : 192.168.0.1\n';
  const nets = hostOnlyNets(ctx);
  if (!nets.includes('192.168.56')) nets.unshift('192.168.56');
  nets.forEach((n, i) => {
    out += `\nEthernet adapter VirtualBox Host-Only Network${i ? ` #${i + 1}` : ''}:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : fe80::8d2a:11c4:5e0b:${(0x3a10 + i).toString(16)}%${17 + i}\n   IPv4 Address. . . . . . . . . . . : ${n}.1\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : \n`;
  });
  ctx.out(out);
  return 0;
}
