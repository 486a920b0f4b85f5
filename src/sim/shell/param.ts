// Parameter expansion (subst.c parameter_brace_expand): ${name[sub]}, ${#...}, ${!...}, the operators
// :- := :+ :? # ## % %% / // ^ ^^ , ,, @Q and :offset:length, over scalars, arrays and the positional parameters.
import type { Frame } from '../context';
import type { Yield } from '../types';
import type { Word, WordPart } from './ast';
import { expandError } from './arith';
import { arith, refTarget, varValue } from './value';
import { arrayOf, elementIndex, getElement } from './arrays';
import { assign, attrsOf, declQuote } from './vars';
import { globMatch } from '../util';

type VarPart = Extract<WordPart, { k: 'var' }>;

/** What a parameter stands for: its values (several for `[@]`, `[*]`, `$@`, `$*`) and whether it is set. */
export interface ParamValue {
  values: string[];
  /** `[@]`/`[*]`/`$@`/`$*`: a list, one field each when quoted with `@`. */
  list: boolean;
  star: boolean;
  set: boolean;
}

function positional(frame: Frame, from = 1): string[] {
  const n = Number(frame.env['#'] ?? 0);
  const out: string[] = [];
  for (let k = from; k <= n; k++) out.push(k === 0 ? varValue(frame, '0') ?? '' : frame.env[String(k)] ?? '');
  return out;
}

/** The value(s) of `name` or `name[index]`. */
export function lookup(frame: Frame, ref: string, index?: string): ParamValue {
  if (index === undefined && (ref === '@' || ref === '*')) return { values: positional(frame), list: true, star: ref === '*', set: true };
  let name = ref;
  const at = frame.attrs?.[ref];
  if (at !== undefined && at.includes('n')) {
    // a nameref: the variable it names (which may be an element, `declare -n r='a[1]'`)
    name = refTarget(frame, ref);
    if (index === undefined && name.endsWith(']')) [name, index] = splitRef(name);
  }
  const arr = frame.arrays?.[name];
  if (index === '@' || index === '*') {
    const values = arr ? arr.items.map(([, v]) => v) : name in frame.env ? [frame.env[name]] : [];
    return { values, list: true, star: index === '*', set: values.length > 0 };
  }
  if (index !== undefined) {
    const v = arr ? getElement(frame, name, index) : elementIndex(frame, name, index) === '0' ? frame.env[name] : undefined;
    return { values: [v ?? ''], list: false, star: false, set: v !== undefined };
  }
  const v = arr ? arr.items.find(([k]) => k === '0')?.[1] : varValue(frame, name);
  return { values: [v ?? ''], list: false, star: false, set: v !== undefined };
}

