// prtstat of psmisc 23.4 (src/prtstat.c; usage and version in help.ts): /proc/PID/stat, as the guest's /proc gives
// it (the process model ps and top show, commands/lib/procfs/pidstat.ts), laid out by print_formated_stat() or, with
// -r, print_raw_stat(). Each PID is atoi()'s; a missing process is reported and the status stays 0.
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { format } from './format';
import { getoptLong } from '../../util-linux/lib/getopt';
import { spec } from './spec';

/** atoi(): leading blanks, a sign, digits; 0 when there are none. */
const atoi = (s: string) => {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number(BigInt.asIntN(32, BigInt(m[1]))) : 0;
};

function print(ctx: CommandContext, pid: number, raw: boolean): void {
  const r = readFile(ctx, `/proc/${pid}/stat`);
  if (!r.ok) {
    ctx.err(r.errno === 'ENOENT' ? `Process with pid ${pid} does not exist.\n` : `Unable to open stat file for pid ${pid} (Permission denied)\n`);
    return;
  }
  const f = format(pid, r.text.split('\n')[0], raw);
  ctx.out(f.out);
  ctx.err(f.err);
}

function* prtstat(ctx: CommandContext): CommandRun {
  const msgs: string[] = [];
  const { got, rest } = getoptLong(["prtstat", ...ctx.args], 'rV', [{ name: 'raw', hasArg: 0 }, { name: 'version', hasArg: 0 }], false, (m) => msgs.push(m));
  let raw = false;
  let errors = 0;
  for (const g of got) {
    const c = g.kind === 'short' ? g.c : g.kind === 'long' ? ['r', 'V'][g.index] : null;
    if (g.kind === 'error') {
      ctx.err(`${msgs[errors++] ?? ''}Invalid option\n${(yield* texts()).usage}`);
      return 1;
    }
    if (c === 'r') raw = true;
    if (c === 'V') {
      ctx.err((yield* texts()).version);
      return 0;
    }
  }
  if (!rest.length) {
    ctx.err(`You must provide at least one PID.\n${(yield* texts()).usage}`);
    return 1;
  }
  for (const a of rest) print(ctx, atoi(a), raw);
  return 0;
}

function* texts(): Generator<Yield, typeof import('./help'), unknown> {
  return (yield { load: () => import('./help') }) as typeof import('./help');
}

def({ name: 'prtstat', summary: 'print statistics of a process', spec, run: prtstat });
