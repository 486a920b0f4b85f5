// yes of GNU coreutils 8.32 (options and help in spec.ts): its operands (or `y`) a line at a time, for ever: on the
// terminal until Ctrl+C; into a pipe until the reader has what it needs and closes it (`yes | head -3`), which the
// simulator's one-stage-after-another pipelines model as a pipe's worth of lines (see CommandContext.pipe).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

/** Lines written into a pipe before the reader is taken to be done (64 KiB of `y`s, a Linux pipe's buffer twice). */
const PIPE_LINES = 65_536;

export function* run(ctx: CommandContext): CommandRun {
  const ops = ctx.operands ?? [];
  const line = (ops.length ? ops.join(' ') : 'y') + '\n';
  if (ctx.pipe) {
    ctx.out(line.repeat(PIPE_LINES));
    // killed by SIGPIPE (128 + 13) when the reader goes
    return 141;
  }
  const chunk = line.repeat(Math.max(1, Math.ceil(2048 / line.length)));
  for (;;) {
    ctx.out(chunk);
    yield { wait: 20 };
  }
}
