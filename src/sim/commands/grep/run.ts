// grep of GNU grep 3.6 (options and help in spec.ts): pattern selection (-G/-E/-F, -e, -f, -i, -w, -x, -v),
// output control as grep.c's prline/prtext do it (-n, -b, -H/-h, --label, -o, -c, -l, -L, -q, -s, -m, -Z, -T),
// context (-A/-B/-C/-NUM with the group separator, --group-separator, --no-group-separator), -r/-R with
// --include/--exclude/--exclude-dir, --color (color.ts).
import type { CommandContext } from '../../context';
import { def } from '../lib/guest';
import { fileErr, lines, readFile } from '../lib/files';
import { compile, fnmatch, type Matcher } from './match';
import { isBinary, toBytes } from '../lib/bytes';
import { colorLine, grepColors, paint, type GrepColors } from './color';

interface Out {
  file: boolean;
  number: boolean;
  byte: boolean;
  tab: boolean;
  nul: boolean;
  only: boolean;
  invert: boolean;
  before: number;
  after: number;
  /** null: no separator (--no-group-separator or no context option given). */
  group: string | null;
  max: number;
  /** --binary-files: what a file with a NUL or a line not UTF-8 gets. */
  binary: 'binary' | 'text' | 'without-match';
  /** --color: the colours, null for none. */
  color: GrepColors | null;
}

/** A context length as context_length_arg() takes it: a decimal number, else the error. */
function contextLength(v: string): number | null {
  return /^\d+$/.test(v) ? Number(v) : null;
}

