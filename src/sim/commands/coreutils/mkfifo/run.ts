// mkfifo of GNU coreutils 8.32 (src/mkfifo.c; options and help in spec.ts): named pipes, mode 0666 less the umask
// or exactly -m MODE; -Z/--context set the SELinux type the policy gives (what the world computes anyway).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { quoteAlways } from '../lib/quote';
import { adjustMode, umaskOf } from '../lib/mode';
import { makeSpecial, S_IFIFO } from '../lib/special';

export function* run(ctx: CommandContext): CommandRun {
  const spec = ctx.opts!.str('mode');
  const umask = umaskOf(ctx.frame, ctx.host);
  let mode = 0o666 & ~umask;
  if (spec !== undefined) {
    const m = adjustMode(spec, 0o666, umask);
    if (m === null) {
      ctx.err('mkfifo: invalid mode\n');
      return 1;
    }
    if (m & ~0o777) {
      ctx.err('mkfifo: mode must specify only file permission bits\n');
      return 1;
    }
    mode = m;
  }
  let status = 0;
  for (const name of ctx.operands ?? []) {
    const e = makeSpecial(ctx, name, S_IFIFO, mode);
    if (e) {
      ctx.err(`mkfifo: cannot create fifo ${quoteAlways(name)}: ${strerror(e)}\n`);
      status = 1;
    }
  }
  return status;
}
