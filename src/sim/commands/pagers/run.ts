// less (less 590) and more (util-linux 2.37) without a full-screen terminal: they page as a pipe does, printing
// the files (or standard input) whole; missing files and directories as each tool reports them.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def } from '../lib/guest';
import { readFile } from '../lib/files';
import { strerror } from '../../fs';

function* page(ctx: CommandContext, tool: 'less' | 'more'): CommandRun {
  const files = ctx.args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
  if (!files.length) {
    if (ctx.stdin === null) {
      ctx.err(tool === 'less' ? 'Missing filename ("less --help" for help)\n' : 'more: bad usage\nTry \'more --help\' for more information.\n');
      return 1;
    }
    ctx.out(ctx.stdin);
    return 0;
  }
  let code = 0;
  for (const [i, f] of files.entries()) {
    const read = readFile(ctx, ctx.resolve(f));
    if (!read.ok && read.errno !== 'EISDIR') {
      const why = strerror(read.errno);
      ctx.err(tool === 'less' ? `${f}: ${why}\n` : `more: cannot open ${f}: ${why}\n`);
      code = 1;
      continue;
    }
    if (!read.ok) {
      if (tool === 'less') ctx.err(`${f} is a directory\n`);
      else ctx.out(`\n*** ${f}: directory ***\n\n`);
      code = 1;
      continue;
    }
    if (files.length > 1) ctx.out(tool === 'more' ? `::::::::::::::\n${f}\n::::::::::::::\n` : i ? '' : '');
    ctx.out(read.text);
  }
  return code;
}

def({ name: 'less', summary: 'opposite of more', run: (ctx) => page(ctx, 'less') });
def({ name: 'more', summary: 'file perusal filter for crt viewing', run: (ctx) => page(ctx, 'more') });
