// Expressions without calls or getline evaluated directly (no generator per node): most of what awk programs do
// per record. interp.ts sends such an expression here and keeps the rest.
import type { Expr } from './ast';
import type { Interp } from './interp';
import { compare, toBool, toNum, UNINIT, type Value } from './values';

const pureCache = new WeakMap<Expr, boolean>();

/** Whether the expression can be evaluated without running a command or a user function. */
export function isPure(e: Expr): boolean {
  const c = pureCache.get(e);
  if (c !== undefined) return c;
  let r: boolean;
  switch (e.k) {
    case 'num':
    case 'str':
    case 're':
    case 'var':
      r = true;
      break;
    case 'idx':
    case 'in':
      r = e.subs.every(isPure);
      break;
    case 'field':
    case 'unary':
      r = isPure(e.e);
      break;
    case 'group':
      r = e.items.length === 1 && isPure(e.items[0]);
      break;
    case 'assign':
      r = (e.lhs.k === 'var' || e.lhs.k === 'idx' || e.lhs.k === 'field') && isPure(e.lhs) && isPure(e.rhs);
      break;
    case 'incdec':
      r = (e.lhs.k === 'var' || e.lhs.k === 'idx' || e.lhs.k === 'field') && isPure(e.lhs);
      break;
    case 'cond':
      r = isPure(e.c) && isPure(e.a) && isPure(e.b);
      break;
    case 'and':
    case 'or':
    case 'cmp':
    case 'concat':
    case 'bin':
      r = isPure(e.a) && isPure(e.b);
      break;
    case 'match':
      r = isPure(e.a) && isPure(e.re);
      break;
    default:
      r = false;
  }
  pureCache.set(e, r);
  return r;
}

function assign(it: Interp, lhs: Expr, v: Value): void {
  if (lhs.k === 'var') it.setVar(lhs, v);
  else if (lhs.k === 'idx') it.cellOf(lhs).arr().set(it.subscript(lhs.subs.map((s) => evalPure(it, s))), v);
  else if (lhs.k === 'field') it.st.setField(it.fieldIndex(evalPure(it, lhs.e)), v);
}

const CMP: Record<string, (c: number) => boolean> = { '<': (c) => c < 0, '<=': (c) => c <= 0, '>': (c) => c > 0, '>=': (c) => c >= 0, '==': (c) => c === 0, '!=': (c) => c !== 0 };

/** The value of a pure expression (isPure). */
export function evalPure(it: Interp, e: Expr): Value {
  switch (e.k) {
    case 'num':
    case 'str':
      return e.v;
    case 're':
      return it.regexOf(e.src).test(it.st.record()) ? 1 : 0;
    case 'var':
      return it.getVar(e);
    case 'idx': {
      const k = it.subscript(e.subs.map((s) => evalPure(it, s)));
      const a = it.cellOf(e).arr();
      const v = a.get(k);
      if (v !== undefined) return v;
      a.set(k, UNINIT);
      return UNINIT;
    }
    case 'field':
      return it.st.field(it.fieldIndex(evalPure(it, e.e)));
    case 'group':
      return evalPure(it, (e as Expr & { k: 'group' }).items[0]);
    case 'assign': {
      const v = e.op === '=' ? evalPure(it, e.rhs) : it.arith(e.op.slice(0, -1), toNum(evalPure(it, e.lhs)), toNum(evalPure(it, e.rhs)), `\`${e.op}'`);
      assign(it, e.lhs, v);
      return v;
    }
    case 'incdec': {
      const old = toNum(evalPure(it, e.lhs));
      const nv = e.op === '++' ? old + 1 : old - 1;
      assign(it, e.lhs, nv);
      return e.prefix ? nv : old;
    }
    case 'cond':
      return toBool(evalPure(it, e.c)) ? evalPure(it, e.a) : evalPure(it, e.b);
    case 'and':
      return toBool(evalPure(it, e.a)) && toBool(evalPure(it, e.b)) ? 1 : 0;
    case 'or':
      return toBool(evalPure(it, e.a)) || toBool(evalPure(it, e.b)) ? 1 : 0;
    case 'in':
      return it.cellOf(e).arr().has(it.subscript(e.subs.map((s) => evalPure(it, s)))) ? 1 : 0;
    case 'match': {
      const s = it.st.toStr(evalPure(it, e.a));
      const re = e.re.k === 're' ? it.regexOf(e.re.src) : it.regexOf(evalPure(it, e.re));
      return re.test(s) !== e.neg ? 1 : 0;
    }
    case 'cmp':
      return CMP[e.op](compare(evalPure(it, e.a), evalPure(it, e.b), it.st.convfmt)) ? 1 : 0;
    case 'concat':
      return it.st.toStr(evalPure(it, e.a)) + it.st.toStr(evalPure(it, e.b));
    case 'bin':
      return it.arith(e.op, toNum(evalPure(it, e.a)), toNum(evalPure(it, e.b)), e.op === '%' ? "`%'" : '');
    case 'unary': {
      const v = evalPure(it, e.e);
      if (e.op === '!') return toBool(v) ? 0 : 1;
      return e.op === '-' ? -toNum(v) : toNum(v);
    }
  }
  return it.fatal('internal: not a pure expression');
}
