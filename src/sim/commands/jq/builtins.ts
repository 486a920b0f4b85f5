// jq 1.6's builtins (builtin.c's C functions and builtin.jq's definitions), written natively. Those that jq
// defines as path expressions (select, recurse, first, last, limit, getpath, empty, error, ..) keep the path of
// their results, so path(), del(), paths and the assignment operators see through them.
import type { Node } from './ast';
import { ext, type Builtin, type Env, type Gen, type Interp, type P } from './interp';
import { parseJson } from './json';
import { arith, contains, delPaths, getIndex, getPath, iterate, keysOf, setPath } from './ops';
import { gmtime, mktime, strftime, strptime } from './strings';
import { compare, desc, dump, equal, fail, isObject, JqError, kind, obj, truthy, type Value } from './values';

export type Arg = { node: Node; env: Env };
export const B = new Map<string, Builtin>();
export const np = (p: P): P => (p === false ? false : null);

/** A function of the input alone. */
export function f0(name: string, fn: (v: Value) => Value) {
  B.set(`${name}/0`, function* (_ip, _a, v, p) {
    yield [fn(v), np(p)];
  });
}

/** A function of the input and its arguments' values (every combination, the last argument varying slowest). */
export function fN(name: string, n: number, fn: (v: Value, ...a: Value[]) => Value) {
  B.set(`${name}/${n}`, function* (ip, args, v, p) {
    const combos = function* (i: number, acc: Value[]): Generator<Value[]> {
      if (i < 0) {
        yield acc;
        return;
      }
      for (const x of ip.vals(args[i].node, v, args[i].env)) yield* combos(i - 1, [x, ...acc]);
    };
    for (const a of combos(n - 1, [])) yield [fn(v, ...a), np(p)];
  });
}

export function g(name: string, n: number, fn: (ip: Interp, args: Arg[], v: Value, p: P) => Gen) {
  B.set(`${name}/${n}`, fn);
}

export const vals = (ip: Interp, a: Arg, v: Value) => ip.vals(a.node, v, a.env);
const paths = (ip: Interp, a: Arg, v: Value) => ip.ev(a.node, v, [], a.env);

