// `vboxmanage`: VirtualBox command-line interface. What it does, as on Windows; it has no `/?` text here (tests/golden/cmd/SOURCES.md says why).
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const [sub, what] = ctx.args;
  if (sub === '--version' || sub === '-v') {
    ctx.out('7.1.4r165100\n');
    return 0;
  }
  if (sub === 'list' && (what === 'vms' || what === 'runningvms')) {
    const rows: string[] = [];
    for (const p of ctx.world.projects.values())
      for (const m of p.machines.values()) {
        if (m.state === 'not_created' || (what === 'runningvms' && m.state !== 'running')) continue;
        const h = (m.id + m.vmName).split('').reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0');
        rows.push(`"${m.vmName}" {${h}-${m.id.slice(0, 4)}-4${m.id.slice(4, 7)}-9a1c-${h}${m.id.slice(0, 4)}}\n`);
      }
    ctx.out(rows.join(''));
    return 0;
  }
  ctx.err(`VBoxManage.exe: error: Unknown command '${sub ?? ''}'\n`);
  return 1;
}
