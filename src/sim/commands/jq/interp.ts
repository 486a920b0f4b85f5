// Running a jq program: every filter is a generator of results. In path mode (path(f), assignments, del,
// paths) each result carries the path it was found at; a result that is not a path of the input (a literal, an
// arithmetic result) breaks the path, and indexing or ending there gives jq's "Invalid path expression" errors.
import type { Node, Pattern } from './ast';
import { arith, compareOp, getIndex, iterate, sliceOf } from './ops';
import { desc, dump, fail, isObject, JqError, kind, obj, trunc, truthy, type Value } from './values';

/** A result's path: keys from the input down, null when broken, false outside path mode. */
export type P = Value[] | null | false;
export type R = [Value, P];
export type Gen = Generator<R, void, undefined>;

export interface Fn {
  params: string[];
  body: Node;
  /** The environment the body runs in (holds the function itself, for recursion). */
  env: Env;
}

export interface Env {
  up: Env | null;
  key: string;
  val?: Value;
  fn?: Fn;
  /** A filter argument: its node and the caller's environment. */
  closure?: { node: Node; env: Env };
}

export class BreakSignal {
  constructor(readonly label: object) {}
}

export interface Builtin {
  (ip: Interp, args: { node: Node; env: Env }[], v: Value, p: P): Gen;
}

export function lookup(env: Env | null, key: string): Env | null {
  for (let e = env; e; e = e.up) if (e.key === key) return e;
  return null;
}

export const bind = (up: Env | null, key: string, x: Partial<Env>): Env => ({ up, key, ...x });

function pathErr(kindOf: 'result' | 'access' | 'iterate', v: Value, k?: Value): never {
  const t30 = (x: Value) => trunc(x, 30);
  if (kindOf === 'result') return fail(`Invalid path expression with result ${t30(v)}`);
  if (kindOf === 'access') return fail(`Invalid path expression near attempt to access element ${trunc(k!)} of ${t30(v)}`);
  return fail(`Invalid path expression near attempt to iterate through ${t30(v)}`);
}

export const ext = (p: P, k: Value): P => (p === false ? false : p === null ? null : [...p, k]);

export class Interp {
  constructor(readonly builtins: Map<string, Builtin>) {}

  /** Only the values of a filter (arguments, conditions): not in path mode. */
  *vals(n: Node, v: Value, env: Env): Generator<Value, void, undefined> {
    for (const [x] of this.ev(n, v, false, env)) yield x;
  }

