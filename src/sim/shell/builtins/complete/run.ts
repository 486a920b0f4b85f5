// complete: its options read as complete.def's internal_getopt() reads them ("abcdefgjksuvprDEIo:A:G:W:F:C:X:P:S:");
// an unknown letter or a missing value is bash's usage error (status 2). The specifications themselves are not kept.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec } from './spec';

const FLAGS = 'abcdefgjksuvprDEI';
const VALUED = 'oAGWFCXPS';

export function* run(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  while (args.length && /^-./.test(args[0])) {
    const a = args.shift()!;
    if (a === '--') break;
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if (FLAGS.includes(c)) continue;
      if (VALUED.includes(c)) {
        if (!a.slice(k + 1) && args.shift() === undefined) {
          ctx.err(`-bash: complete: -${c}: option requires an argument\ncomplete: usage: ${spec.synopsis}\n`);
          return 2;
        }
        break;
      }
      ctx.err(`-bash: complete: -${c}: invalid option\ncomplete: usage: ${spec.synopsis}\n`);
      return 2;
    }
  }
  return 0;
}