// path expressions
g('empty', 0, function* () {});
g('error', 0, function* (_ip, _a, v) {
  throw new JqError(v, v === null);
});
g('error', 1, function* (ip, a, v) {
  for (const m of vals(ip, a[0], v)) throw new JqError(m, m === null);
});
g('not', 0, function* (_ip, _a, v, p) {
  yield [!truthy(v), np(p)];
});
g('select', 1, function* (ip, a, v, p) {
  for (const c of vals(ip, a[0], v)) if (truthy(c)) yield [v, p];
});
function* recurse(ip: Interp, f: Arg, v: Value, p: P, cond?: Arg): Gen {
  yield [v, p];
  for (const [x, xp] of ip.ev(f.node, v, p, f.env)) {
    if (cond && ![...vals(ip, cond, x)].some(truthy)) continue;
    yield* recurse(ip, f, x, xp, cond);
  }
}
g('recurse', 0, (ip, _a, v, p) => ip.recurseAll(v, p));
g('recurse', 1, (ip, a, v, p) => recurse(ip, a[0], v, p));
g('recurse', 2, (ip, a, v, p) => recurse(ip, a[0], v, p, a[1]));
g('recurse_down', 0, (ip, _a, v, p) => ip.recurseAll(v, p));
g('getpath', 1, function* (ip, a, v, p) {
  for (const path of vals(ip, a[0], v)) {
    if (!Array.isArray(path)) fail('Path must be specified as an array');
    let r: Value;
    try {
      r = getPath(v, path as Value[]);
    } catch (e) {
      if (e instanceof JqError) r = null;
      else throw e;
      // jv_getpath: a path through a value that cannot be indexed is an error
      getPath(v, path as Value[]);
    }
    yield [r, p === false ? false : p === null ? null : [...p, ...(path as Value[])]];
  }
});
g('first', 1, function* (ip, a, v, p) {
  for (const r of ip.ev(a[0].node, v, p, a[0].env)) {
    yield r;
    return;
  }
});
g('last', 1, function* (ip, a, v, p) {
  let last: [Value, P] | null = null;
  for (const r of ip.ev(a[0].node, v, p, a[0].env)) last = r;
  yield last ?? [null, np(p)];
});
g('limit', 2, function* (ip, a, v, p) {
  for (const n of vals(ip, a[0], v)) {
    if (typeof n === 'number' && n < 0) {
      yield* ip.ev(a[1].node, v, p, a[1].env);
      continue;
    }
    let i = 0;
    for (const r of ip.ev(a[1].node, v, p, a[1].env)) {
      yield r;
      if (++i >= Math.max(1, n as number)) break;
    }
  }
});
g('nth', 2, function* (ip, a, v, p) {
  for (const n of vals(ip, a[0], v)) {
    if ((n as number) < 0) fail("nth doesn't support negative indices");
    let i = 0;
    let last: [Value, P] | null = null;
    for (const r of ip.ev(a[1].node, v, p, a[1].env)) {
      last = r;
      if (++i > (n as number)) break;
    }
    yield last ?? [null, np(p)];
  }
});
g('first', 0, function* (_ip, _a, v, p) {
  yield [getIndex(v, 0), ext(p, 0)];
});
g('last', 0, function* (_ip, _a, v, p) {
  yield [getIndex(v, -1), ext(p, -1)];
});
g('nth', 1, function* (ip, a, v, p) {
  for (const n of vals(ip, a[0], v)) yield [getIndex(v, n), ext(p, n)];
});
g('until', 2, function* (ip, a, v, p) {
  let cur: [Value, P] = [v, p];
  for (;;) {
    if ([...vals(ip, a[0], cur[0])].some(truthy)) {
      yield cur;
      return;
    }
    const nx = ip.ev(a[1].node, cur[0], cur[1], a[1].env).next();
    if (nx.done) return;
    cur = nx.value;
  }
});
g('while', 2, function* w(ip, a, v, p): Gen {
  if (![...vals(ip, a[0], v)].some(truthy)) return;
  yield [v, p];
  for (const [x, xp] of ip.ev(a[1].node, v, p, a[1].env)) yield* w(ip, a, x, xp);
});
g('repeat', 1, function* r(ip, a, v, p): Gen {
  yield [v, p];
  for (const [x, xp] of ip.ev(a[0].node, v, p, a[0].env)) yield* r(ip, a, x, xp);
});
g('path', 1, function* (ip, a, v, p) {
  for (const [x, xp] of paths(ip, a[0], v)) {
    if (xp === null || xp === false) fail(`Invalid path expression with result ${dumpT(x)}`);
    yield [xp as Value[], np(p)];
  }
});
const dumpT = (x: Value) => {
  const s = dump(x, { indent: 0 });
  return new TextEncoder().encode(s).length > 29 ? new TextDecoder().decode(new TextEncoder().encode(s).slice(0, 26)) + '...' : s;
};
function* allPaths(ip: Interp, v: Value): Generator<Value[]> {
  for (const [, xp] of ip.recurseAll(v, [])) if ((xp as Value[]).length) yield xp as Value[];
}
g('paths', 0, function* (ip, _a, v, p) {
  for (const x of allPaths(ip, v)) yield [x, np(p)];
});
g('paths', 1, function* (ip, a, v, p) {
  for (const x of allPaths(ip, v)) if ([...vals(ip, a[0], getPath(v, x))].some(truthy)) yield [x, np(p)];
});
g('leaf_paths', 0, function* (ip, _a, v, p) {
  for (const x of allPaths(ip, v)) {
    const y = getPath(v, x);
    if (!Array.isArray(y) && !isObject(y)) yield [x, np(p)];
  }
});
g('del', 1, function* (ip, a, v, p) {
  const ps: Value[] = [];
  for (const [x, xp] of paths(ip, a[0], v)) {
    if (xp === null || xp === false) fail(`Invalid path expression with result ${dumpT(x)}`);
    ps.push(xp as Value[]);
  }
  yield [delPaths(v, ps), np(p)];
});
fN('delpaths', 1, (v, ps) => {
  if (!Array.isArray(ps)) fail(`Paths must be specified as an array`);
  return delPaths(v, ps as Value[]);
});
fN('setpath', 2, (v, path, x) => {
  if (!Array.isArray(path)) fail('Path must be specified as an array');
  return setPath(v, path as Value[], x);
});
g('to_entries', 0, function* (_ip, _a, v, p) {
  yield [keysOf(v, false).map((k) => obj([['key', k], ['value', getIndex(v, k)]])), np(p)];
});
function fromEntries(v: Value): Value {
  const out = obj();
  for (const [, e] of iterate(v)) {
    let k: Value = null;
    for (const name of ['key', 'Key', 'name', 'Name']) {
      k = getIndex(e, name);
      if (truthy(k)) break;
    }
    if (typeof k !== 'string') {
      if (k === null || typeof k === 'boolean') fail(`Cannot use ${desc(k)} as object key`);
      if (typeof k === 'number') fail(`Cannot use ${desc(k)} as object key`);
      fail(`Object keys must be strings`);
    }
    const val = isObject(e) && e.has('value') ? e.get('value')! : getIndex(e, 'Value');
    out.set(k as string, val);
  }
  return out;
}
f0('from_entries', fromEntries);
g('with_entries', 1, function* (ip, a, v, p) {
  const entries = keysOf(v, false).map((k) => obj([['key', k], ['value', getIndex(v, k)]]));
  const mapped: Value[] = [];
  for (const e of entries) for (const x of vals(ip, a[0], e)) mapped.push(x);
  yield [fromEntries(mapped), np(p)];
});
g('map', 1, function* (ip, a, v, p) {
  const out: Value[] = [];
  for (const [, x] of iterate(v)) for (const y of vals(ip, a[0], x)) out.push(y);
  yield [out, np(p)];
});
g('map_values', 1, (ip, a, v, p) => ip.assign('|=', { t: 'iterate', target: { t: 'identity' } }, a[0].node, v, p, a[0].env));
g('walk', 1, function* walk(ip, a, v, p): Gen {
  let x: Value = v;
  if (isObject(v)) {
    const o = obj();
    for (const [k, y] of v) for (const [z] of walk(ip, a, y, false)) o.set(k, z);
    x = o;
  } else if (Array.isArray(v)) {
    const arr: Value[] = [];
    for (const y of v) for (const [z] of walk(ip, a, y, false)) arr.push(z);
    x = arr;
  }
  for (const r of vals(ip, a[0], x)) yield [r, np(p)];
});

