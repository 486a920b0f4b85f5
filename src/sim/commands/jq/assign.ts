// jq 1.6's assignment operators (builtin.jq _assign and _modify): `=` sets every path of the left side to each
// value of the right side (evaluated on the input); `|=` replaces each path's value with the first result of the
// update, deleting the path when there is none; `+=` and the other arithmetic ones and `//=` take the right side's
// values from the input.
import type { Node } from './ast';
import type { Env, Gen, Interp, P } from './interp';
import { arith, delPaths, getPath, setPath } from './ops';
import { dump, fail, truthy, type Value } from './values';

function pathsOf(ip: Interp, l: Node, v: Value, env: Env): Value[][] {
  const out: Value[][] = [];
  for (const [x, xp] of ip.ev(l, v, [], env)) {
    if (xp === null || xp === false) {
      const s = dump(x, { indent: 0 });
      const b = new TextEncoder().encode(s);
      fail(`Invalid path expression with result ${b.length > 29 ? new TextDecoder().decode(b.slice(0, 26)) + '...' : s}`);
    }
    out.push(xp as Value[]);
  }
  return out;
}

export function* assign(this: Interp, op: string, l: Node, r: Node, v: Value, p: P, env: Env): Gen {
  const np: P = p === false ? false : null;
  if (op === '=') {
    for (const x of this.vals(r, v, env)) {
      let out = v;
      for (const path of pathsOf(this, l, v, env)) out = setPath(out, path, x);
      yield [out, np];
    }
    return;
  }
  if (op === '|=') {
    let out = v;
    for (const path of pathsOf(this, l, v, env)) {
      const first = this.vals(r, getPath(out, path), env).next();
      out = first.done ? delPaths(out, [path]) : setPath(out, path, first.value);
    }
    yield [out, np];
    return;
  }
  for (const x of this.vals(r, v, env)) {
    let out = v;
    for (const path of pathsOf(this, l, v, env)) {
      const old = getPath(out, path);
      out = setPath(out, path, op === '//=' ? (truthy(old) ? old : x) : arith(op.slice(0, -1), old, x));
    }
    yield [out, np];
  }
}
