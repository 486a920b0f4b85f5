// Indexed and associative arrays (bash 5.1's arrayfunc.c): subscripts, elements, compound assignment
// `a=(x [5]=y)`, `a+=(...)`, `a[i]=v` and `unset 'a[i]'`. An indexed array keeps its elements in subscript order.
import type { Frame } from '../context';
import { hashString } from './hashlib';
import { arith, refTarget, varHooks, varValue } from './value';
import { isReadonly, setAttrs } from './vars';

export type ArrayVar = { assoc: boolean; items: [string, string][] };

export function arrayOf(frame: Frame, name: string): ArrayVar | undefined {
  return frame.arrays?.[name];
}

/** An associative subscript's text with its quotes taken off and its `$name`s replaced. */
function keyText(frame: Frame, text: string): string {
  return text
    .replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9#?@*])\}?/g, (_m, n: string) => varValue(frame, n) ?? '')
    .replace(/'([^']*)'|"([^"]*)"|\\(.)/g, (_m, a?: string, b?: string, c?: string) => a ?? b ?? c ?? '');
}

/** The key a subscript names: the arithmetic value for an indexed array (negative counts from the end). */
export function elementIndex(frame: Frame, name: string, sub: string): string {
  const arr = frame.arrays?.[name];
  if (arr?.assoc) return keyText(frame, sub);
  let n = arith(frame, sub);
  if (n < 0) {
    const last = arr?.items.length ? Number(arr.items[arr.items.length - 1][0]) : name in frame.env ? 0 : -1;
    n = last + 1 + n;
    if (n < 0) throw new RangeError(`${name}[${sub}]: bad array subscript`);
  }
  return String(n);
}

export function getElement(frame: Frame, ref: string, sub: string): string | undefined {
  const name = refTarget(frame, ref);
  const arr = frame.arrays?.[name];
  if (!arr) return undefined;
  let key: string;
  try {
    key = elementIndex(frame, name, sub);
  } catch {
    return undefined;
  }
  return arr.items.find(([k]) => k === key)?.[1];
}

/** Make `name` an array (a scalar becomes its element 0). */
export function ensureArray(frame: Frame, name: string, assoc = false): ArrayVar {
  const arrays = (frame.arrays ??= {});
  let arr = arrays[name];
  if (!arr) {
    arr = arrays[name] = { assoc, items: name in frame.env ? [['0', frame.env[name]]] : [] };
    setAttrs(frame, name, assoc ? 'A' : 'a');
  }
  return arr;
}

/** An associative array's bucket for a key: hashlib.c's FNV-1 hash over 1024 buckets (ASSOC_HASH_BUCKETS). */
const bucket = (key: string): number => hashString(key) & 1023;

function put(frame: Frame, name: string, arr: ArrayVar, key: string, v: string, append = false): void {
  const k = arr.items.findIndex(([x]) => x === key);
  if (k >= 0) arr.items[k][1] = append ? arr.items[k][1] + v : v;
  else if (arr.assoc) {
    // bash lists the keys by their hash bucket, first to last (older keys first within one)
    const b = bucket(key);
    const at = arr.items.findIndex(([x]) => bucket(x) > b);
    if (at < 0) arr.items.push([key, v]);
    else arr.items.splice(at, 0, [key, v]);
  }
  else {
    // indexed: kept in subscript order
    const n = Number(key);
    const at = arr.items.findIndex(([x]) => Number(x) > n);
    if (at < 0) arr.items.push([key, v]);
    else arr.items.splice(at, 0, [key, v]);
  }
  if (key === '0' && !arr.assoc) frame.env[name] = arr.items.find(([x]) => x === '0')![1];
  if (key === '0' && arr.assoc) frame.env[name] = v;
}

/** `name[sub]=v` (or `+=`); an error text when refused. */
export function setElement(frame: Frame, ref: string, sub: string, v: string, append = false): string | null {
  const name = refTarget(frame, ref);
  if (isReadonly(frame, name)) return `${name}: readonly variable`;
  const arr = ensureArray(frame, name);
  let key: string;
  try {
    key = elementIndex(frame, name, sub);
  } catch (e) {
    return (e as Error).message;
  }
  if (arr.assoc && key === '') return `${name}[${sub}]: bad array subscript`;
  put(frame, name, arr, key, v, append);
  return null;
}

/** `name=(items)` (or `+=`): items are `[key]=value` or plain values (plain values continue from the last index). */
export function assignList(frame: Frame, ref: string, items: { key?: string; value: string }[], append = false, assoc?: boolean): string | null {
  const name = refTarget(frame, ref);
  if (isReadonly(frame, name)) return `${name}: readonly variable`;
  const existing = frame.arrays?.[name];
  const arr = ensureArray(frame, name, assoc ?? existing?.assoc ?? false);
  if (!append) {
    arr.items = [];
    delete frame.env[name];
  }
  let next = !arr.assoc && arr.items.length ? Number(arr.items[arr.items.length - 1][0]) + 1 : 0;
  for (const it of items) {
    if (arr.assoc) {
      if (it.key === undefined) return `${name}: ${it.value}: must use subscript when assigning associative array`;
      put(frame, name, arr, keyText(frame, it.key), it.value);
      continue;
    }
    const key = it.key !== undefined ? elementIndex(frame, name, it.key) : String(next);
    put(frame, name, arr, key, it.value);
    next = Number(key) + 1;
  }
  return null;
}

varHooks.getElement = getElement;
varHooks.setElement = (frame, name, sub, v) => setElement(frame, name, sub, v);

/** `unset 'a[i]'`: false when the subscript is bad. */
export function unsetElement(frame: Frame, name: string, sub: string): boolean {
  const arr = frame.arrays?.[name];
  if (!arr) {
    if (sub === '0' && name in frame.env) delete frame.env[name];
    return true;
  }
  if (sub === '@' || sub === '*') {
    delete frame.arrays![name];
    delete frame.env[name];
    return true;
  }
  let key: string;
  try {
    key = elementIndex(frame, name, sub);
  } catch {
    return false;
  }
  arr.items = arr.items.filter(([k]) => k !== key);
  if (key === '0') delete frame.env[name];
  return true;
}

/** Copies of the arrays for a subshell, so that it cannot change its parent's. */
export function copyArrays(frame: Frame): Frame['arrays'] {
  if (!frame.arrays) return undefined;
  return Object.fromEntries(Object.entries(frame.arrays).map(([k, a]) => [k, { assoc: a.assoc, items: a.items.map(([x, y]) => [x, y] as [string, string]) }]));
}
