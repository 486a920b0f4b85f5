// less (less 590) without a full-screen terminal: it pages as it does into a pipe, printing the files (or
// standard input) whole; missing files and directories as less reports them. more is util-linux/more.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def } from '../lib/guest';
import { readFile } from '../lib/files';
import { strerror } from '../../fs';

function* less(ctx: CommandContext): CommandRun {
  const files = ctx.args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
  if (!files.length) {
    if (ctx.stdin === null) {
      ctx.err('Missing filename ("less --help" for help)\n');
      return 1;
    }
    ctx.out(ctx.stdin);
    return 0;
  }
  let code = 0;
  for (const f of files) {
    const read = readFile(ctx, ctx.resolve(f));
    if (!read.ok) {
      ctx.err(read.errno === 'EISDIR' ? `${f} is a directory\n` : `${f}: ${strerror(read.errno)}\n`);
      code = 1;
      continue;
    }
    ctx.out(read.text);
  }
  return code;
}

def({ name: 'less', summary: 'opposite of more', run: less });