// values
f0('length', (v) => {
  if (Array.isArray(v)) return v.length;
  if (isObject(v)) return v.size;
  if (typeof v === 'string') return [...v].length;
  if (typeof v === 'number') return Math.abs(v);
  if (v === null) return 0;
  return fail(`${desc(v)} has no length`);
});
f0('utf8bytelength', (v) => (typeof v === 'string' ? new TextEncoder().encode(v).length : fail(`${desc(v)} only strings have UTF-8 byte length`)));
f0('type', kind);
f0('keys', (v) => keysOf(v, true));
f0('keys_unsorted', (v) => keysOf(v, false));
fN('has', 1, (v, k) => {
  if (v === null) return false;
  if (isObject(v) && typeof k === 'string') return v.has(k);
  if (Array.isArray(v) && typeof k === 'number') return k >= 0 && k < v.length;
  return fail(`Cannot check whether ${kind(v)} has a ${kind(k)} key`);
});
g('in', 1, function* (ip, a, v, p) {
  for (const o of vals(ip, a[0], v)) yield [B.get('has/1') ? hasKey(o, v) : false, np(p)];
});
const hasKey = (o: Value, k: Value): boolean => {
  if (o === null) return false;
  if (isObject(o) && typeof k === 'string') return o.has(k);
  if (Array.isArray(o) && typeof k === 'number') return k >= 0 && k < o.length;
  return fail(`Cannot check whether ${kind(o)} has a ${kind(k)} key`);
};
fN('contains', 1, (v, b) => contains(v, b));
fN('inside', 1, (v, b) => contains(b, v));
f0('add', (v) => {
  let acc: Value = null;
  for (const [, x] of iterate(v)) acc = arith('+', acc, x);
  return acc;
});
g('any', 0, function* (_ip, _a, v, p) {
  yield [iterate(v).some(([, x]) => truthy(x)), np(p)];
});
g('all', 0, function* (_ip, _a, v, p) {
  yield [iterate(v).every(([, x]) => truthy(x)), np(p)];
});
const anyAll = (ip: Interp, gen: Generator<Value>, cond: Arg, all: boolean): boolean => {
  for (const x of gen) {
    const t = [...vals(ip, cond, x)].some(truthy);
    if (all && !t) return false;
    if (!all && t) return true;
  }
  return all;
};
g('any', 1, function* (ip, a, v, p) {
  yield [anyAll(ip, (function* () { for (const [, x] of iterate(v)) yield x; })(), a[0], false), np(p)];
});
g('all', 1, function* (ip, a, v, p) {
  yield [anyAll(ip, (function* () { for (const [, x] of iterate(v)) yield x; })(), a[0], true), np(p)];
});
g('any', 2, function* (ip, a, v, p) {
  yield [anyAll(ip, vals(ip, a[0], v), a[1], false), np(p)];
});
g('all', 2, function* (ip, a, v, p) {
  yield [anyAll(ip, vals(ip, a[0], v), a[1], true), np(p)];
});
g('isempty', 1, function* (ip, a, v, p) {
  yield [vals(ip, a[0], v).next().done === true, np(p)];
});
g('range', 1, function* (ip, a, v, p) {
  for (const n of vals(ip, a[0], v)) for (let i = 0; i < (n as number); i++) yield [i, np(p)];
});
g('range', 2, function* (ip, a, v, p) {
  for (const from of vals(ip, a[0], v))
    for (const to of vals(ip, a[1], v)) {
      if (typeof from !== 'number' || typeof to !== 'number') fail('Range bounds must be numeric');
      for (let i = from as number; i < (to as number); i++) yield [i, np(p)];
    }
});
g('range', 3, function* (ip, a, v, p) {
  for (const by of vals(ip, a[2], v))
    for (const to of vals(ip, a[1], v))
      for (const from of vals(ip, a[0], v)) {
        const [f, t, b] = [from as number, to as number, by as number];
        if (b === 0) {
          yield [f, np(p)];
          continue;
        }
        for (let i = f; b > 0 ? i < t : i > t; i += b) yield [i, np(p)];
      }
});
const sortArr = (v: Value): Value[] => {
  if (!Array.isArray(v)) fail(`${desc(v)} cannot be sorted, as it is not an array`);
  return [...(v as Value[])].sort(compare);
};
f0('sort', sortArr);
function keyed(ip: Interp, a: Arg, v: Value, what: string): [Value, Value][] {
  if (!Array.isArray(v)) fail(`${desc(v)} cannot be ${what}, as it is not an array`);
  return (v as Value[]).map((x) => [[...vals(ip, a, x)], x] as [Value, Value]);
}
const stableSort = (ks: [Value, Value][]) => ks.map((k, i) => [k, i] as const).sort((x, y) => compare(x[0][0], y[0][0]) || x[1] - y[1]).map(([k]) => k);
g('sort_by', 1, function* (ip, a, v, p) {
  yield [stableSort(keyed(ip, a[0], v, 'sorted')).map(([, x]) => x), np(p)];
});
function groups(ip: Interp, a: Arg, v: Value): Value[][] {
  const out: Value[][] = [];
  let prev: Value | undefined;
  for (const [k, x] of stableSort(keyed(ip, a, v, 'grouped'))) {
    if (prev !== undefined && equal(prev, k)) out[out.length - 1].push(x);
    else out.push([x]);
    prev = k;
  }
  return out;
}
g('group_by', 1, function* (ip, a, v, p) {
  yield [groups(ip, a[0], v), np(p)];
});
g('unique_by', 1, function* (ip, a, v, p) {
  yield [groups(ip, a[0], v).map((x) => x[0]), np(p)];
});
f0('unique', (v) => sortArr(v).filter((x, i, arr) => i === 0 || !equal(arr[i - 1], x)));
const minMax = (ks: [Value, Value][], max: boolean): Value => {
  if (!ks.length) return null;
  let best = ks[0];
  for (const k of ks.slice(1)) {
    const c = compare(k[0], best[0]);
    if (max ? c >= 0 : c < 0) best = k;
  }
  return best[1];
};
f0('min', (v) => minMax(sortArrNoSort(v, 'min').map((x) => [x, x]), false));
f0('max', (v) => minMax(sortArrNoSort(v, 'max').map((x) => [x, x]), true));
function sortArrNoSort(v: Value, _w: string): Value[] {
  if (!Array.isArray(v)) fail(`${desc(v)} cannot be sorted, as it is not an array`);
  return v as Value[];
}
g('min_by', 1, function* (ip, a, v, p) {
  yield [minMax(keyed(ip, a[0], v, 'sorted'), false), np(p)];
});
g('max_by', 1, function* (ip, a, v, p) {
  yield [minMax(keyed(ip, a[0], v, 'sorted'), true), np(p)];
});
f0('reverse', (v) => {
  if (typeof v === 'string' || v === null) return typeof v === 'string' ? [...v].reverse().join('') : [];
  if (!Array.isArray(v)) return fail(`Cannot index ${kind(v)} with number`);
  return [...v].reverse();
});
const flatten = (v: Value, depth: number): Value[] => {
  if (!Array.isArray(v)) return fail(`Cannot iterate over ${desc(v)}`);
  const out: Value[] = [];
  for (const x of v) if (Array.isArray(x) && depth !== 0) out.push(...flatten(x, depth - 1));
  else out.push(x);
  return out;
};
f0('flatten', (v) => flatten(v, -1));
fN('flatten', 1, (v, d) => ((d as number) < 0 ? fail('flatten depth must not be negative') : flatten(v, d as number)));
f0('tostring', (v) => (typeof v === 'string' ? v : dump(v, { indent: 0 })));
f0('tojson', (v) => dump(v, { indent: 0 }));
f0('fromjson', (v) => {
  if (typeof v !== 'string') fail(`${desc(v)} only strings can be parsed`);
  const r = parseJson(v as string);
  return 'error' in r ? fail(`${r.error} (while parsing '${v}')`) : r.value;
});
f0('tonumber', (v) => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const r = parseJson(v);
    if ('error' in r) fail(`${r.error} (while parsing '${v}')`);
    if (typeof (r as { value: Value }).value === 'number') return (r as { value: Value }).value;
  }
  return fail(`${desc(v)} cannot be parsed as a number`);
});
f0('ascii_downcase', (v) => (typeof v === 'string' ? v.replace(/[A-Z]/g, (c) => c.toLowerCase()) : fail(`explode input must be a string`)));
f0('ascii_upcase', (v) => (typeof v === 'string' ? v.replace(/[a-z]/g, (c) => c.toUpperCase()) : fail(`explode input must be a string`)));
f0('explode', (v) => (typeof v === 'string' ? [...v].map((c) => c.codePointAt(0)!) : fail('explode input must be a string')));
f0('implode', (v) => (Array.isArray(v) ? String.fromCodePoint(...(v as number[])) : fail('implode input must be an array')));
f0('ascii', (v) => String.fromCharCode(v as number));
fN('startswith', 1, (v, s) => (typeof v === 'string' && typeof s === 'string' ? v.startsWith(s) : fail('startswith() requires string inputs')));
fN('endswith', 1, (v, s) => (typeof v === 'string' && typeof s === 'string' ? v.endsWith(s) : fail('endswith() requires string inputs')));
fN('ltrimstr', 1, (v, s) => (typeof v === 'string' && typeof s === 'string' && v.startsWith(s) ? v.slice(s.length) : v));
fN('rtrimstr', 1, (v, s) => (typeof v === 'string' && typeof s === 'string' && v.endsWith(s) && s.length ? v.slice(0, v.length - s.length) : v));
fN('split', 1, (v, s) => {
  if (typeof v !== 'string' || typeof s !== 'string') fail('split input and separator must be strings');
  return arith('/', v, s);
});
fN('join', 1, (v, sep) => {
  let acc: Value = null;
  for (const [, x] of iterate(v)) {
    const item = typeof x === 'boolean' || typeof x === 'number' ? dump(x, { indent: 0 }) : x === null ? '' : x;
    acc = arith('+', acc === null ? '' : arith('+', acc, sep), item);
  }
  return acc ?? '';
});
const strIndices = (s: string, t: string): Value => {
  if (!t.length) return null;
  const out: number[] = [];
  const bs = new TextEncoder().encode(s);
  const bt = new TextEncoder().encode(t);
  for (let i = 0; i + bt.length <= bs.length; i++) if (bt.every((b, j) => bs[i + j] === b)) out.push(i);
  return out;
};
const indices = (v: Value, i: Value): Value => {
  if (Array.isArray(v) && Array.isArray(i)) return getIndex(v, i);
  if (Array.isArray(v)) return getIndex(v, [i]);
  if (typeof v === 'string' && typeof i === 'string') return strIndices(v, i);
  return getIndex(v, i);
};
fN('indices', 1, indices);
fN('index', 1, (v, i) => getIndex(indices(v, i), 0));
fN('rindex', 1, (v, i) => {
  const r = indices(v, i);
  return Array.isArray(r) && r.length ? r[r.length - 1] : null;
});
for (const [name, fn] of Object.entries({ floor: Math.floor, sqrt: Math.sqrt, ceil: Math.ceil, round: (x: number) => (x < 0 ? -Math.round(-x) : Math.round(x)), fabs: Math.abs, exp: Math.exp, exp2: (x: number) => 2 ** x, exp10: (x: number) => 10 ** x, log: Math.log, log2: Math.log2, log10: Math.log10, sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan, trunc: Math.trunc, cbrt: Math.cbrt, significand: (x: number) => x / 2 ** Math.floor(Math.log2(Math.abs(x))) }))
  f0(name, (v) => (typeof v === 'number' ? fn(v) : fail(`${desc(v)} number required`)));