  *ev(n: Node, v: Value, p: P, env: Env): Gen {
    switch (n.t) {
      case 'identity':
        yield [v, p];
        return;
      case 'recurse':
        yield* this.recurseAll(v, p);
        return;
      case 'literal':
        yield [n.v, p === false ? false : null];
        return;
      case 'index':
        for (const [t, tp] of this.ev(n.target, v, p, env))
          for (const k of this.vals(n.key, v, env)) {
            if (tp === null) pathErr('access', t, k);
            yield [getIndex(t, k), ext(tp, k)];
          }
        return;
      case 'slice':
        for (const [t, tp] of this.ev(n.target, v, p, env))
          for (const to of n.to ? this.vals(n.to, v, env) : [null])
            for (const from of n.from ? this.vals(n.from, v, env) : [null]) {
              const k = obj([['start', from], ['end', to]]);
              if (tp === null) pathErr('access', t, k);
              yield [sliceOf(t, from, to), ext(tp, k)];
            }
        return;
      case 'iterate':
        for (const [t, tp] of this.ev(n.target, v, p, env)) {
          if (tp === null) pathErr('iterate', t);
          for (const [k, x] of iterate(t)) yield [x, ext(tp, k)];
        }
        return;
      case 'try':
        try {
          for (const r of this.ev(n.body, v, p, env)) yield r;
        } catch (e) {
          if (!(e instanceof JqError)) throw e;
          if (e.silent) return;
          if (n.handler) for (const x of this.vals(n.handler, e.value, env)) yield [x, p === false ? false : null];
        }
        return;
      case 'pipe':
        for (const [x, xp] of this.ev(n.l, v, p, env)) yield* this.ev(n.r, x, xp, env);
        return;
      case 'comma':
        yield* this.ev(n.l, v, p, env);
        yield* this.ev(n.r, v, p, env);
        return;
      case 'neg':
        for (const x of this.vals(n.e, v, env)) {
          if (typeof x !== 'number') fail(`${desc(x)} cannot be negated`);
          yield [-(x as number), p === false ? false : null];
        }
        return;
      case 'binop':
        for (const r of this.vals(n.r, v, env))
          for (const l of this.vals(n.l, v, env)) yield [['==', '!=', '<', '<=', '>', '>='].includes(n.op) ? compareOp(n.op, l, r) : arith(n.op, l, r), p === false ? false : null];
        return;
      case 'and':
      case 'or':
        for (const l of this.vals(n.l, v, env)) {
          if (n.t === 'and' ? !truthy(l) : truthy(l)) {
            yield [n.t === 'or', p === false ? false : null];
            continue;
          }
          for (const r of this.vals(n.r, v, env)) yield [truthy(r), p === false ? false : null];
        }
        return;
      case 'alt': {
        let any = false;
        try {
          for (const [x, xp] of this.ev(n.l, v, p, env))
            if (truthy(x)) {
              any = true;
              yield [x, xp];
            }
        } catch (e) {
          if (!(e instanceof JqError)) throw e;
        }
        if (!any) yield* this.ev(n.r, v, p, env);
        return;
      }
      case 'if':
        for (const c of this.vals(n.cond, v, env)) {
          if (truthy(c)) yield* this.ev(n.then, v, p, env);
          else if (n.else) yield* this.ev(n.else, v, p, env);
          else yield [v, p];
        }
        return;
      case 'reduce': {
        let accs: R[] = [...this.ev(n.init, v, p, env)];
        for (const x of this.vals(n.src, v, env))
          for (const e of this.patterns([n.pat], x, env)) {
            const next: R[] = [];
            for (const [a, ap] of accs) {
              let last: R | null = null;
              for (const r of this.ev(n.update, a, ap, e)) last = r;
              if (last) next.push(last);
            }
            accs = next.length ? [next[next.length - 1]] : [[null, p === false ? false : null]];
          }
        yield* accs;
        return;
      }
      case 'foreach':
        for (const [init, ip] of this.ev(n.init, v, p, env)) {
          let acc: R = [init, ip];
          for (const x of this.vals(n.src, v, env))
            for (const e of this.patterns([n.pat], x, env))
              for (const r of this.ev(n.update, acc[0], acc[1], e)) {
                acc = r;
                if (n.extract) yield* this.ev(n.extract, r[0], r[1], e);
                else yield r;
              }
        }
        return;
      case 'def': {
        const key = `${n.name}/${n.params.length}`;
        const fn: Fn = { params: n.params, body: n.body, env: null as unknown as Env };
        const e = bind(env, key, { fn });
        fn.env = e;
        yield* this.ev(n.rest, v, p, e);
        return;
      }
      case 'call':
        yield* this.call(n.name, n.args, v, p, env);
        return;
      case 'var': {
        const e = lookup(env, '$' + n.name);
        if (!e) {
          if (n.name === 'ENV') {
            yield [this.envObj(), p === false ? false : null];
            return;
          }
          fail(`$${n.name} is not defined`);
        }
        yield [e!.val!, p === false ? false : null];
        return;
      }
      case 'as': {
        for (const x of this.vals(n.src, v, env)) {
          if (n.pats.length === 1) {
            for (const e of this.patterns(n.pats, x, env)) yield* this.ev(n.body, v, p, e);
            continue;
          }
          const names = new Set<string>();
          for (const pt of n.pats) patternVars(pt, names);
          for (let i = 0; i < n.pats.length; i++) {
            let base = env;
            for (const name of names) base = bind(base, '$' + name, { val: null });
            try {
              for (const e of this.patterns([n.pats[i]], x, base)) yield* this.ev(n.body, v, p, e);
              break;
            } catch (err) {
              if (!(err instanceof JqError) || i === n.pats.length - 1) throw err;
            }
          }
        }
        return;
      }
      case 'label': {
        const id = {};
        try {
          yield* this.ev(n.body, v, p, bind(env, '*label:' + n.name, { val: id as unknown as Value }));
        } catch (e) {
          if (!(e instanceof BreakSignal) || e.label !== id) throw e;
        }
        return;
      }
      case 'break': {
        const e = lookup(env, '*label:' + n.name);
        if (!e) fail('$*label-' + n.name + ' is not defined');
        throw new BreakSignal(e!.val as unknown as object);
      }
      case 'array': {
        const out: Value[] = [];
        if (n.e) for (const x of this.vals(n.e, v, env)) out.push(x);
        yield [out, p === false ? false : null];
        return;
      }
      case 'object':
        for (const o of this.objects(n.entries, 0, v, env, obj())) yield [o, p === false ? false : null];
        return;
      case 'format':
        yield [this.format(n.name, v), p === false ? false : null];
        return;
      case 'string':
        for (const s of this.interp(n.parts, 0, v, env, n.fmt)) yield [s, p === false ? false : null];
        return;
      case 'assign':
        yield* this.assign(n.op, n.l, n.r, v, p, env);
        return;
    }
  }

  private *interp(parts: (string | Node)[], i: number, v: Value, env: Env, fmt: string | null): Generator<string> {
    if (i >= parts.length) {
      yield '';
      return;
    }
    const part = parts[i];
    if (typeof part === 'string') {
      for (const rest of this.interp(parts, i + 1, v, env, fmt)) yield part + rest;
      return;
    }
    // jq builds the string from the right: the later interpolations vary slowest
    for (const rest of this.interp(parts, i + 1, v, env, fmt))
      for (const x of this.vals(part, v, env)) yield (fmt ? this.format(fmt, x) : typeof x === 'string' ? x : dump(x, { indent: 0 })) + rest;
  }

