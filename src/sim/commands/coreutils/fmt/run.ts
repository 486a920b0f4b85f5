// fmt of GNU coreutils 8.32 (src/fmt.c; options and help in spec.ts; the filling in engine.ts): -w WIDTH (75,
// or a first option -WIDTH), -g GOAL (93% of the width), -p PREFIX, -c, -t, -s, -u; each file formatted in turn.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { fromBytes, toBytes } from '../../lib/bytes';
import { quoteAlways } from '../lib/quote';
import { usageError } from '../lib/input';
import { defaultWidths, Fmt } from './engine';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let maxOpt: string | null = null;
  let goalOpt: string | null = null;
  let prefix = '';
  const flags = { crown: false, tagged: false, split: false, uniform: false };
  // the old syntax: a first word -WIDTH (its digits are not options)
  let skip = 0;
  if (/^-\d+$/.test(ctx.args[0] ?? '')) {
    maxOpt = ctx.args[0].slice(1);
    skip = maxOpt.length;
  }
  for (const x of o.list) {
    if (/^\d$/.test(x.key)) {
      if (skip-- > 0) continue;
      return usageError(ctx, 'fmt', `invalid option -- ${x.key}; -WIDTH is recognized only when it is the first\noption; use -w N instead`);
    }
    if (x.key === 'crown-margin') flags.crown = true;
    else if (x.key === 'tagged-paragraph') flags.tagged = true;
    else if (x.key === 'split-only') flags.split = true;
    else if (x.key === 'uniform-spacing') flags.uniform = true;
    else if (x.key === 'width') maxOpt = String(x.value);
    else if (x.key === 'goal') goalOpt = String(x.value);
    else if (x.key === 'prefix') prefix = String(x.value);
  }
  /** xdectoumax(s, 0, max): the number, or null after `invalid width`. */
  const width = (s: string, max: number): number | null => {
    if (!/^\s*\+?\d+$/.test(s)) {
      ctx.err(`fmt: invalid width: ‘${s}’\n`);
      return null;
    }
    const n = Number(s.trim());
    if (n > max) {
      ctx.err(`fmt: invalid width: ‘${s}’: Numerical result out of range\n`);
      return null;
    }
    return n;
  };
  let { maxWidth, goalWidth } = defaultWidths();
  if (maxOpt !== null) {
    const n = width(maxOpt, 2500);
    if (n === null) return 1;
    ({ maxWidth, goalWidth } = defaultWidths(n));
  }
  if (goalOpt !== null) {
    const n = width(goalOpt, maxWidth);
    if (n === null) return 1;
    goalWidth = n;
    if (maxOpt === null) maxWidth = goalWidth + 10;
  }
  const fmt = new Fmt({ ...flags, prefix, maxWidth, goalWidth });
  let ok = true;
  let stdinUsed = false;
  for (const file of ctx.operands?.length ? ctx.operands : ['-']) {
    let text = '';
    if (file === '-') {
      text = stdinUsed ? '' : (ctx.stdin ?? '');
      stdinUsed = true;
    } else {
      const r = readFile(ctx, ctx.resolve(file));
      if (!r.ok && r.errno !== 'EISDIR') {
        ctx.err(`fmt: cannot open ${quoteAlways(file)} for reading: ${strerror(r.errno)}\n`);
        ok = false;
        continue;
      }
      // a directory opens, and reading it ends at once
      text = r.ok ? r.text : '';
    }
    fmt.file(toBytes(text));
    ctx.out(fromBytes(fmt.take()));
  }
  return ok ? 0 : 1;
}
