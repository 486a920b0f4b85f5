// The environment bash hands a command it runs (variables.c make_var_export_array, kept as bash keeps it):
// the NAME=value of a command line first, then the exported variables in the order of bash's variable table
// (hashlib.c: 1024 buckets by FNV-1 of the name, the latest made first in a bucket), the exported functions as
// BASH_FUNC_name%%, and `_` (the command's path). bash makes the list again only after an export changes; cd puts
// PWD and OLDPWD in place (an OLDPWD new since then goes at the end), as bindpwd() does.
import type { Frame } from '../context';
import { functionText } from './builtins/type/run';
import { attrsOf } from './vars';
import { hashString } from './hashlib';

/** hash_string of hashlib.c, masked to the variable table's 1024 buckets. */
const bucket = (name: string): number => hashString(name) & 1023;

const exported = (frame: Frame, name: string) => name in frame.env && attrsOf(frame, name).includes('x') && !frame.arrays?.[name];

/** The exported names in the table's order (made afresh: what maybe_make_export_env does after a change). */
function tableOrder(frame: Frame): string[] {
  const names = Object.keys(frame.env).filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) && exported(frame, n));
  const made = new Map(names.map((n, i) => [n, i]));
  return names.sort((a, b) => bucket(a) - bucket(b) || made.get(b)! - made.get(a)!);
}

/** The list bash keeps, made again when an export changed since (frame.exportOrder undefined). */
export function exportOrder(frame: Frame): string[] {
  return (frame.exportOrder ??= [...tableOrder(frame), '_']);
}

/** cd: PWD and OLDPWD changed in place in the list bash keeps (bindpwd), when nothing else changed it since. */
export function cdInPlace(frame: Frame, kept: string[] | undefined): void {
  if (!kept) return;
  frame.exportOrder = kept;
  for (const n of ['OLDPWD', 'PWD']) if (exported(frame, n) && !kept.includes(n)) kept.push(n);
}

/** An exported function as the environment carries it: `() {  body` with one space for each indent, `}`. */
function funcValue(frame: Frame, name: string): string | null {
  const body = frame.functions?.[name];
  if (!body) return null;
  const lines = functionText(name, body).replace(/\n$/, '').split('\n').slice(2);
  return `() {  ${lines.map((l, i) => (i === 0 ? l.trimStart() : l.replace(/^\s+/, ' '))).join('\n')}`;
}

/**
 * The environment of a command `prog` (its path, for `_`) run from `frame`: [name, value] pairs in order.
 * `temp` names the NAME=value words of its command line.
 */
export function environment(frame: Frame, prog: string, temp: string[] = []): [string, string][] {
  const out: [string, string][] = temp.filter((n) => n in frame.env).map((n) => [n, frame.env[n]]);
  for (const n of exportOrder(frame)) {
    if (temp.includes(n)) continue;
    if (n === '_') {
      for (const f of frame.fexports ?? []) {
        const v = funcValue(frame, f);
        if (v !== null) out.push([`BASH_FUNC_${f}%%`, v]);
      }
      out.push(['_', prog]);
    } else if (exported(frame, n)) out.push([n, frame.env[n]]);
  }
  return out;
}
