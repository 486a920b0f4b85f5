// polkit's password question, as pkttyagent asks it for systemctl and hostnamectl.
import type { CommandContext } from '../../context';

/** polkit password question for non-root systemctl/hostnamectl. Returns true when authenticated. */
export function* polkit(ctx: CommandContext, action: string, why: string): Generator<import('../../types').Yield, boolean, unknown> {
  ctx.out(`==== AUTHENTICATING FOR ${action} ====\n${why}\nAuthenticating as: ${ctx.frame.user}\n`);
  const pw = String(yield { ask: 'Password: ' });
  if (pw === ctx.host.users.get(ctx.frame.user)?.password) {
    ctx.out('==== AUTHENTICATION COMPLETE ====\n');
    return true;
  }
  yield { wait: 2000 };
  ctx.err('polkit-agent-helper-1: pam_authenticate failed: Authentication failure\n');
  ctx.out('==== AUTHENTICATION FAILED ====\n');
  return false;
}
