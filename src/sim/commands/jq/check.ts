// jq's compile step: every function and variable a program names must be defined where it is used
// ("foo/0 is not defined", "$nope is not defined"), in the order they appear; the messages point at the name.
import type { Node, Pattern } from './ast';

type Scope = { fns: Set<string>; vars: Set<string> };

function patVars(p: Pattern, out: Set<string>) {
  if (p.t === 'var') out.add(p.name);
  else if (p.t === 'array') p.items.forEach((x) => patVars(x, out));
  else
    for (const e of p.entries) {
      if (e.keyVar) out.add(e.keyVar);
      if (e.val) patVars(e.val, out);
    }
}

const withVars = (s: Scope, names: Iterable<string>): Scope => ({ fns: s.fns, vars: new Set([...s.vars, ...names]) });

export function undefinedNames(root: Node, builtins: Set<string>, vars: Set<string>): { msg: string; pos: number }[] {
  const errs: { msg: string; pos: number }[] = [];
  const walk = (n: Node | null, s: Scope): void => {
    if (!n) return;
    switch (n.t) {
      case 'call': {
        const key = `${n.name}/${n.args.length}`;
        if (!s.fns.has(key) && !builtins.has(key)) errs.push({ msg: `${key} is not defined`, pos: n.pos });
        n.args.forEach((a) => walk(a, s));
        return;
      }
      case 'var':
        if (!s.vars.has(n.name) && n.name !== 'ENV' && n.name !== '__loc__') errs.push({ msg: `$${n.name} is not defined`, pos: n.pos });
        return;
      case 'def': {
        const key = `${n.name}/${n.params.length}`;
        const inner: Scope = { fns: new Set([...s.fns, key]), vars: s.vars };
        const body: Scope = { fns: new Set(inner.fns), vars: new Set(s.vars) };
        for (const p of n.params) {
          if (p.startsWith('$')) {
            body.vars.add(p.slice(1));
            body.fns.add(p.slice(1) + '/0');
          } else body.fns.add(p + '/0');
        }
        walk(n.body, body);
        walk(n.rest, inner);
        return;
      }
      case 'as': {
        walk(n.src, s);
        const names = new Set<string>();
        n.pats.forEach((p) => patVars(p, names));
        n.pats.forEach((p) => patExprs(p, s));
        walk(n.body, withVars(s, names));
        return;
      }
      case 'reduce':
      case 'foreach': {
        walk(n.src, s);
        walk(n.init, s);
        const names = new Set<string>();
        patVars(n.pat, names);
        const inner = withVars(s, names);
        walk(n.update, inner);
        if (n.t === 'foreach') walk(n.extract, inner);
        return;
      }
      case 'label':
        walk(n.body, withVars(s, ['*label-' + n.name]));
        return;
      case 'break':
        if (!s.vars.has('*label-' + n.name)) errs.push({ msg: `$*label-${n.name} is not defined`, pos: 0 });
        return;
      case 'index':
        walk(n.target, s);
        walk(n.key, s);
        return;
      case 'slice':
        walk(n.target, s);
        walk(n.from, s);
        walk(n.to, s);
        return;
      case 'iterate':
        walk(n.target, s);
        return;
      case 'try':
        walk(n.body, s);
        walk(n.handler, s);
        return;
      case 'neg':
        walk(n.e, s);
        return;
      case 'if':
        walk(n.cond, s);
        walk(n.then, s);
        walk(n.else, s);
        return;
      case 'array':
        walk(n.e, s);
        return;
      case 'object':
        for (const e of n.entries) {
          walk(e.key, s);
          walk(e.val, s);
        }
        return;
      case 'string':
        n.parts.forEach((p) => typeof p !== 'string' && walk(p, s));
        return;
      case 'pipe':
      case 'comma':
      case 'binop':
      case 'and':
      case 'or':
      case 'alt':
      case 'assign':
        walk(n.l, s);
        walk(n.r, s);
        return;
      default:
        return;
    }
  };
  const patExprs = (p: Pattern, s: Scope) => {
    if (p.t === 'array') p.items.forEach((x) => patExprs(x, s));
    else if (p.t === 'object')
      for (const e of p.entries) {
        if (e.key) walk(e.key, s);
        if (e.val) patExprs(e.val, s);
      }
  };
  walk(root, { fns: new Set(), vars });
  return errs;
}
