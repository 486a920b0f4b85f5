// The length in bytes of the code bc 1.07.1 compiles each construct to (bc.y's generate() strings as load.c
// stores them: a constant is 'K', a byte per digit or point and ':', 0 and 1 alone one byte; a variable, array or
// function number one byte under 128; a branch or jump three bytes; a label none). Runtime errors name the address
// after the failing instruction, counted from the start of the line's code (main's code is cleared after each
// line runs) or of the function's body.
import type { Expr, Stmt } from './lang';

export function exprSize(e: Expr): number {
  switch (e.k) {
    case 'num':
      return e.v === '0' || e.v === '1' ? 1 : e.v.length + 2;
    case 'var':
      return (e.idx ? exprSize(e.idx) : 0) + 2;
    case 'neg':
    case 'not':
      return exprSize(e.a) + 1;
    case 'bin':
      if (e.op === '&&') return exprSize(e.a) + 5 + exprSize(e.b) + 6;
      if (e.op === '||') return exprSize(e.a) + 3 + exprSize(e.b) + 8;
      return exprSize(e.a) + exprSize(e.b) + 1;
    case 'assign': {
      const idx = e.to.idx ? exprSize(e.to.idx) : 0;
      const load = e.op === '=' ? 0 : e.to.idx ? 3 : 2;
      return idx + load + exprSize(e.v) + (e.op === '=' ? 0 : 1) + 2;
    }
    case 'inc':
      if (!e.to.idx) return 4;
      return exprSize(e.to.idx) + (e.pre ? 5 : 6);
    case 'call':
      return e.args.reduce((s, a) => s + exprSize(a), 0) + 2 + e.args.length + 1;
    case 'fn':
      return exprSize(e.a) + 2;
  }
}

/** Where a for loop's parts start, from the start of its code. */
export function forLayout(s: Stmt & { k: 'for' }) {
  const cond = s.init ? exprSize(s.init) + 1 : 0;
  const step = cond + (s.c ? exprSize(s.c) : 1) + 6;
  const body = step + (s.step ? exprSize(s.step) + 1 : 0) + 3;
  return { cond, step, body, end: body + stmtSize(s.body) + 3 };
}

export function stmtSize(s: Stmt): number {
  switch (s.k) {
    case 'expr':
      return exprSize(s.e) + 1;
    case 'str':
      return s.v.length + 2;
    case 'print':
      return s.items.reduce<number>((n, it) => n + (typeof it === 'string' ? it.length + 2 : exprSize(it) + 1), 0);
    case 'block':
      return s.body.reduce((n, b) => n + stmtSize(b), 0);
    case 'if':
      return exprSize(s.c) + 3 + stmtSize(s.then) + (s.else ? 3 + stmtSize(s.else) : 0);
    case 'while':
      return exprSize(s.c) + 3 + stmtSize(s.body) + 3;
    case 'for':
      return forLayout(s).end;
    case 'break':
    case 'continue':
      return 3;
    case 'halt':
      return 1;
    case 'return':
      return (s.e ? exprSize(s.e) : 1) + 1;
    case 'define':
    case 'limits':
    case 'empty':
      return 0;
  }
}
