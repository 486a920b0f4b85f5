// compopt: the options of a completion specification (complete.def compopt_builtin). The simulator keeps no
// specifications of its own, so a NAME has none; `-D` is bash-completion's `complete -D -F _completion_loader`.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec } from './spec';
import { internalGetopt } from '../lib/getopt';

const NAMES = ['bashdefault', 'default', 'dirnames', 'filenames', 'noquote', 'nosort', 'nospace', 'plusdirs'];

export function* run(ctx: CommandContext): CommandRun {
  const g = internalGetopt(ctx.args, '+o:DEI');
  if (g.error) {
    ctx.err(`-bash: compopt: ${g.error}\ncompopt: usage: ${spec.synopsis}\n`);
    return 2;
  }
  let which = '';
  for (const o of g.got) {
    if (o.c === 'o' && !NAMES.includes(o.arg ?? '')) {
      ctx.err(`-bash: compopt: ${o.arg}: invalid option name\n`);
      return 2;
    }
    if (o.c !== 'o') which = o.c;
  }
  if (which === 'D') return 0;
  const names = which === 'E' ? ['_EmptycmD_'] : which === 'I' ? ['_InitialWorD_'] : g.rest;
  if (!names.length) {
    ctx.err('-bash: compopt: not currently executing completion function\n');
    return 1;
  }
  for (const n of names) ctx.err(`-bash: compopt: ${n}: no completion specification\n`);
  return 1;
}