def({
  name: 'grep',
  aliases: ['egrep', 'fgrep'],
  summary: 'print lines that match patterns',
  *run(ctx) {
    const o = ctx.opts!;
    const operands = [...ctx.operands!];
    const fail = (msg: string) => {
      ctx.err(`grep: ${msg}\n`);
      return 2;
    };
    // context: -A and -B win over -C / -NUM whatever their order (grep.c: out_after < 0 → default_context)
    const len = (key: string): number | undefined | null => {
      const v = o.str(key);
      return v === undefined ? undefined : contextLength(v);
    };
    let ctxDefault = -1;
    for (const key of ['context', 'after-context', 'before-context']) {
      const v = len(key);
      if (v === null) return fail(`${o.str(key)}: invalid context length argument`);
      if (key === 'context' && v !== undefined) ctxDefault = v;
    }
    const after = len('after-context') ?? ctxDefault;
    const before = len('before-context') ?? ctxDefault;
    let max = Infinity;
    if (o.has('max-count')) {
      const m = o.str('max-count')!;
      if (!/^-?\d+$/.test(m)) return fail('invalid max count');
      max = Number(m) < 0 ? Infinity : Number(m);
    }
    // patterns: -e and -f in order, else the first operand
    const pats: string[] = [];
    let given = false;
    for (const opt of o.list) {
      if (opt.key === 'regexp') (given = true), pats.push(...String(opt.value).split('\n'));
      else if (opt.key === 'file') {
        given = true;
        const name = String(opt.value);
        const r = name === '-' ? { ok: true as const, text: ctx.stdin ?? '' } : readFile(ctx, ctx.resolve(name));
        if (!r.ok) return fail(fileErr('grep', name, r.errno).slice(6, -1));
        pats.push(...lines(r.text));
      }
    }
    if (!given) {
      if (!operands.length) {
        ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
        return 2;
      }
      pats.push(...operands.shift()!.split('\n'));
    }
    // egrep and fgrep of grep 3.6 are the scripts `exec grep -E "$@"` and `exec grep -F "$@"` (src/egrep.sh)
    let mode: 'G' | 'E' | 'F' = ctx.name === 'egrep' ? 'E' : ctx.name === 'fgrep' ? 'F' : 'G';
    for (const opt of o.list) {
      if (opt.key === 'basic-regexp') mode = 'G';
      else if (opt.key === 'extended-regexp') mode = 'E';
      else if (opt.key === 'fixed-regexp') mode = 'F';
    }
    if (o.has('perl-regexp')) mode = 'E';
    let ignoreCase = false;
    for (const opt of o.list) if (opt.key === 'ignore-case' || opt.key === 'y') ignoreCase = true;
    else if (opt.key === 'no-ignore-case') ignoreCase = false;
    const matcher = compile(pats, { mode, ignoreCase, word: o.has('word-regexp'), line: o.has('line-regexp') });
    if (typeof matcher === 'string') return fail(matcher);

    const recursive = o.has('recursive') || o.has('dereference-recursive') || o.str('directories') === 'recurse';
    const deref = o.has('dereference-recursive');
    const noOperand = operands.length === 0;
    if (noOperand) operands.push(recursive ? '.' : '-');
    let withName: boolean | null = null;
    for (const opt of o.list) if (opt.key === 'with-filename') withName = true;
    else if (opt.key === 'no-filename') withName = false;
    const quiet = o.has('quiet');
    const silent = o.has('no-messages');
    const listMatch = o.has('files-with-matches');
    const listNone = o.has('files-without-match');
    const count = o.has('count');
    const contextGiven = after >= 0 || before >= 0;
    // --color / --colour: the last one given
    let when: string | undefined;
    for (const opt of o.list) if (opt.key === 'color' || opt.key === 'colour') when = typeof opt.value === 'string' ? opt.value : '';
    const color = grepColors(when, ctx.frame.env, ctx.tty);
    if (color === 'bad') {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    const out: Out = {
      file: false,
      number: o.has('line-number'),
      byte: o.has('byte-offset'),
      tab: o.has('initial-tab'),
      nul: o.has('null'),
      only: o.has('only-matching'),
      invert: o.has('invert-match'),
      before: Math.max(before, 0),
      after: Math.max(after, 0),
      group: !contextGiven || o.has('no-group-separator') ? null : (o.str('group-separator') ?? '--'),
      max,
      binary: 'binary',
      color,
    };
    // --binary-files=TYPE, -a (text) and -I (without-match): the last one given
    for (const opt of o.list) {
      if (opt.key === 'text') out.binary = 'text';
      else if (opt.key === 'I') out.binary = 'without-match';
      else if (opt.key === 'binary-files' && ['binary', 'text', 'without-match'].includes(String(opt.value))) out.binary = opt.value as Out['binary'];
    }
    const includes = o.all('include');
    const excludes = o.all('exclude');
    const excludeDirs = o.all('exclude-dir');
    const base = (p: string) => p.replace(/\/+$/, '').replace(/^.*\//, '');
    const skipFile = (name: string, commandLine: boolean) => {
      const b = commandLine ? name : base(name);
      if (excludes.some((g) => fnmatch(g, b))) return true;
      return includes.length > 0 && !includes.some((g) => fnmatch(g, b));
    };

    let status = 1;
    let trouble = false;
    let text = '';
    const state = { used: false };
    const err = (m: string) => {
      trouble = true;
      if (!silent) ctx.err(m);
    };

    const search = (body: string, name: string, regular = true) => {
      const selected = grepText(body, name, regular, matcher, out, quiet || count || listMatch || listNone, state, (s) => (text += s), (m) => ctx.err(m));
      if (selected) status = 0;
      const nameEnd = out.nul ? '\0' : '\n';
      const fn = paint(color, color?.fn ?? '', name);
      if (count) text += (out.file ? fn + (out.nul ? '\0' : paint(color, color?.se ?? '', ':')) : '') + selected + '\n';
      if (listMatch && selected) text += fn + nameEnd;
      if (listNone && !selected) text += fn + nameEnd;
    };

    const walk = (shown: string, abs: string, commandLine: boolean) => {
      const fs = ctx.host.fs;
      const isLink = fs.lget(abs)?.type === 'link';
      if (!commandLine && isLink && !deref) return;
      if (fs.isDir(abs)) {
        if (!recursive) return err(`grep: ${shown}: Is a directory\n`);
        if (!commandLine && excludeDirs.some((g) => fnmatch(g, base(shown)))) return;
        const entries = fs.list(abs);
        if (typeof entries === 'string') return err(fileErr('grep', shown, entries));
        for (const e of entries) {
          const child = shown === '.' && noOperand ? e.name : shown.endsWith('/') ? shown + e.name : `${shown}/${e.name}`;
          walk(child, fs.join(abs, e.name), false);
        }
        return;
      }
      if (skipFile(shown, commandLine) && !(commandLine && includes.length && !excludes.length)) return;
      const r = readFile(ctx, abs);
      if (!r.ok) return err(fileErr('grep', shown, r.errno));
      search(r.text, shown);
    };

    const several = operands.length > 1;
    for (const f of operands) {
      if (quiet && status === 0) break;
      const dir = f !== '-' && ctx.host.fs.isDir(ctx.resolve(f));
      out.file = withName ?? (several || (recursive && dir));
      if (f === '-') search(ctx.stdin ?? '', o.str('label') ?? '(standard input)', ctx.stdinPath !== undefined);
      else walk(f, ctx.resolve(f), true);
    }
    if (!quiet) ctx.out(text);
    if (quiet && status === 0) return 0;
    return trouble ? 2 : status;
  },
});


/** One file's lines through prtext/prpending: returns how many lines were selected (at most out.max). */
function grepText(body: string, name: string, regular: boolean, m: Matcher, out: Out, silent: boolean, state: { used: boolean }, write: (s: string) => void, say: (s: string) => void): number {
  // a file with a NUL is binary from the start; otherwise a line to print that is not UTF-8 makes it so
  const nul = out.binary !== 'text' && body.includes('\0');
  if (nul && out.binary === 'without-match') return 0;
  let stopped = false;
  const all = lines(body);
  // byte offsets of the lines, for -b only
  const offsets: number[] = [];
  let off = 0;
  if (out.byte) for (const l of all) offsets.push(off), (off += toBytes(l).length + 1);
  const c = out.color;
  // -T: numbers padded to the digits of the file's size (plus one with -n); of UINTMAX_MAX for a pipe
  const width = !out.tab ? 0 : regular ? String(toBytes(body).length + (out.number ? 1 : 0)).length : 20;
  const head = (i: number, sep: string, byte: number) => {
    // print_line_head(): the file name, line number and byte offset each in its colour, each separator in se's
    const se = paint(c, c?.se ?? '', sep);
    let h = '';
    if (out.file) h += paint(c, c?.fn ?? '', name) + (out.nul ? '\0' : se);
    if (out.number) h += paint(c, c?.ln ?? '', String(i + 1).padStart(width)) + se;
    if (out.byte) h += paint(c, c?.bn ?? '', String(byte).padStart(width)) + se;
    if (out.tab && h) h += '\t';
    return h;
  };
  // print_line_head(): output that is not UTF-8 is left out, and the file said to be binary once it is done
  let encoding = false;
  const text = (s: string) => !(out.binary === 'binary' && isBinary(s) && (encoding = true));
  const print = (i: number, selectedLine: boolean) => {
    if (nul) {
      // binary from the start: the first line to print ends the file's output
      say(`grep: ${name}: binary file matches\n`);
      stopped = true;
      return;
    }
    const sep = selectedLine ? ':' : '-';
    const matching = selectedLine !== out.invert;
    if (!out.only) return void (text(all[i]) && write(head(i, sep, offsets[i]) + (c ? colorLine(c, all[i], sep, out.invert, matching ? m.all(all[i]) : []) : all[i]) + '\n'));
    if (!matching) return;
    const mc = c ? (selectedLine ? c.ms : c.mc) : '';
    for (const [at, s] of m.all(all[i])) if (s && text(s)) write(head(i, sep, out.byte ? offsets[i] + toBytes(all[i].slice(0, at)).length : 0) + paint(c, mc, s) + '\n');
  };
  let selected = 0;
  let lastOut = -1; // index of the last line printed
  let pending = 0;
  for (let i = 0; i < all.length && !stopped; i++) {
    const sel = m.test(all[i]) !== out.invert;
    if (selected >= out.max) {
      // trailing context after the last allowed line goes on through matching lines (3.x prpending)
      if (pending > 0 && !silent) print(i, false), (lastOut = i), pending--;
      if (pending <= 0) break;
      continue;
    }
    if (!sel) {
      if (pending > 0 && !silent) print(i, false), (lastOut = i), pending--;
      continue;
    }
    selected++;
    if (silent) {
      if (selected >= out.max) break;
      continue;
    }
    const from = Math.max(lastOut + 1, i - out.before);
    // prtext: the separator before a group not joined to the last line printed (or the first of a file)
    if (out.group !== null && state.used && (lastOut === -1 || from !== lastOut + 1)) write(paint(c, c?.se ?? '', out.group) + '\n');
    for (let j = from; j < i; j++) print(j, false);
    print(i, true);
    lastOut = i;
    pending = out.after;
    state.used = true;
  }
  if (encoding) say(`grep: ${name}: binary file matches\n`);
  return selected;
}
