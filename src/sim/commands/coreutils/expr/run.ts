// expr of GNU coreutils 8.32 (src/expr.c; help in help.ts): its recursive-descent grammar (| & comparisons + - * / %
// : match substr index length + ( )), integers of any size (the GMP build), anchored BRE matches, and its exit
// statuses: 0 for a value neither null nor 0, 1 for null or 0, 2 for a syntax or usage error, 3 for a failure.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fromTree, parseTree, RegexError } from '../../lib/posix-regex/index';
import { help, version } from './help';

type Value = bigint | string;

class ExprError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const q = (s: string) => `‘${s}’`;
const looksLikeInteger = (s: string) => /^-?\d+$/.test(s);
const chars = (s: string) => [...s];

function isNull(v: Value): boolean {
  if (typeof v === 'bigint') return v === 0n;
  return v === '' || /^-?0+$/.test(v);
}

const str = (v: Value) => (typeof v === 'bigint' ? v.toString() : v);
const arith = (v: Value): bigint | null => (typeof v === 'bigint' ? v : looksLikeInteger(v) ? BigInt(v) : null);

/** docolon: STRING : REGEXP, anchored at the start; the \( \) group's text, or the length matched. */
function colon(sv: Value, pv: Value): Value {
  const s = str(sv);
  let t;
  try {
    t = parseTree(str(pv), { kind: 'bre' });
  } catch (e) {
    if (e instanceof RegexError) throw new ExprError(e.message, 2);
    throw e;
  }
  // re_match: anchored at the start of STRING, the longest match there
  const re = fromTree({ t: 'cat', items: [{ t: 'assert', js: '^' }, t.root] }, t.nsub, t.complex, t.backrefs, { kind: 'bre' });
  const m = re.exec(s);
  if (t.nsub > 0) return m ? (m[1] ?? '') : '';
  return BigInt(m ? chars(m[0]).length : 0);
}

function compare(l: Value, r: Value, op: string): bigint {
  const a = str(l);
  const b = str(r);
  const cmp = looksLikeInteger(a) && looksLikeInteger(b) ? (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0) : a === b ? 0 : a.localeCompare(b) || (a < b ? -1 : 1);
  const val = op === '<' ? cmp < 0 : op === '<=' ? cmp <= 0 : op === '=' || op === '==' ? cmp === 0 : op === '!=' ? cmp !== 0 : op === '>=' ? cmp >= 0 : cmp > 0;
  return val ? 1n : 0n;
}

function evaluate(argv: string[]): Value {
  let k = 0;
  const more = () => k < argv.length;
  const next = (t: string) => {
    if (k < argv.length && argv[k] === t) {
      k++;
      return true;
    }
    return false;
  };
  const requireMore = () => {
    if (!more()) throw new ExprError(`syntax error: missing argument after ${q(argv[k - 1])}`, 2);
  };

  const e7 = (ev: boolean): Value => {
    requireMore();
    if (next('(')) {
      const v = e0(ev);
      if (!more()) throw new ExprError(`syntax error: expecting ')' after ${q(argv[k - 1])}`, 2);
      if (!next(')')) throw new ExprError(`syntax error: expecting ')' instead of ${q(argv[k])}`, 2);
      return v;
    }
    if (next(')')) throw new ExprError("syntax error: unexpected ')'", 2);
    return argv[k++];
  };
  const e6 = (ev: boolean): Value => {
    if (next('+')) {
      requireMore();
      return argv[k++];
    }
    if (next('length')) return BigInt(chars(str(e6(ev))).length);
    if (next('match')) {
      const l = e6(ev);
      const r = e6(ev);
      return ev ? colon(l, r) : l;
    }
    if (next('index')) {
      const l = chars(str(e6(ev)));
      const r = str(e6(ev));
      if (!r) return 0n;
      const i = l.findIndex((c) => r.includes(c));
      return BigInt(i + 1);
    }
    if (next('substr')) {
      const l = chars(str(e6(ev)));
      const i1 = arith(e6(ev));
      const i2 = arith(e6(ev));
      if (i1 === null || i2 === null || i1 <= 0n || i2 <= 0n || i1 > BigInt(l.length)) return '';
      const pos = Number(i1);
      return l.slice(pos - 1, pos - 1 + Number(i2 > BigInt(l.length) ? BigInt(l.length) : i2)).join('');
    }
    return e7(ev);
  };
  const e5 = (ev: boolean): Value => {
    let l = e6(ev);
    while (next(':')) {
      const r = e6(ev);
      if (ev) l = colon(l, r);
    }
    return l;
  };
  const binary = (sub: (ev: boolean) => Value, ops: string[], apply: (a: bigint, b: bigint, op: string) => bigint) => (ev: boolean): Value => {
    let l = sub(ev);
    for (;;) {
      const op = ops.find((o) => next(o));
      if (!op) return l;
      const r = sub(ev);
      if (ev) {
        const a = arith(l);
        const b = arith(r);
        if (a === null || b === null) throw new ExprError('non-integer argument', 2);
        l = apply(a, b, op);
      }
    }
  };
  const e4 = binary(e5, ['*', '/', '%'], (a, b, op) => {
    if (op !== '*' && b === 0n) throw new ExprError('division by zero', 2);
    return op === '*' ? a * b : op === '/' ? a / b : a % b;
  });
  const e3 = binary(e4, ['+', '-'], (a, b, op) => (op === '+' ? a + b : a - b));
  const e2 = (ev: boolean): Value => {
    let l = e3(ev);
    for (;;) {
      const op = ['<', '<=', '=', '==', '!=', '>=', '>'].find((o) => next(o));
      if (!op) return l;
      const r = e3(ev);
      l = ev ? compare(l, r, op) : 0n;
    }
  };
  const e1 = (ev: boolean): Value => {
    let l = e2(ev);
    while (next('&')) {
      const r = e2(ev && !isNull(l));
      if (isNull(l) || isNull(r)) l = 0n;
    }
    return l;
  };
  const e0 = (ev: boolean): Value => {
    let l = e1(ev);
    while (next('|')) {
      const r = e1(ev && isNull(l));
      if (isNull(l)) l = isNull(r) ? 0n : r;
    }
    return l;
  };

  const v = e0(true);
  if (more()) throw new ExprError(`syntax error: unexpected argument ${q(argv[k])}`, 2);
  return v;
}

export function* run(ctx: CommandContext): CommandRun {
  let argv = ctx.args;
  // gnulib's parse_long_options: a lone --help or --version (or a prefix of one), nothing else
  if (argv.length === 1 && /^--[a-z]+$/.test(argv[0])) {
    const w = argv[0].slice(2);
    if ('help'.startsWith(w)) {
      ctx.out(help);
      return 0;
    }
    if ('version'.startsWith(w)) {
      ctx.out(version);
      return 0;
    }
  }
  if (argv[0] === '--') argv = argv.slice(1);
  if (!argv.length) {
    ctx.err("expr: missing operand\nTry 'expr --help' for more information.\n");
    return 2;
  }
  try {
    const v = evaluate(argv);
    ctx.out(str(v) + '\n');
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    ctx.err(`expr: ${e.message}\n`);
    return e.status;
  }
}