fN('pow', 2, (_v, a, b) => (a as number) ** (b as number));
f0('infinite', () => Infinity);
f0('null', () => null);
f0('true', () => true);
f0('false', () => false);
f0('nan', () => NaN);
f0('isinfinite', (v) => (typeof v === 'number' ? Math.abs(v) === Infinity : fail(`${desc(v)} number required`)));
f0('isnan', (v) => (typeof v === 'number' ? Number.isNaN(v) : fail(`${desc(v)} number required`)));
f0('isnormal', (v) => (typeof v === 'number' ? Number.isFinite(v) && v !== 0 && Math.abs(v) >= 2.2250738585072014e-308 : fail(`${desc(v)} number required`)));
f0('isfinite', (v) => typeof v === 'number' && Math.abs(v) !== Infinity);
for (const [name, test] of Object.entries({
  arrays: (v: Value) => Array.isArray(v),
  objects: isObject,
  iterables: (v: Value) => Array.isArray(v) || isObject(v),
  booleans: (v: Value) => typeof v === 'boolean',
  numbers: (v: Value) => typeof v === 'number',
  strings: (v: Value) => typeof v === 'string',
  nulls: (v: Value) => v === null,
  values: (v: Value) => v !== null,
  scalars: (v: Value) => !Array.isArray(v) && !isObject(v),
  finites: (v: Value) => typeof v === 'number' && Math.abs(v) !== Infinity,
  normals: (v: Value) => typeof v === 'number' && Number.isFinite(v) && v !== 0,
}))
  g(name, 0, function* (_ip, _a, v, p) {
    if (test(v)) yield [v, p];
  });
