// rev of util-linux 2.37.4 as text-utils/rev.c runs it: each line of the files (or standard input) with its
// characters in reverse order, the newline kept at the end; a file that does not open is warned about
// ("cannot open"), a read error (a directory) names the file and the lines read; status 1 after either.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { spec } from './spec';

const reverse = (text: string) => text.split(/(?<=\n)/).map((l) => (l.endsWith('\n') ? [...l.slice(0, -1)].reverse().join('') + '\n' : [...l].reverse().join(''))).join('');

function* rev(ctx: CommandContext): CommandRun {
  const files = ctx.operands ?? [];
  if (!files.length) {
    ctx.out(reverse(ctx.stdin ?? ''));
    return 0;
  }
  let status = 0;
  for (const f of files) {
    const r = readFile(ctx, ctx.resolve(f));
    if (r.ok) ctx.out(reverse(r.text));
    else if (r.errno === 'EISDIR') {
      ctx.err(`rev: ${f}: 0: ${strerror('EISDIR')}\n`);
      status = 1;
    } else {
      ctx.err(`rev: cannot open ${f}: ${strerror(r.errno as FsError)}\n`);
      status = 1;
    }
  }
  return status;
}

def({ name: 'rev', summary: 'reverse lines characterwise', spec, run: rev });
