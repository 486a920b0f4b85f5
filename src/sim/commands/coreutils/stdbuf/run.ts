// stdbuf of GNU coreutils 8.32 (src/stdbuf.c; options and help in spec.ts): checks the -i, -o and -e modes (L, 0
// or a size) and runs COMMAND. The simulator's programs write whole outputs at once, so the modes change nothing.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote } from '../lib/quote';
import { execvp } from '../lib/exec';

/** parse_size: xstrtoumax with the suffixes "EGkKMPTYZ0" (K or KiB 1024, KB 1000); whether it is valid. */
const isSize = (s: string) => /^\s*\+?\d+(?:[EGkKMPTYZ](?:B|iB)?)?$/.test(s);

export function* run(ctx: CommandContext): CommandRun {
  const usage = (msg: string) => {
    ctx.err(`stdbuf: ${msg}\nTry 'stdbuf --help' for more information.\n`);
    return 125;
  };
  let any = false;
  for (const o of ctx.opts!.list) {
    const v = String(o.value);
    if (o.key === 'input' && v === 'L') return usage('line buffering stdin is meaningless');
    if (v !== 'L' && !isSize(v)) {
      ctx.err(`stdbuf: invalid mode ${quote(v)}\n`);
      return 125;
    }
    any = true;
  }
  const argv = ctx.operands ?? [];
  if (!argv.length) return usage('missing operand');
  if (!any) return usage('you must specify a buffering mode option');
  return yield* execvp(ctx, argv, (n) => `stdbuf: failed to run command ${quote(n)}: No such file or directory\n`);
}
