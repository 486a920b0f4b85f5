// dircolors of GNU coreutils 8.32 (src/dircolors.c; options and help in spec.ts; the built-in database in db.ts):
// -p prints the database; otherwise the database (or FILE) for $TERM becomes an LS_COLORS assignment for the
// shell $SHELL names (-b Bourne, -c C shell).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote, quotef } from '../lib/quote';
import { reader, usageError } from '../lib/input';
import { DATABASE } from './db';
import { lsColorsOf } from './compute';

export function* run(ctx: CommandContext): CommandRun {
  let syntax: 'bourne' | 'c' | null = null;
  let print = false;
  for (const o of ctx.opts!.list) {
    if (o.key === 'bourne-shell' || o.key === 'sh') syntax = 'bourne';
    else if (o.key === 'csh' || o.key === 'c-shell') syntax = 'c';
    else if (o.key === 'print-database') print = true;
  }
  const ops = ctx.operands ?? [];
  if (print && syntax) return usageError(ctx, 'dircolors', "the options to output dircolors' internal database and\nto select a shell syntax are mutually exclusive");
  if (ops.length > (print ? 0 : 1)) {
    const extra = ops[print ? 0 : 1];
    return usageError(ctx, 'dircolors', `extra operand ${quote(extra)}${print ? '\nfile operands cannot be combined with --print-database (-p)' : ''}`);
  }
  if (print) {
    ctx.out(DATABASE.map((l) => l + '\n').join(''));
    return 0;
  }
  if (!syntax) {
    const shell = ctx.frame.env.SHELL;
    if (!shell) {
      ctx.err('dircolors: no SHELL environment variable, and no shell type option given\n');
      return 1;
    }
    const base = shell.replace(/\/+$/, '').replace(/^.*\//, '');
    syntax = base === 'csh' || base === 'tcsh' ? 'c' : 'bourne';
  }
  let lines: readonly string[] = DATABASE;
  const file = ops[0];
  if (file !== undefined) {
    const text = reader(ctx, 'dircolors')(file);
    if (text === null) return 1;
    lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines = lines.slice(0, -1);
  }
  const term = ctx.frame.env.TERM || 'none';
  const { value: s, errors } = lsColorsOf(lines, term, file ?? null, quotef);
  for (const e of errors) ctx.err(e);
  const ok = errors.length === 0;
  if (!ok) return 1;
  ctx.out(syntax === 'bourne' ? `LS_COLORS='${s}';\nexport LS_COLORS\n` : `setenv LS_COLORS '${s}'\n`);
  return 0;
}
