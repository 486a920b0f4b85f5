// dircolors of GNU coreutils 8.32 (src/dircolors.c; options and help in spec.ts; the built-in database in db.ts):
// -p prints the database; otherwise the database (or FILE) for $TERM becomes an LS_COLORS assignment for the
// shell $SHELL names (-b Bourne, -c C shell).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote, quotef } from '../lib/quote';
import { reader, usageError } from '../lib/input';
import { DATABASE } from './db';

const SLACK = ['NORMAL', 'NORM', 'FILE', 'RESET', 'DIR', 'LNK', 'LINK', 'SYMLINK', 'ORPHAN', 'MISSING', 'FIFO', 'PIPE', 'SOCK', 'BLK', 'BLOCK', 'CHR', 'CHAR', 'DOOR', 'EXEC', 'LEFT', 'LEFTCODE', 'RIGHT', 'RIGHTCODE', 'END', 'ENDCODE', 'SUID', 'SETUID', 'SGID', 'SETGID', 'STICKY', 'OTHER_WRITABLE', 'OWR', 'STICKY_OTHER_WRITABLE', 'OWT', 'CAPABILITY', 'MULTIHARDLINK', 'CLRTOEOL'];
const LS = ['no', 'no', 'fi', 'rs', 'di', 'ln', 'ln', 'ln', 'or', 'mi', 'pi', 'pi', 'so', 'bd', 'bd', 'cd', 'cd', 'do', 'ex', 'lc', 'lc', 'rc', 'rc', 'ec', 'ec', 'su', 'su', 'sg', 'sg', 'st', 'ow', 'ow', 'tw', 'tw', 'ca', 'mh', 'cl'];

const isSpace = (c: string | undefined) => c !== undefined && /[ \t\n\v\f\r]/.test(c);

/** parse_line: the keyword and its argument (up to a #, blanks trimmed); null keyword for blanks and comments. */
function parseLine(line: string): { key: string | null; arg: string | null } {
  let p = 0;
  while (isSpace(line[p])) p++;
  if (p === line.length || line[p] === '#') return { key: null, arg: null };
  const ks = p;
  while (p < line.length && !isSpace(line[p])) p++;
  const key = line.slice(ks, p);
  if (p === line.length) return { key, arg: null };
  do p++;
  while (isSpace(line[p]));
  if (p >= line.length || line[p] === '#') return { key, arg: null };
  const as = p;
  while (p < line.length && line[p] !== '#') p++;
  let e = p - 1;
  while (isSpace(line[e])) e--;
  return { key, arg: line.slice(as, e + 1) };
}

/** append_quoted: ' as '\'' and a backslash before : and = unless escaped by \ or ^. */
function quoted(s: string): string {
  let out = '';
  let needBackslash = true;
  for (const c of s) {
    if (c === "'") {
      out += "'\\'";
      needBackslash = true;
    } else if (c === '\\' || c === '^') needBackslash = !needBackslash;
    else if (c === ':' || c === '=') {
      if (needBackslash) out += '\\';
      needBackslash = true;
    } else needBackslash = true;
    out += c;
  }
  return out;
}

/** fnmatch(pattern, term, 0): *, ? and bracket expressions. */
function fnmatch(pattern: string, s: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(s);
}

export function* run(ctx: CommandContext): CommandRun {
  let syntax: 'bourne' | 'c' | null = null;
  let print = false;
  for (const o of ctx.opts!.list) {
    if (o.key === 'bourne-shell' || o.key === 'sh') syntax = 'bourne';
    else if (o.key === 'csh' || o.key === 'c-shell') syntax = 'c';
    else if (o.key === 'print-database') print = true;
  }
  const ops = ctx.operands ?? [];
  if (print && syntax) return usageError(ctx, 'dircolors', "the options to output dircolors' internal database and\nto select a shell syntax are mutually exclusive");
  if (ops.length > (print ? 0 : 1)) {
    const extra = ops[print ? 0 : 1];
    return usageError(ctx, 'dircolors', `extra operand ${quote(extra)}${print ? '\nfile operands cannot be combined with --print-database (-p)' : ''}`);
  }
  if (print) {
    ctx.out(DATABASE.map((l) => l + '\n').join(''));
    return 0;
  }
  if (!syntax) {
    const shell = ctx.frame.env.SHELL;
    if (!shell) {
      ctx.err('dircolors: no SHELL environment variable, and no shell type option given\n');
      return 1;
    }
    const base = shell.replace(/\/+$/, '').replace(/^.*\//, '');
    syntax = base === 'csh' || base === 'tcsh' ? 'c' : 'bourne';
  }
  let lines: readonly string[] = DATABASE;
  const file = ops[0];
  if (file !== undefined) {
    const text = reader(ctx, 'dircolors')(file);
    if (text === null) return 1;
    lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines = lines.slice(0, -1);
  }
  const term = ctx.frame.env.TERM || 'none';
  let state: 'no' | 'yes' | 'sure' | 'global' = 'global';
  let ok = true;
  let s = '';
  lines.forEach((line, n) => {
    const { key, arg } = parseLine(line);
    if (key === null) return;
    if (arg === null) {
      ctx.err(`dircolors: ${quotef(file ?? '')}:${n + 1}: invalid line;  missing second token\n`);
      ok = false;
      return;
    }
    let unrecognized = false;
    if (key.toUpperCase() === 'TERM') {
      if (fnmatch(arg, term)) state = 'sure';
      else if (state !== 'sure') state = 'no';
    } else {
      if (state === 'sure') state = 'yes';
      if (state !== 'no') {
        if (key[0] === '.') s += `*${quoted(key)}=${quoted(arg)}:`;
        else if (key[0] === '*') s += `${quoted(key)}=${quoted(arg)}:`;
        else if (['OPTIONS', 'COLOR', 'EIGHTBIT'].includes(key.toUpperCase())) {
          // ignored
        } else {
          const i = SLACK.indexOf(key.toUpperCase());
          if (i >= 0) s += `${LS[i]}=${quoted(arg)}:`;
          else unrecognized = true;
        }
      } else unrecognized = true;
    }
    if (unrecognized && (state === 'sure' || state === 'yes')) {
      ctx.err(`dircolors: ${file !== undefined ? quotef(file) : '<internal>'}:${n + 1}: unrecognized keyword ${key}\n`);
      ok = false;
    }
  });
  if (!ok) return 1;
  ctx.out(syntax === 'bourne' ? `LS_COLORS='${s}';\nexport LS_COLORS\n` : `setenv LS_COLORS '${s}'\n`);
  return 0;
}
