// complete: its options read as complete.def's internal_getopt() reads them ("abcdefgjksuvprDEIo:A:G:W:F:C:X:P:S:");
// an unknown letter, a missing value, an unknown -o or -A name is bash's usage error (status 2). The
// specifications go into the shell's table (table.ts); -p prints them as print_one_completion() does (the
// option names, the actions' letters then -A names, -G -W -P -S -X -C single-quoted, -F, the name), -r removes.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec } from './spec';
import { CompTable, type CompSpec } from './table';

/** complete.def's compacts[]: action names in its order, with the letter of those that have one. */
const ACTIONS: [string, string][] = [
  ['alias', 'a'], ['arrayvar', ''], ['binding', ''], ['builtin', 'b'], ['command', 'c'], ['directory', 'd'], ['disabled', ''],
  ['enabled', ''], ['export', 'e'], ['file', 'f'], ['function', ''], ['helptopic', ''], ['hostname', ''], ['group', 'g'],
  ['job', 'j'], ['keyword', 'k'], ['running', ''], ['service', 's'], ['setopt', ''], ['shopt', ''], ['signal', ''],
  ['stopped', ''], ['user', 'u'], ['variable', 'v'],
];
/** compopts[], in its order. */
const OPTIONS = ['bashdefault', 'default', 'dirnames', 'filenames', 'noquote', 'nosort', 'nospace', 'plusdirs'];
const VALUED = 'oAGWFCXPS';

/** sh_single_quote(). */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** print_one_completion(). */
export function specLine(name: string, cs: CompSpec): string {
  let out = 'complete ';
  for (const o of OPTIONS) if (cs.options.includes(o)) out += `-o ${o} `;
  for (const [a, c] of ACTIONS) if (c && cs.actions.includes(a)) out += `-${c} `;
  for (const [a, c] of ACTIONS) if (!c && cs.actions.includes(a)) out += `-A ${a} `;
  for (const k of ['G', 'W', 'P', 'S', 'X', 'C'] as const) if (cs[k] !== undefined) out += `-${k} ${sq(cs[k]!)} `;
  if (cs.F !== undefined) out += `-F ${cs.F} `;
  const shown = name === '_DefaultCmD_' ? '-D' : name === '_EmptycmD_' ? '-E' : name === '_InitialWorD_' ? '-I' : name === '' ? "''" : name;
  return `${out}${shown}\n`;
}

export function* run(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  const usage = `complete: usage: ${spec.synopsis}\n`;
  const cs: CompSpec = { options: [], actions: [] };
  const flags = new Set<string>();
  let given = false;
  // any option (complete.def's opt_given): without one and without names, complete prints them all
  let opts = false;
  while (args.length && /^-./.test(args[0])) {
    const a = args.shift()!;
    if (a === '--') break;
    opts = true;
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      const letter = ACTIONS.find(([, l]) => l === c);
      if (letter) {
        cs.actions.push(letter[0]);
        given = true;
        continue;
      }
      if ('prDEI'.includes(c)) {
        flags.add(c);
        continue;
      }
      if (VALUED.includes(c)) {
        const v = a.slice(k + 1) || args.shift();
        if (v === undefined) {
          ctx.err(`-bash: complete: -${c}: option requires an argument\n${usage}`);
          return 2;
        }
        given = true;
        if (c === 'o') {
          if (!OPTIONS.includes(v)) {
            ctx.err(`-bash: complete: ${v}: invalid option name\n`);
            return 2;
          }
          cs.options.push(v);
        } else if (c === 'A') {
          if (!ACTIONS.some(([n]) => n === v)) {
            ctx.err(`-bash: complete: ${v}: invalid action name\n`);
            return 2;
          }
          cs.actions.push(v);
        } else cs[c as 'G' | 'W' | 'F' | 'C' | 'X' | 'P' | 'S'] = v;
        break;
      }
      ctx.err(`-bash: complete: -${c}: invalid option\n${usage}`);
      return 2;
    }
  }
  // pcomplib.c makes the table with the first specification (bash-completion's, in an interactive shell on the
  // box); before it, -r finds nothing to refuse
  if (!ctx.frame.compspecs && flags.has('r') && !flags.has('p')) return 0;
  const table = (ctx.frame.compspecs ??= new CompTable());
  const special = flags.has('D') ? '_DefaultCmD_' : flags.has('E') ? '_EmptycmD_' : flags.has('I') ? '_InitialWorD_' : undefined;
  const names = special !== undefined ? [special] : args;
  if (flags.has('p') || (!args.length && !opts)) {
    if (!names.length) {
      ctx.out(table.entries().map(([n, s]) => specLine(n, s)).join(''));
      return 0;
    }
    let code = 0;
    for (const n of names) {
      const s = table.get(n);
      if (s) ctx.out(specLine(n, s));
      else {
        ctx.err(`-bash: complete: ${n}: no completion specification\n`);
        code = 1;
      }
    }
    return code;
  }
  if (flags.has('r')) {
    if (!names.length) {
      table.clear();
      return 0;
    }
    let code = 0;
    for (const n of names) {
      if (!table.remove(n)) {
        ctx.err(`-bash: complete: ${n}: no completion specification\n`);
        code = 1;
      }
    }
    return code;
  }
  if (!names.length) {
    ctx.err(usage);
    return 2;
  }
  for (const n of names) table.set(n, { ...cs, options: [...cs.options], actions: [...cs.actions] });
  return 0;
}
