// Running on the other guest once logged in: a command through the user's shell, or a login shell as a new
// level of the session (the way `vagrant ssh` opens one), which `exit` closes with ssh's closing line.
import { detachedHooks, type CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { runBash } from '../../../shell/bash';
import { lastLogin } from '../../../login';
import { remoteFrame, sourceAddr, type Peer } from './remote';

/** Run `command` as `user` on the peer (sshd: `$SHELL -c command`), its output on ours; the exit status comes back. */
export function* runRemote(ctx: CommandContext, peer: Peer, user: string, command: string, stdin: string | null): Generator<Yield, number, unknown> {
  const frame = remoteFrame(ctx, peer, user, false);
  const hooks = detachedHooks();
  const script = stdin !== null && command === '' ? stdin : command;
  return yield* runBash({ world: ctx.world, hooks }, frame, script, { out: ctx.out, err: ctx.err, tty: false });
}

/** Open the login shell: the "Last login:" line, then a shell level on the peer that names the host it came through. */
export function openShell(ctx: CommandContext, peer: Peer, user: string, quiet: boolean): void {
  ctx.out(lastLogin(ctx.world, peer.host!, user, sourceAddr(ctx, peer)));
  const f = remoteFrame(ctx, peer, user, true);
  if (!quiet) f.sshHost = peer.name;
  ctx.session.pushFrame(f);
}
