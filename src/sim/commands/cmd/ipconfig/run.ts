// `ipconfig`: displays all current TCP/IP network configuration values. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, hostNics } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  let out = '\nWindows IP Configuration\n\n';
  for (const n of hostNics(ctx))
    out += `\nEthernet adapter ${n.conn}:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : ${n.linkLocal}%${n.scope}\n   IPv4 Address. . . . . . . . . . . : ${n.addr}\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : ${n.gateway}\n`;
  ctx.out(out);
  return 0;
}
