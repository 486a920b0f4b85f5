// Tab completion from a spec: sub-command names, then flags (with `=` for those that take a value),
// flag values from `choices`, operands from the spec's own hook.
import type { CompleteContext } from '../context';
import { findSub, flagsOf } from './parse';
import type { CommandSpec, FlagSpec } from './types';

const takesValue = (f: FlagSpec) => (f.value ?? (f.type && f.type !== 'bool' && f.type !== 'count' ? 'required' : 'none')) === 'required';

/** Candidates for `word` after the words `args` (the command name excluded); null: nothing to say (complete file names). */
export function completeSpec(spec: CommandSpec, args: string[], word: string, ctx: CompleteContext): string[] | null {
  // a command that reads its own words completes them itself (bash's kill)
  if (spec.rawArgs && spec.style === 'builtin' && spec.complete) return spec.complete(args, word, ctx);
  const path = [spec];
  const operands: string[] = [];
  const cmd = spec.style === 'cmd';
  const isFlag = (w: string) => (cmd ? w.startsWith('/') : w.startsWith('-') && w !== '-');
  let prevFlag: FlagSpec | undefined;
  for (const a of args) {
    if (prevFlag) {
      prevFlag = undefined;
      continue;
    }
    if (isFlag(a)) {
      if (!cmd && !a.includes('=')) {
        const flags = flagsOf(path);
        const f = a.startsWith('--') ? flags.find((x) => x.long === a.slice(2)) : a.length === 2 ? flags.find((x) => x.short === a[1]) : undefined;
        if (f && takesValue(f)) prevFlag = f;
      }
      continue;
    }
    const sub = operands.length === 0 ? findSub(path[path.length - 1], a) : undefined;
    if (sub) path.push(sub);
    else operands.push(a);
  }
  const leaf = path[path.length - 1];
  const flags = flagsOf(path).filter((f) => !f.hidden);
  if (prevFlag) return prevFlag.choices ?? [];
  if (cmd && word.startsWith('/')) return [...flags.filter((f) => f.short).map((f) => '/' + f.short), '/?'];
  if (!cmd && word.startsWith('--') && word.includes('=')) {
    const name = word.slice(2, word.indexOf('='));
    const f = flags.find((x) => x.long === name);
    return f?.choices?.map((c) => `--${name}=${c}`) ?? [];
  }
  if (!cmd && word.startsWith('-')) {
    const out: string[] = [];
    for (const f of flags) {
      if (f.long) out.push('--' + f.long + (takesValue(f) && leaf.style === 'gnu' ? '=' : ''));
      for (const a of f.longAliases ?? []) out.push('--' + a);
      if (f.short && !word.startsWith('--')) out.push('-' + f.short);
    }
    const help = leaf.helpFlags ?? spec.helpFlags ?? (leaf.style === 'cobra' || leaf.style === 'ruby' ? ['-h', '--help'] : ['--help']);
    out.push(...help.filter((h) => h.startsWith('-')));
    if (leaf.version) out.push('--version');
    return out;
  }
  if (operands.length === 0 && leaf.subcommands?.length) return leaf.subcommands.filter((s) => !s.hidden).map((s) => s.name);
  return leaf.complete ? leaf.complete(operands, word, ctx) : null;
}