/** `name` or `name[sub]` as text, split. */
function splitRef(ref: string): [string, string | undefined] {
  const m = /^([^[]+)\[(.*)\]$/.exec(ref);
  return m ? [m[1], m[2]] : [ref, undefined];
}

/** The shortest or longest match of a pattern at the start or end of a value. */
function trim(v: string, pat: string, fromEnd: boolean, longest: boolean): string {
  const n = v.length;
  if (!fromEnd) {
    for (let k = longest ? n : 0; longest ? k >= 0 : k <= n; k += longest ? -1 : 1) if (globMatch(pat, v.slice(0, k))) return v.slice(k);
  } else {
    for (let k = longest ? 0 : n; longest ? k <= n : k >= 0; k += longest ? 1 : -1) if (globMatch(pat, v.slice(k))) return v.slice(0, k);
  }
  return v;
}

/** ${v/pat/rep}: the first (or every, or anchored) longest match replaced. */
function replace(v: string, pat: string, rep: string, mode: string): string {
  let out = '';
  let i = 0;
  const anchoredEnd = mode === '%';
  while (i <= v.length) {
    let hit = -1;
    for (let k = v.length; k >= i; k--) {
      if (anchoredEnd && k !== v.length) break;
      if ((k > i || pat === '') && globMatch(pat, v.slice(i, k))) {
        hit = k;
        break;
      }
    }
    if (hit >= 0 && !(pat === '' && mode !== '#' && mode !== '%')) {
      out += rep;
      if (mode !== '/') return out + v.slice(hit);
      if (hit === i) {
        if (i < v.length) out += v[i];
        i++;
      } else i = hit;
      continue;
    }
    if (mode === '#') return v;
    if (i < v.length) out += v[i];
    i++;
  }
  return out;
}

/** `${v@Q}`: the value quoted for reuse as input. */
export function shellQuote(v: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\x01-\x1f\x7f]/.test(v)) {
    const map: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x1b': '\\E', "'": "\\'", '\\': '\\\\' };
    // eslint-disable-next-line no-control-regex
    return `$'${v.replace(/[\x01-\x1f\x7f'\\]/g, (c) => map[c] ?? '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'))}'`;
  }
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/** `${v@A}` (an assignment that recreates it) and `${v@K}` (quoted; key-value pairs of an array), subst.c 5.1. */
function transformAK(frame: Frame, p: VarPart, pv: ParamValue, t: string): ParamValue {
  const name = refTarget(frame, p.name);
  const arr = frame.arrays?.[name];
  const one = (v: string): ParamValue => ({ values: [v], list: false, star: false, set: true });
  if (pv.list && arr && (p.index === '@' || p.index === '*')) {
    // array_var_assignment / array_to_kvpair
    const items = arr.items;
    if (t === 'K') return one(items.map(([k, v]) => `${arr.assoc && /[\s"'$`\\|&;()<>*?[\]{}~#!]/.test(k) ? declQuote(k) : k} ${declQuote(v)}`).join(' ') + (arr.assoc && items.length ? ' ' : ''));
    const body = arr.assoc ? items.map(([k, v]) => `[${k}]=${declQuote(v)} `).join('') : items.map(([k, v]) => `[${k}]=${declQuote(v)}`).join(' ');
    return one(`declare -${attrsOf(frame, name)} ${name}=(${body})`);
  }
  if (pv.list) return { ...pv, values: pv.values.map(shellQuote) };
  if (t === 'K') return pv.set ? one(shellQuote(pv.values[0])) : { ...pv, values: [''] };
  // string_var_assignment
  const flags = attrsOf(frame, name);
  const val = pv.set ? shellQuote(pv.values[0]) : undefined;
  if (!flags && val === undefined) return { ...pv, values: [''] };
  return one(flags ? (val === undefined ? `declare -${flags} ${name}` : `declare -${flags} ${name}=${val}`) : `${name}=${val}`);
}

function badSubst(p: VarPart): never {
  throw expandError(`${p.text}: bad substitution`);
}

/** How the words inside `${...}` are expanded (by expand.ts, which calls this module). */
export interface ArgExpander {
  word(w: Word): Generator<Yield, string, unknown>;
  pattern(w: Word): Generator<Yield, string, unknown>;
}

/** Expand one `${...}` or `$name` part into its value(s). */
export function* paramExpand(frame: Frame, p: VarPart, ex: ArgExpander): Generator<Yield, ParamValue, unknown> {
  if (p.bad) throw expandError(`${p.text}: bad substitution`);
  let pv: ParamValue;
  if (p.indirect && (p.index === '@' || p.index === '*') && !p.op) {
    // ${!a[@]}: the subscripts
    const arr = frame.arrays?.[p.name];
    const keys = arr ? arr.items.map(([k]) => k) : p.name in frame.env ? ['0'] : [];
    pv = { values: keys, list: true, star: p.index === '*', set: keys.length > 0 };
  } else if (p.indirect && p.prefix) {
    // ${!prefix*}: the names of the variables that start with it
    const names = new Set([...Object.keys(frame.env), ...Object.keys(frame.arrays ?? {})].filter((n) => /^[A-Za-z_]\w*$/.test(n) && n.startsWith(p.name)));
    const values = [...names].sort();
    pv = { values, list: true, star: p.prefix === '*', set: values.length > 0 };
  } else if (p.indirect && !p.index && frame.attrs?.[p.name]?.includes('n')) {
    // ${!ref} of a nameref: the name it refers to
    const v = frame.env[p.name];
    pv = { values: [v ?? ''], list: false, star: false, set: v !== undefined };
  } else if (p.indirect) {
    const ref = lookup(frame, p.name, p.index).values.join(' ');
    const [n, sub] = splitRef(ref);
    if (!/^([A-Za-z_]\w*|[0-9]+|[@*#?$!-])$/.test(n)) {
      if (ref === '' && !p.op) throw expandError(`${p.name}: invalid indirect expansion`);
      throw expandError(`${ref}: invalid variable name`);
    }
    pv = lookup(frame, n, sub);
  } else pv = lookup(frame, p.name, p.index);
  if (!pv.set && frame.options?.has('nounset') && !(p.op && '-+=?'.includes(p.op[p.op.length - 1])) && !(p.indirect && p.prefix)) {
    // set -u: an unset parameter is an error (an empty "$@" or array is not)
    const list = p.name === '@' || p.name === '*' || ((p.index === '@' || p.index === '*') && !!frame.arrays?.[p.name]);
    if (!list) throw expandError(`${/^[0-9]+$/.test(p.name) ? '$' : ''}${p.name}${p.index !== undefined ? `[${p.index}]` : ''}: unbound variable`);
  }
  if (p.length) {
    const v = pv.list ? String(pv.values.length) : String([...pv.values[0]].length);
    return { values: [v], list: false, star: false, set: true };
  }
  const op = p.op;
  if (!op) return pv;
  const argText = function* (): Generator<Yield, string, unknown> {
    return p.arg ? yield* ex.word(p.arg) : '';
  };
  const argPattern = function* (w: Word | undefined): Generator<Yield, string, unknown> {
    return w ? yield* ex.pattern(w) : '';
  };
  const empty = pv.list ? pv.values.length === 0 || (pv.values.length === 1 && pv.values[0] === '') : pv.values[0] === '';
  const unsetOrNull = (colon: boolean) => !pv.set || (colon && empty);
  const map = (f: (v: string) => string): ParamValue => ({ ...pv, values: pv.values.map(f) });
  switch (op) {
    case '-':
    case ':-':
      return unsetOrNull(op === ':-') ? { values: [yield* argText()], list: false, star: false, set: true } : pv;
    case '+':
    case ':+':
      return unsetOrNull(op === ':+') ? { values: [''], list: false, star: false, set: false } : { values: [yield* argText()], list: false, star: false, set: true };
    case '=':
    case ':=': {
      if (!unsetOrNull(op === ':=')) return pv;
      const v = yield* argText();
      if (pv.list || !/^[A-Za-z_]\w*$/.test(p.name)) throw expandError(`$${p.name}: cannot assign in this way`);
      assign(frame, p.name, v);
      return { values: [v], list: false, star: false, set: true };
    }
    case '?':
    case ':?':
      if (unsetOrNull(op === ':?')) {
        const msg = yield* argText();
        throw expandError(`${p.name}: ${msg || (op === ':?' ? 'parameter null or not set' : 'parameter not set')}`);
      }
      return pv;
    case '#':
    case '##':
    case '%':
    case '%%': {
      const pat = yield* argPattern(p.arg);
      return map((v) => trim(v, pat, op[0] === '%', op.length === 2));
    }
    case '/':
    case '//':
    case '/#':
    case '/%': {
      const pat = yield* argPattern(p.arg);
      const rep = p.arg2 ? yield* ex.word(p.arg2) : '';
      return map((v) => replace(v, pat, rep, op === '//' ? '/' : op === '/' ? '1' : op[1]));
    }
    case '^^':
    case '^':
    case ',,':
    case ',':
    case '~~':
    case '~': {
      // ~ and ~~ toggle the case (subst.c CASE_TOGGLE)
      const pat = p.arg ? yield* argPattern(p.arg) : '?';
      const conv = (c: string) => {
        if (!globMatch(pat, c)) return c;
        if (op[0] === '^') return c.toUpperCase();
        if (op[0] === ',') return c.toLowerCase();
        return c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      };
      return map((v) => (op.length === 2 ? [...v].map(conv).join('') : v === '' ? v : conv(v[0]) + v.slice(1)));
    }
    case ':': {
      const off = arith(frame, p.offset ?? '0');
      const len = p.len === undefined ? undefined : arith(frame, p.len === '' ? '0' : p.len);
      if (pv.list) {
        // $@ counts from $0; an array from its first subscript
        let vals = (p.name === '@' || p.name === '*') && p.index === undefined ? [varValue(frame, '0') ?? '', ...pv.values] : pv.values;
        const start = off < 0 ? vals.length + off : off;
        vals = start < 0 ? [] : vals.slice(start);
        if (len !== undefined) {
          if (len < 0) throw expandError(`${p.len}: substring expression < 0`);
          vals = vals.slice(0, len);
        }
        return { ...pv, values: vals };
      }
      const chars = [...pv.values[0]];
      const start = off < 0 ? chars.length + off : off;
      if (start < 0 || start > chars.length) return { ...pv, values: [''] };
      let end = len === undefined ? chars.length : len < 0 ? chars.length + len : start + len;
      if (end < start) {
        if (len !== undefined && len < 0) throw expandError(`${p.len}: substring expression < 0`);
        end = start;
      }
      return { ...pv, values: [chars.slice(start, end).join('')] };
    }
    case '@': {
      const t = p.transform ?? '';
      if (t === 'Q') return map(shellQuote);
      if (t === 'U') return map((v) => v.toUpperCase());
      if (t === 'L') return map((v) => v.toLowerCase());
      if (t === 'u') return map((v) => (v ? v[0].toUpperCase() + v.slice(1) : v));
      if (t === 'a') return map(() => frame.attrs?.[p.name] ?? (arrayOf(frame, p.name)?.assoc ? 'A' : frame.arrays?.[p.name] ? 'a' : ''));
      if (t === 'A' || t === 'K') return transformAK(frame, p, pv, t);
      if (t === 'E') return map((v) => v.replace(/\\([ntr\\])/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' })[c]!));
      if (t === 'P') return pv;
      return badSubst(p);
    }
  }
  return badSubst(p);
}
