// jq 1.6's operators on values (builtin.c f_plus ... f_mod, jv_aux.c jv_get, jv_set, jv_getpath, jv_setpath,
// jv_delpaths) with their error messages.
import { compare, desc, equal, fail, isObject, kind, obj, sortedKeys, type JObject, type Value } from './values';

const type2 = (a: Value, b: Value, msg: string): never => fail(`${desc(a)} and ${desc(b)} ${msg}`);

function merge(a: JObject, b: JObject, deep: boolean): JObject {
  const out = new Map(a);
  for (const [k, v] of b) {
    const old = out.get(k);
    out.set(k, deep && old !== undefined && isObject(old) && isObject(v) ? merge(old, v, true) : v);
  }
  return out;
}

function split(s: string, sep: string): Value[] {
  if (s === '') return [];
  if (sep === '') return [...s];
  return s.split(sep);
}

export function arith(op: string, a: Value, b: Value): Value {
  switch (op) {
    case '+':
      if (a === null) return b;
      if (b === null) return a;
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (isObject(a) && isObject(b)) return merge(a, b, false);
      return type2(a, b, 'cannot be added');
    case '-':
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      if (Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => equal(x, y)));
      return type2(a, b, 'cannot be subtracted');
    case '*': {
      if (typeof a === 'number' && typeof b === 'number') return a * b;
      if ((typeof a === 'string' && typeof b === 'number') || (typeof a === 'number' && typeof b === 'string')) {
        const [s, n] = typeof a === 'string' ? [a, b as number] : [b as string, a];
        let k = Math.trunc(n - 1);
        let res = s;
        for (; k > 0; k--) res += s;
        return k < 0 ? null : res;
      }
      if (isObject(a) && isObject(b)) return merge(a, b, true);
      return type2(a, b, 'cannot be multiplied');
    }
    case '/':
      if (typeof a === 'number' && typeof b === 'number') {
        if (b === 0) type2(a, b, 'cannot be divided because the divisor is zero');
        return a / b;
      }
      if (typeof a === 'string' && typeof b === 'string') return split(a, b);
      return type2(a, b, 'cannot be divided');
    default:
      if (typeof a === 'number' && typeof b === 'number') {
        const bi = Math.trunc(b);
        if (bi === 0 || !Number.isFinite(bi)) type2(a, b, 'cannot be divided (remainder) because the divisor is zero');
        const r = Math.trunc(a) % bi;
        return r === 0 ? 0 : r;
      }
      return type2(a, b, 'cannot be divided (remainder)');
  }
}

export function compareOp(op: string, a: Value, b: Value): boolean {
  const c = compare(a, b);
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** parse_slice: the [start, end) a slice object selects in a length. */
export function sliceRange(len: number, from: Value, to: Value): [number, number] | null {
  if ((from !== null && typeof from !== 'number') || (to !== null && typeof to !== 'number')) return null;
  let ds = from === null ? 0 : from;
  let de = to === null ? len : to;
  if (ds < 0) ds += len;
  if (de < 0) de += len;
  if (ds < 0) ds = 0;
  if (ds > len) ds = len;
  const start = Math.trunc(ds);
  let end = de > len ? len : Math.trunc(de);
  if (end < de) end += 1;
  if (end > len) end = len;
  if (end < start) end = start;
  return [start, end];
}

/** Strings slice by code point. */
export function sliceOf(t: Value, from: Value, to: Value): Value {
  if (t === null) return null;
  if (typeof t === 'string') {
    const cps = [...t];
    const r = sliceRange(cps.length, from, to);
    if (!r) fail('Start and end indices of an string slice must be numbers');
    return cps.slice(r![0], r![1]).join('');
  }
  if (Array.isArray(t)) {
    const r = sliceRange(t.length, from, to);
    if (!r) fail('Start and end indices of an array slice must be numbers');
    return t.slice(r![0], r![1]);
  }
  return fail(`Cannot index ${kind(t)} with object`);
}

function indexes(a: Value[], b: Value[]): Value {
  if (!b.length) return null;
  const out: number[] = [];
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((x, j) => equal(a[i + j], x))) out.push(i);
  return out;
}

/** jv_get. */
export function getIndex(t: Value, k: Value): Value {
  if (isObject(t) && typeof k === 'string') return t.has(k) ? t.get(k)! : null;
  if (Array.isArray(t) && typeof k === 'number') {
    if (!Number.isInteger(k)) return null;
    const i = k < 0 ? k + t.length : k;
    return i >= 0 && i < t.length ? t[i] : null;
  }
  if ((Array.isArray(t) || typeof t === 'string') && isObject(k)) return sliceOf(t, k.get('start') ?? null, k.get('end') ?? null);
  if (Array.isArray(t) && Array.isArray(k)) return indexes(t, k);
  if (t === null && (typeof k === 'string' || typeof k === 'number' || isObject(k))) return null;
  if (typeof k === 'string' && new TextEncoder().encode(k).length < 30) return fail(`Cannot index ${kind(t)} with string "${k}"`);
  return fail(`Cannot index ${kind(t)} with ${kind(k)}`);
}

