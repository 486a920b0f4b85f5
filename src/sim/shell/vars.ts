// Shell variables with attributes (declare, typeset, readonly, export): what a variable is, how an
// assignment changes it, and how `declare -p` prints it (bash 5.1's setattr.def and print_var_decl).
import type { Frame } from '../context';
import { arithBig, refTarget, varHooks } from './value';

/** The attribute letters in the order `declare -p` prints them (setattr.def var_attribute_string). */
const ORDER = 'aAfinrtxclu';

export const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a variable (or array) exists in this shell. */
export function isSet(frame: Frame, name: string): boolean {
  return name in frame.env || !!frame.arrays?.[name];
}

/** A variable's attribute letters: one without an entry came from the environment, so it is exported. */
export function attrsOf(frame: Frame, name: string): string {
  const own = frame.attrs?.[name];
  if (own !== undefined) return own;
  return name in frame.env ? 'x' : '';
}

export function hasAttr(frame: Frame, name: string, letter: string): boolean {
  return attrsOf(frame, name).includes(letter);
}

/** Give or take attribute letters, keeping declare's order. */
export function setAttrs(frame: Frame, name: string, on: string, off = ''): void {
  const cur = new Set(attrsOf(frame, name));
  const was = cur.has('x');
  for (const c of on) cur.add(c);
  for (const c of off) cur.delete(c);
  // an export given or taken: bash makes its environment list again
  if (cur.has('x') !== was) frame.exportOrder = undefined;
  (frame.attrs ??= {})[name] = [...ORDER].filter((c) => cur.has(c)).join('');
}

/** A variable a program run by this shell sees: exported (COLUMNS and LINES as bash sets them are not). */
export function exportedVar(frame: Frame, name: string): string | undefined {
  return hasAttr(frame, name, 'x') ? frame.env[name] : undefined;
}

export const isReadonly = (frame: Frame, name: string) => hasAttr(frame, name, 'r');

/**
 * Assign a value as bash does: the integer attribute evaluates it, -l/-u change its case. A variable new to
 * the shell is not exported. False (nothing changed) when the variable is readonly.
 */
export function assign(frame: Frame, ref: string, value: string): boolean {
  const name = refTarget(frame, ref);
  if (isReadonly(frame, name)) return false;
  if (frame.dyn && varHooks.assignDynamic?.(frame, name, value)) return true;
  const a = attrsOf(frame, name);
  if (!(name in frame.env) && frame.attrs?.[name] === undefined) (frame.attrs ??= {})[name] = frame.options?.has('allexport') ? 'x' : '';
  if (attrsOf(frame, name).includes('x')) frame.exportOrder = undefined;
  let v = value;
  if (a.includes('i')) v = String(arithBig(frame, v === '' ? '0' : v));
  if (a.includes('l')) v = v.toLowerCase();
  if (a.includes('u')) v = v.toUpperCase();
  const arr = frame.arrays?.[name];
  if (arr) {
    // NAME=value sets element 0 (or key "0")
    const k = arr.items.findIndex(([key]) => key === '0');
    if (k >= 0) arr.items[k][1] = v;
    else arr.items.unshift(['0', v]);
  }
  frame.env[name] = v;
  return true;
}

varHooks.assign = assign;

/** Remove a variable and its attributes; false when it is readonly. */
export function unsetVar(frame: Frame, name: string): boolean {
  if (isReadonly(frame, name)) return false;
  // a dynamic variable unset loses its special meaning (RANDOM, SECONDS ...)
  if (frame.dyn && !frame.dyn.unset?.includes(name)) (frame.dyn.unset ??= []).push(name);
  if (attrsOf(frame, name).includes('x')) frame.exportOrder = undefined;
  delete frame.env[name];
  if (frame.attrs) delete frame.attrs[name];
  if (frame.arrays) delete frame.arrays[name];
  return true;
}

/** A value as `declare -p` quotes it: $'...' when it holds control characters, else double quotes. */
export function declQuote(v: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\x01-\x1f\x7f]/.test(v)) {
    const map: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x1b': '\\E', "'": "\\'", '\\': '\\\\' };
    // eslint-disable-next-line no-control-regex
    return `$'${v.replace(/[\x01-\x1f\x7f'\\]/g, (c) => map[c] ?? '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'))}'`;
  }
  return `"${v.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** One `declare -p` line (without the newline). */
export function declLine(frame: Frame, name: string): string {
  const a = attrsOf(frame, name);
  const flags = a ? `-${a}` : '--';
  const arr = frame.arrays?.[name];
  if (arr && arr.items.length) {
    const items = arr.items.map(([k, v]) => `[${k}]=${declQuote(v)}`);
    return `declare ${flags} ${name}=(${arr.assoc ? items.map((i) => i + ' ').join('') : items.join(' ')})`;
  }
  if (!(name in frame.env) || arr) return `declare ${flags} ${name}`;
  return `declare ${flags} ${name}=${declQuote(frame.env[name])}`;
}

/** The shell's variable names, sorted as bash lists them (C locale byte order). */
export function variableNames(frame: Frame): string[] {
  const names = new Set([...Object.keys(frame.env).filter((k) => NAME_RE.test(k)), ...Object.keys(frame.arrays ?? {})]);
  // a name declared without a value (`declare x`) is listed too
  for (const k of Object.keys(frame.attrs ?? {})) if (frame.attrs![k] !== '' || k in frame.env) names.add(k);
  return [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** `set`'s and `declare`'s NAME=value form: quoted only when the shell would need it. */
export function setLine(name: string, v: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\x01-\x1f\x7f]/.test(v)) return `${name}=${declQuote(v)}`;
  return `${name}=${/^[A-Za-z0-9_./:@%+,-]*$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`}`;
}

/** A variable as a function's `local` found it: its value, attributes and array, put back when the function returns. */
export type SavedVar = { v?: string; a?: string; arr?: { assoc: boolean; items: [string, string][] } };

export function saveVar(frame: Frame, name: string): SavedVar {
  return { v: frame.env[name], a: frame.attrs?.[name], arr: frame.arrays?.[name] };
}

export function restoreVar(frame: Frame, name: string, s: SavedVar): void {
  if (s.v === undefined) delete frame.env[name];
  else frame.env[name] = s.v;
  if (s.a === undefined) {
    if (frame.attrs) delete frame.attrs[name];
  } else (frame.attrs ??= {})[name] = s.a;
  if (s.arr === undefined) {
    if (frame.arrays) delete frame.arrays[name];
  } else (frame.arrays ??= {})[name] = s.arr;
}
