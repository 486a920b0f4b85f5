// What find's tests compare (find/pred.c and the argument readers of find/parser.c at v4.8.0): fnmatch(3) as
// -name and -path call it (no FNM_PATHNAME, no FNM_PERIOD), -perm's modes (gnulib's mode_compile and
// mode_adjust with a umask of 0), N / +N / -N (get_num), the time windows of -mtime/-mmin and friends
// (get_relative_timestamp and pred_timewindow), and the file type letters.
import type { FsNode } from '../../../fs';
import type { Host } from '../../../types';
import { statInfo, type StatInfo } from '../../lib/inode';

/** fnmatch(3) with flags 0 (or FNM_CASEFOLD): `*` and `?` match `/` and a leading dot. */
export function fnmatch(pattern: string, s: string, fold = false): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '\\' && i + 1 < pattern.length) re += esc(pattern[++i]);
    else if (c === '[') {
      let j = i + 1;
      let neg = false;
      if (pattern[j] === '!' || pattern[j] === '^') {
        neg = true;
        j++;
      }
      let set = '';
      let first = true;
      for (; j < pattern.length && (first || pattern[j] !== ']'); j++, first = false) {
        const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(j));
        if (cls) {
          set += CLASSES[cls[1]] ?? '';
          j += cls[0].length - 1;
        } else if (pattern[j] === '\\' && j + 1 < pattern.length) set += esc(pattern[++j]);
        else if (pattern[j + 1] === '-' && pattern[j + 2] && pattern[j + 2] !== ']') {
          set += esc(pattern[j]) + '-' + esc(pattern[j + 2]);
          j += 2;
        } else set += esc(pattern[j]);
      }
      if (j >= pattern.length) re += '\\[';
      else {
        re += `[${neg ? '^' : ''}${set}]`;
        i = j;
      }
    } else re += esc(c);
  }
  return new RegExp(`^${re}$`, fold ? 'iu' : 'u').test(s);
}
const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
};

/** base_name(): the last name of a path, trailing slashes left out (`/` stays `/`). */
export function baseName(p: string): string {
  const t = p.replace(/\/+$/, '');
  if (!t) return p ? '/' : '';
  return t.slice(t.lastIndexOf('/') + 1);
}

/**
 * -perm's MODE through gnulib's mode_compile and mode_adjust(0, dir, 0, …): [0] for files, [1] for directories
 * (where X counts); null where mode_compile fails.
 */
export function compileMode(s: string): [number, number] | null {
  if (/^[0-7]+$/.test(s)) {
    const n = parseInt(s, 8);
    return n > 0o7777 ? null : [n, n];
  }
  if (!s) return null;
  const out: [number, number] = [0, 0];
  for (const dir of [0, 1] as const) {
    let mode = 0;
    for (const clause of s.split(',')) {
      const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
      if (!m) return null;
      let who = 0;
      for (const w of m[1]) who |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
      if (!m[1]) who = 0o7777;
      for (const act of m[2].match(/[-+=][rwxXstugo]*/g)!) {
        const op = act[0];
        let val = 0;
        const perms = act.slice(1);
        if (/^[ugo]$/.test(perms)) {
          const from = perms === 'u' ? (mode >> 6) & 7 : perms === 'g' ? (mode >> 3) & 7 : mode & 7;
          val = from * 0o111;
        } else
          for (const p of perms) {
            if (p === 'r') val |= 0o444;
            else if (p === 'w') val |= 0o222;
            else if (p === 'x') val |= 0o111;
            else if (p === 'X') val |= dir || mode & 0o111 ? 0o111 : 0;
            else if (p === 's') val |= 0o6000;
            else if (p === 't') val |= 0o1000;
          }
        val &= who;
        if (op === '=') mode = (mode & ~who) | val;
        else if (op === '+') mode |= val;
        else mode &= ~val;
      }
    }
    out[dir] = mode;
  }
  return out;
}