/** `.[]`: the keys and values of an array or object. */
export function iterate(t: Value): [Value, Value][] {
  if (Array.isArray(t)) return t.map((x, i) => [i, x]);
  if (isObject(t)) return [...t].map(([k, x]) => [k, x]);
  return fail(`Cannot iterate over ${desc(t)}`);
}

/** jv_set. */
export function setIndex(t: Value, k: Value, v: Value): Value {
  if (typeof k === 'string' && (isObject(t) || t === null)) {
    const o = isObject(t) ? new Map(t) : obj();
    o.set(k, v);
    return o;
  }
  if (typeof k === 'number' && (Array.isArray(t) || t === null)) {
    const a = Array.isArray(t) ? [...t] : [];
    let i = Math.trunc(k);
    if (i < 0) i += a.length;
    if (i < 0) fail('Out of bounds negative array index');
    while (a.length < i) a.push(null);
    a[i] = v;
    return a;
  }
  if (isObject(k) && (Array.isArray(t) || t === null)) {
    const a = Array.isArray(t) ? t : [];
    const r = sliceRange(a.length, k.get('start') ?? null, k.get('end') ?? null);
    if (!r) fail('Start and end indices of an array slice must be numbers');
    if (!Array.isArray(v)) fail('A slice of an array can only be assigned another array');
    return [...a.slice(0, r![0]), ...(v as Value[]), ...a.slice(r![1])];
  }
  return fail(`Cannot update field at object index of ${kind(t)}`);
}

export function getPath(t: Value, path: Value[]): Value {
  let cur = t;
  for (const k of path) {
    if (cur === null) return null;
    cur = getIndex(cur, k);
  }
  return cur;
}

export function setPath(t: Value, path: Value[], v: Value): Value {
  if (!path.length) return v;
  const [k, ...rest] = path;
  const child = t === null ? null : getIndex(t, k);
  return setIndex(t, k, setPath(child, rest, v));
}

function delKeys(t: Value, keys: Value[]): Value {
  if (t === null) return null;
  if (isObject(t)) {
    const o = new Map(t);
    for (const k of keys) {
      if (typeof k !== 'string') fail(`Cannot delete ${kind(k)} field of object`);
      o.delete(k as string);
    }
    return o;
  }
  if (Array.isArray(t)) {
    const drop = new Set<number>();
    for (const k of keys) {
      if (typeof k === 'number') {
        const i = Math.trunc(k < 0 ? k + t.length : k);
        if (i >= 0 && i < t.length) drop.add(i);
      } else if (isObject(k)) {
        const r = sliceRange(t.length, k.get('start') ?? null, k.get('end') ?? null);
        if (!r) fail('Start and end indices of an array slice must be numbers');
        for (let i = r![0]; i < r![1]; i++) drop.add(i);
      } else fail(`Cannot delete ${kind(k)} element of array`);
    }
    return t.filter((_, i) => !drop.has(i));
  }
  return fail(`Cannot delete fields from ${kind(t)}`);
}

function delPath(t: Value, path: Value[]): Value {
  if (!path.length) return null;
  if (t === null) return null;
  const [k, ...rest] = path;
  if (!rest.length) return delKeys(t, [k]);
  const child = getIndex(t, k);
  if (child === null) return t;
  return setIndex(t, k, delPath(child, rest));
}

/** jv_delpaths: the paths sorted, deleted from the last. */
export function delPaths(t: Value, paths: Value[]): Value {
  const sorted = [...paths].sort(compare);
  for (const p of sorted) if (!Array.isArray(p)) fail(`Path must be specified as an array`);
  let out = t;
  for (let i = sorted.length - 1; i >= 0; i--) out = delPath(out, sorted[i] as Value[]);
  return out;
}

export function keysOf(t: Value, sorted: boolean): Value[] {
  if (isObject(t)) return sorted ? sortedKeys(t) : [...t.keys()];
  if (Array.isArray(t)) return t.map((_, i) => i);
  return fail(`${desc(t)} has no keys`);
}

export function contains(a: Value, b: Value): boolean {
  if (kind(a) !== kind(b)) return type2(a, b, 'cannot have their containment checked');
  if (isObject(a)) return [...(b as JObject)].every(([k, v]) => a.has(k) && sameKind(a.get(k)!, v) && contains(a.get(k)!, v));
  if (Array.isArray(a)) return (b as Value[]).every((y) => a.some((x) => sameKind(x, y) && contains(x, y)));
  if (typeof a === 'string') return a.includes(b as string);
  return equal(a, b);
}

const sameKind = (a: Value, b: Value) => kind(a) === kind(b);
