// `vagrant ssh-config`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { rubyPath } from '../../machines';
import { fail, wait, parsed } from '../../out';
import { envTargets } from '../../env';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  // each machine's block as the template renders it, then the empty line `safe_puts` adds; a machine that is not
  // running stops the command there (SSHNotReady), after the blocks already printed
  for (const m of list) {
    if (m.state !== 'running') return fail(ctx, M.ssh_not_ready);
    const host = (p.flags.get('--host') as string | undefined) ?? m.name;
    ctx.out(
      [
        `Host ${host}`,
        '  HostName 127.0.0.1',
        '  User vagrant',
        `  Port ${m.sshPort}`,
        '  UserKnownHostsFile /dev/null',
        '  StrictHostKeyChecking no',
        '  PasswordAuthentication no',
        `  IdentityFile ${rubyPath(env.loaded.dir)}/.vagrant/machines/${m.name}/virtualbox/private_key`,
        '  IdentitiesOnly yes',
        '  LogLevel FATAL',
        '  PubkeyAcceptedKeyTypes +ssh-rsa',
        '  HostKeyAlgorithms +ssh-rsa',
        '',
        '',
      ].join('\n'),
    );
  }
  return 0;
}
