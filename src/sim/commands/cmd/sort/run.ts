// `sort` (sort.exe, loaded on first use): the lines of a file or of its input, sorted without regard to case as
// `sort /?` says, from the n-th character with /+n (shorter lines first), reversed with /R, written to a file with
// /O. /M, /L, /REC and /T only tune memory, locale and temporary files: accepted and without effect here.
import type { CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);

export function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const args = ctx.args.map((a) => a.replace(/^"(.*)"$/, '$1'));
  let reverse = false;
  let from = 1;
  let output: string | undefined;
  let input: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const k = a.toLowerCase();
    if (k === '/?') {
      ctx.out((yield { load: help }) as string);
      return 0;
    }
    if (k === '/r' || k === '/reverse') reverse = true;
    else if (/^\/\+\d+$/.test(k)) from = Math.max(1, Number(k.slice(2)));
    else if (k === '/o' || k === '/output') output = args[++i];
    else if (/^\/(m|memory|l|locale|rec|record_maximum|t|temporary)$/.test(k)) i++;
    else if (input === undefined) input = a;
  }
  let text = ctx.stdin ?? '';
  if (input !== undefined) {
    const p = fs.resolve(ctx.frame.cwd, input);
    const c = fs.isFile(p) ? fs.read(p) : undefined;
    if (typeof c !== 'string') {
      // sort.exe names what it could not open and gives Windows' reason, as recorded (no separator between them)
      ctx.err(`${input}The system cannot find the file specified.\n`);
      return 1;
    }
    text = c;
  }
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const key = (l: string) => l.slice(from - 1);
  const sorted = lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => {
      const ka = key(a.l);
      const kb = key(b.l);
      // lines with fewer than n characters collate before the others
      const c = !ka || !kb ? (ka ? 1 : 0) - (kb ? 1 : 0) : ka.localeCompare(kb, 'en-US', { sensitivity: 'base' });
      return (reverse ? -c : c) || a.i - b.i;
    })
    .map((x) => x.l + '\n')
    .join('');
  if (output !== undefined) {
    if (fs.write(fs.resolve(ctx.frame.cwd, output), sorted)) {
      ctx.err('The system cannot find the path specified.\n');
      return 1;
    }
    return 0;
  }
  ctx.out(sorted);
  return 0;
}

export { spec };
