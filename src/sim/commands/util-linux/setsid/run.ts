// setsid of util-linux 2.37.4 (sys-utils/setsid.c): runs a command in a new session. A shell's command is a process
// group leader, so setsid forks and the parent returns at once (unless -w waits for the command's status); here the
// command runs to its end either way, and without -w its status is not setsid's (0).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

function* setsid(ctx: CommandContext): CommandRun {
  const ops = ctx.operands ?? [];
  if (!ops.length) {
    ctx.err("setsid: no command specified\nTry 'setsid --help' for more information.\n");
    return 1;
  }
  // -c: the terminal becomes the new session's controlling terminal (TIOCSCTTY), which a new session may take
  const status = yield* runCommand(ctx, 'setsid', ops);
  return ctx.opts!.has('wait') ? status : 0;
}

def({ name: 'setsid', summary: 'run a program in a new session', spec, run: setsid });