  private *objects(entries: { key: Node; val: Node }[], i: number, v: Value, env: Env, acc: Map<string, Value>): Generator<Value> {
    if (i >= entries.length) {
      yield acc;
      return;
    }
    const { key, val } = entries[i];
    for (const k of this.vals(key, v, env)) {
      if (typeof k !== 'string') {
        if (kind(k) === 'number' || kind(k) === 'null' || kind(k) === 'boolean' || Array.isArray(k) || isObject(k)) fail(`Object keys must be strings`);
      }
      for (const x of this.vals(val, v, env)) {
        const next = new Map(acc);
        next.set(k as string, x);
        yield* this.objects(entries, i + 1, v, env, next);
      }
    }
  }

  *patterns(pats: Pattern[], x: Value, env: Env): Generator<Env> {
    yield* this.destructure(pats[0], x, env);
  }

  private *destructure(pat: Pattern, x: Value, env: Env): Generator<Env> {
    if (pat.t === 'var') {
      yield bind(env, '$' + pat.name, { val: x });
      return;
    }
    if (pat.t === 'array') {
      if (x !== null && !Array.isArray(x)) fail(`Cannot index ${kind(x)} with number`);
      const go = function* (this: Interp, i: number, e: Env): Generator<Env> {
        if (i >= pat.items.length) {
          yield e;
          return;
        }
        yield* (function* (self: Interp) {
          for (const e2 of self.destructure(pat.items[i], getIndex(x, i), e)) yield* go.call(self, i + 1, e2);
        })(this);
      };
      yield* go.call(this, 0, env);
      return;
    }
    const go = function* (this: Interp, i: number, e: Env): Generator<Env> {
      if (i >= pat.entries.length) {
        yield e;
        return;
      }
      const ent = pat.entries[i];
      if (ent.keyVar !== undefined) {
        const val = getIndex(x, ent.keyVar);
        const e1 = bind(e, '$' + ent.keyVar, { val });
        if (ent.val) for (const e2 of this.destructure(ent.val, val, e1)) yield* go.call(this, i + 1, e2);
        else yield* go.call(this, i + 1, e1);
        return;
      }
      for (const k of this.vals(ent.key!, x, e)) {
        if (typeof k !== 'string') fail(`Cannot index ${kind(x)} with ${kind(k)}`);
        for (const e2 of this.destructure(ent.val!, getIndex(x, k), e)) yield* go.call(this, i + 1, e2);
      }
    };
    yield* go.call(this, 0, env);
  }

  *call(name: string, args: Node[], v: Value, p: P, env: Env): Gen {
    const key = `${name}/${args.length}`;
    const e = lookup(env, key);
    if (e?.closure) {
      yield* this.ev(e.closure.node, v, p, e.closure.env);
      return;
    }
    if (e?.val !== undefined && !e.fn) {
      yield [e.val, p === false ? false : null];
      return;
    }
    if (e?.fn) {
      const fn = e.fn;
      const valueParams = fn.params.map((x, i) => [x, i] as const).filter(([x]) => x.startsWith('$'));
      const bindRest = function* (this: Interp, j: number, benv: Env): Gen {
        if (j >= valueParams.length) {
          yield* this.ev(fn.body, v, p, benv);
          return;
        }
        const [pname, i] = valueParams[j];
        for (const x of this.vals(args[i], v, env)) {
          const b1 = bind(bind(benv, pname, { val: x }), pname.slice(1) + '/0', { val: x });
          yield* bindRest.call(this, j + 1, b1);
        }
      };
      let benv = fn.env;
      fn.params.forEach((pn, i) => {
        if (!pn.startsWith('$')) benv = bind(benv, pn + '/0', { closure: { node: args[i], env } });
      });
      yield* bindRest.call(this, 0, benv);
      return;
    }
    const b = this.builtins.get(key);
    if (!b) fail(`${key} is not defined`);
    yield* b!(
      this,
      args.map((node) => ({ node, env })),
      v,
      p,
    );
  }

  *recurseAll(v: Value, p: P): Gen {
    yield [v, p];
    if (Array.isArray(v) || isObject(v)) for (const [k, x] of iterate(v)) yield* this.recurseAll(x, ext(p, k));
  }

  /** Set by run.ts: the next input (input, inputs), its file's name, debug's and stderr's output. */
  input: () => Value = () => fail('No more inputs');
  inputName: () => Value = () => null;
  debug: (v: Value, raw?: boolean) => void = () => {};
  /** Set by run.ts: the environment variables ($ENV, env). */
  envObj: () => Value = () => obj();
  /** Set by builtins.ts: @base64 and the other formats. */
  format: (name: string, v: Value) => string = () => '';
  /** Set by builtins.ts: assignment operators. */
  assign: (op: string, l: Node, r: Node, v: Value, p: P, env: Env) => Gen = function* () {};
}

function patternVars(p: Pattern, out: Set<string>) {
  if (p.t === 'var') out.add(p.name);
  else if (p.t === 'array') p.items.forEach((x) => patternVars(x, out));
  else
    for (const e of p.entries) {
      if (e.keyVar) out.add(e.keyVar);
      if (e.val) patternVars(e.val, out);
    }
}

export { JqError };
