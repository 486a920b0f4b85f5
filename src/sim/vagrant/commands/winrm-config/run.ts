// `vagrant winrm-config` (plugins/commands/winrm_config/command.rb, templates/commands/winrm_config/config.erb):
// the WinRM address is the SSH one (127.0.0.1 through VirtualBox's NAT), the port config.winrm.port (5985: an SSH
// machine gets no WinRM port forward), user and password config.winrm's defaults (vagrant/vagrant). No RDP port
// is forwarded, so the RDP lines are left out. A machine without SSH info (not running) has no WinRM address.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { envTargets } from '../../env';
import { fail, parsed, wait } from '../../out';
import { WINRM_NOT_READY } from '../powershell/run';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  const host = p.flags.get('--host');
  for (const m of found.list) {
    if (m.state !== 'running') return fail(ctx, WINRM_NOT_READY);
    ctx.out(`Host ${typeof host === 'string' ? host : m.name}\n  HostName 127.0.0.1\n  User vagrant\n  Password vagrant\n  Port 5985\n\n`);
  }
  return 0;
}