export type Cmp = 'gt' | 'lt' | 'eq';

/** get_num: [+-]DIGITS as xstrtoumax reads them (no sign or space after the +/-). */
export function getNum(s: string): { cmp: Cmp; n: number } | null {
  const cmp: Cmp = s[0] === '+' ? 'gt' : s[0] === '-' ? 'lt' : 'eq';
  const rest = cmp === 'eq' ? s : s.slice(1);
  if (!/^\d+$/.test(rest)) return null;
  return { cmp, n: Number(rest) };
}

export const compare = (cmp: Cmp, x: number, n: number) => (cmp === 'gt' ? x > n : cmp === 'lt' ? x < n : x === n);

/**
 * get_relative_timestamp: the reference instant (ms) and the comparison, inverted as find inverts it (+N: older
 * than the reference, -N: newer); null where strtod does not take the whole number.
 */
export function relativeTime(s: string, origin: number, unitMs: number): { kind: Cmp; ref: number } | null {
  const kind: Cmp = s[0] === '+' ? 'lt' : s[0] === '-' ? 'gt' : 'eq';
  const num = kind === 'eq' ? s : s.slice(1);
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(num)) return null;
  return { kind, ref: origin - Number(num) * unitMs };
}

/** pred_timewindow: `eq` matches the window (ref, ref + window]. */
export function inWindow(t: number, r: { kind: Cmp; ref: number }, windowMs: number): boolean {
  if (r.kind === 'gt') return t > r.ref;
  if (r.kind === 'lt') return t < r.ref;
  const d = t - r.ref;
  return d > 0 && d <= windowMs;
}

/** The type letter of a node (mode_to_filetype). */
export function typeLetter(node: FsNode): string {
  if (node.type === 'dir') return 'd';
  if (node.type === 'link') return 'l';
  const fmt = node.mode & 0o170000;
  return fmt === 0o140000 ? 's' : fmt === 0o010000 ? 'p' : fmt === 0o020000 ? 'c' : fmt === 0o060000 ? 'b' : 'f';
}

/** -type's letter list (insert_type): each of bcdpflsD once, separated by commas. */
export function typeList(arg: string, pred: string): Set<string> | string {
  if (!arg) return `Arguments to ${pred} should contain at least one letter`;
  const seen = new Set<string>();
  for (let i = 0; i < arg.length;) {
    const c = arg[i];
    if (c === 'D') return `${pred} ${c} is not supported because Solaris doors are not supported on the platform find was compiled on.`;
    if (!'bcdpfls'.includes(c)) return `Unknown argument to ${pred}: ${c}`;
    if (seen.has(c)) return `Duplicate file type '${c}' in the argument list to ${pred}.`;
    seen.add(c);
    i++;
    if (i < arg.length) {
      if (arg[i] !== ',') return `Must separate multiple arguments to ${pred} using: ','`;
      i++;
      if (i >= arg.length) return `Last file type in list argument to ${pred} is missing, i.e., list is ending on: ','`;
    }
  }
  return seen;
}

/** stat(2) of a node as the guest's file system gives it. */
export function stat(host: Host, node: FsNode, abs: string): StatInfo {
  return statInfo(host, node, abs);
}

/** access(2) for -readable, -writable, -executable as `user` (root: any read or write; x where some x bit is set). */
export function access(user: { name: string; uid: number }, st: StatInfo, what: 'r' | 'w' | 'x', abs: string, writableTree: (p: string) => boolean): boolean {
  const bit = what === 'r' ? 4 : what === 'w' ? 2 : 1;
  if (user.uid === 0) return what !== 'x' || st.kind === 'dir' || (st.mode & 0o111) !== 0;
  const cls = st.uid === user.uid ? 6 : st.group === user.name ? 3 : 0;
  if (what === 'w' && !writableTree(abs)) return false;
  return ((st.mode >> cls) & bit) !== 0;
}
