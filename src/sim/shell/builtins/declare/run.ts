// declare and typeset: give variables attributes and values, or show them (bash 5.1's declare.def).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { functionText } from '../type/run';
import { NAME_RE, assign, declLine, hasAttr, isSet, saveVar, setAttrs, setLine, variableNames } from '../../vars';
import { spec } from './spec';
import { assignList, setElement } from '../../arrays';
import { pendingLists } from '../../expand';
import { ArithError } from '../../arith';
import { spec as typesetSpec } from '../typeset/spec';
import { spec as localSpec } from '../local/spec';

/** The option letters declare.def hands internal_getopt ("+acfgilnprtuxAFGI"). */
const LETTERS = 'acfgilnprtuxAFGI';
/** The letters that are attributes (the rest choose what to do). */
const ATTRS = 'aAilnrtux';

export function* run(ctx: CommandContext): CommandRun {
  return yield* declare(ctx, ctx.name === 'typeset' ? 'typeset' : 'declare');
}

/** declare, typeset and local (which is declare inside a function). */
export function* declare(ctx: CommandContext, name: 'declare' | 'typeset' | 'local'): CommandRun {
  const on = new Set<string>();
  const off = new Set<string>();
  const args = [...ctx.args];
  while (args.length) {
    const a = args[0];
    if (a === '--') {
      args.shift();
      break;
    }
    if (!/^[-+]./.test(a)) break;
    args.shift();
    for (const c of a.slice(1)) {
      if (!LETTERS.includes(c)) {
        ctx.err(`-bash: ${name}: ${a[0]}${c}: invalid option\n${name}: usage: ${(name === 'typeset' ? typesetSpec : name === 'local' ? localSpec : spec).synopsis ?? name}\n`);
        return 2;
      }
      (a[0] === '-' ? on : off).add(c);
    }
  }
  const frame = ctx.frame;
  const funcs = frame.functions ?? {};
  // -f / -F: functions
  if (on.has('f') || on.has('F')) {
    const names = args.length ? args : Object.keys(funcs).sort();
    let code = 0;
    for (const n of names) {
      const body = funcs[n];
      if (!body) {
        code = 1;
        continue;
      }
      if (on.has('F')) ctx.out(args.length ? `${n}\n` : `declare -f ${n}\n`);
      else ctx.out(functionText(n, body));
    }
    return code;
  }
  const wanted = [...on].filter((c) => ATTRS.includes(c)).join('');
  if (!args.length && name === 'local') {
    // the function's own variables
    const mine = [...(frame.locals?.[frame.locals.length - 1]?.keys() ?? [])];
    ctx.out(mine.map((n) => (frame.arrays?.[n] || on.has('p') ? declLine(frame, n) : n in frame.env ? setLine(n, frame.env[n]) : n) + '\n').join(''));
    return 0;
  }
  // no names: show the variables (with -p or attribute letters, in declare's own form)
  if (!args.length) {
    const names = variableNames(frame).filter((n) => [...wanted].every((c) => hasAttr(frame, n, c)));
    if (on.has('p') || wanted) ctx.out(names.map((n) => declLine(frame, n) + '\n').join(''));
    else {
      ctx.out(names.filter((n) => n in frame.env).map((n) => setLine(n, frame.env[n]) + '\n').join(''));
      for (const n of Object.keys(funcs).sort()) ctx.out(functionText(n, funcs[n]));
    }
    return 0;
  }
  let code = 0;
  if (on.has('p')) {
    for (const n of args) {
      if (isSet(frame, n) || frame.attrs?.[n] !== undefined) ctx.out(declLine(frame, n) + '\n');
      else {
        ctx.err(`-bash: ${name}: ${n}: not found\n`);
        code = 1;
      }
    }
    return code;
  }
  // inside a function declare makes its names local, as `local` does (unless -g)
  const scope = frame.funcs && !on.has('g') ? frame.locals?.[frame.locals.length - 1] : undefined;
  for (const w of args) {
    const eq = w.indexOf('=');
    const n = eq > 0 ? w.slice(0, eq) : w;
    const value = eq > 0 ? w.slice(eq + 1) : undefined;
    if (!NAME_RE.test(n)) {
      ctx.err(`-bash: ${name}: \`${w}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (hasAttr(frame, n, 'r') && (value !== undefined || off.has('r') || [...on].some((c) => ATTRS.includes(c) && c !== 'r' && !hasAttr(frame, n, c)))) {
      ctx.err(`-bash: ${name}: ${n}: readonly variable\n`);
      code = 1;
      continue;
    }
    if (scope && !scope.has(n)) {
      // a new local hides the variable of the same name until the function returns
      scope.set(n, saveVar(frame, n));
      delete frame.env[n];
      if (frame.arrays) delete frame.arrays[n];
      (frame.attrs ??= {})[n] = '';
      if (value === undefined && !on.has('a') && !on.has('A')) frame.env[n] = '';
    }
    if ((on.has('a') || on.has('A')) && !frame.arrays?.[n]) {
      const had = frame.arrays?.[n];
      if (had && had.assoc !== on.has('A')) {
        ctx.err(`-bash: ${name}: ${n}: cannot convert ${had.assoc ? 'associative to indexed' : 'indexed to associative'} array\n`);
        code = 1;
        continue;
      }
      (frame.arrays ??= {})[n] = { assoc: on.has('A'), items: n in frame.env ? [['0', frame.env[n]]] : [] };
    }
    // attributes first (so -i, -l, -u shape the value), readonly last
    setAttrs(frame, n, [...on].filter((c) => ATTRS.includes(c) && c !== 'r').join(''), [...off].filter((c) => ATTRS.includes(c)).join(''));
    const list = value !== undefined ? pendingLists.get(w) : undefined;
    if (list) {
      const e = assignList(frame, n, list, false, frame.arrays?.[n]?.assoc ?? on.has('A'));
      if (e) {
        ctx.err(`-bash: ${name}: ${e}\n`);
        code = 1;
      }
    } else if (value !== undefined && on.has('n')) frame.env[n] = value;
    else if (value !== undefined && frame.arrays?.[n] && !frame.arrays[n].assoc) setElement(frame, n, '0', value);
    else if (value !== undefined) {
      try {
        assign(frame, n, value);
      } catch (e) {
        if (!(e instanceof ArithError)) throw e;
        ctx.err(`-bash: ${name}: ${e.message}\n`);
        code = 1;
        continue;
      }
    }
    if (on.has('r')) setAttrs(frame, n, 'r');
  }
  return code;
}
