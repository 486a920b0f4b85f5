// `vboxmanage`: the version and the VM lists the lab asks for; its usage text is left out (tests/golden/cmd/SOURCES.md says why).
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const [sub, what] = ctx.args;
  // VBoxManage.cpp main(): -V and --version, and the deprecated -v, -version, -Version
  if (sub === '-V' || sub === '--version' || sub === '-v' || sub === '-version' || sub === '-Version') {
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
  // errorSyntax(): RTEXITCODE_SYNTAX
  ctx.err(`VBoxManage.exe: error: Invalid command '${sub ?? ''}'\n`);
  return 2;
}