f0('transpose', (v) => {
  const rows = v as Value[][];
  const n = Math.max(0, ...rows.map((r) => (Array.isArray(r) ? r.length : 0)));
  return Array.from({ length: n }, (_, j) => rows.map((r) => r[j] ?? null));
});
g('tostream', 0, function* (_ip, _a, v, p) {
  function* go(x: Value, path: Value[], top: boolean): Generator<Value> {
    if ((Array.isArray(x) && x.length) || (isObject(x) && x.size)) {
      const ks = keysOf(x, false);
      for (const k of ks) yield* go(getIndex(x, k), [...path, k], false);
      yield [[...path, ks[ks.length - 1]]];
    } else yield [path, x];
    void top;
  }
  for (const e of go(v, [], true)) yield [e, np(p)];
});
g('fromstream', 1, function* (ip, a, v, p) {
  let cur: Value = null;
  let have = false;
  for (const e of vals(ip, a[0], v)) {
    const ev = e as Value[];
    const path = ev[0] as Value[];
    if (ev.length === 2) {
      if (!path.length) {
        yield [ev[1], np(p)];
        continue;
      }
      cur = setPath(have ? cur : null, path, ev[1]);
      have = true;
    } else if (path.length === 1) {
      yield [cur, np(p)];
      cur = null;
      have = false;
    }
  }
});
g('env', 0, function* (ip, _a, _v, p) {
  yield [ip.envObj(), np(p)];
});
f0('builtins', () => [...B.keys()]);
f0('input_line_number', () => 0);
f0('now', () => Date.now() / 1000);
f0('gmtime', gmtime);
f0('localtime', gmtime);
f0('mktime', mktime);
fN('strftime', 1, strftime);
fN('strflocaltime', 1, strftime);
fN('strptime', 1, strptime);
f0('todate', (v) => strftime(v, '%Y-%m-%dT%H:%M:%SZ'));
f0('todateiso8601', (v) => strftime(v, '%Y-%m-%dT%H:%M:%SZ'));
f0('fromdate', (v) => mktime(strptime(v, '%Y-%m-%dT%H:%M:%SZ')));
f0('fromdateiso8601', (v) => mktime(strptime(v, '%Y-%m-%dT%H:%M:%SZ')));
g('halt', 0, function* () {
  throw new JqError(obj([['__halt', 0], ['message', null]]));
});
g('halt_error', 0, function* (_ip, _a, v) {
  throw new JqError(obj([['__halt', 5], ['message', v]]));
});
g('halt_error', 1, function* (ip, a, v) {
  for (const code of vals(ip, a[0], v)) {
    if (typeof code !== 'number') fail(`${desc(code)} halt_error/1: number required`);
    throw new JqError(obj([['__halt', code], ['message', v]]));
  }
});


