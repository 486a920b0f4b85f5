// diff of GNU diffutils 3.7 (options, help and version in spec.ts and help.ts): two files, a file and a directory,
// or two directories (their common names; -r into subdirectories), in the normal format, -u/-U unified or -c/-C
// context format (-p/-F add the function line), -q brief, or the formats of formats.ts (-e, -f, -n, -y, -D, --*-format); -s tells identical files; -i, -w, -b, -Z and -B compare lines loosely; --label names
// a file in the headers; -N takes a missing file as empty; -l pipes each pair through `pr -h`. The status is 0 when the inputs are the same, 1 when
// they differ, 2 on trouble.
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { runArgv } from '../../../shell/bash';
import { tm, two } from '../../../util';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { compile, RegexError, type Rx } from '../../lib/posix-regex';
import { readFile } from '../../lib/files';
import { changes, compare, type Change } from './compare';
import { edScript, forwardEd, functionLine, ifdefFormats, ifdefScript, rcsScript, sideBySide, type Formats, type SideOpts } from './formats';
import { spec } from './spec';

const TROUBLE = 2;

interface Opts {
  style: 'normal' | 'unified' | 'context' | 'brief' | 'ed' | 'forward-ed' | 'rcs' | 'sdiff' | 'ifdef';
  side?: SideOpts;
  formats?: Formats;
  /** -p / -F: the regular expression of the lines shown after each hunk header */
  fn?: Rx;
  context: number;
  brief: boolean;
  identical: boolean;
  key: (l: string) => string;
  blank: boolean;
  labels: string[];
  newFile: boolean;
  recursive: boolean;
  /** -l: each pair's differences go through `pr -h HEADER` (util.c begin_output()). */
  paginate: boolean;
  minimal: boolean;
  /** --horizon-lines: identical lines at the ends kept in the comparison (at least the context). */
  horizon: number;
}

interface Input {
  name: string;
  text: string;
  mtime: number;
}

/** `2024-12-06 20:33:13.000000000 +0000`: the file's time in the headers (%Y-%m-%d %H:%M:%S.%N %z, UTC). */
function stamp(ms: number): string {
  const t = tm(ms);
  return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}.${String(ms % 1000).padStart(3, '0')}000000 +0000`;
}

function splitLines(text: string): { lines: string[]; eolMissing: boolean } {
  if (text === '') return { lines: [], eolMissing: false };
  const lines = text.split('\n');
  const eolMissing = lines[lines.length - 1] !== '';
  if (!eolMissing) lines.pop();
  return { lines, eolMissing };
}

const NO_EOL = '\\ No newline at end of file\n';

/** The text of a diff of two inputs in the chosen format, or '' when they do not differ. */
function diffText(x: Input, y: Input, o: Opts): { text: string; differ: boolean } {
  const A = splitLines(x.text);
  const B = splitLines(y.text);
  // ed scripts cannot tell an incomplete last line: it is completed (ROBUST_OUTPUT_STYLE, io.c), and reported after
  if (o.style === 'ed' || o.style === 'forward-ed') A.eolMissing = B.eolMissing = false;
  // a last line without its newline differs from the same line with one
  const mark = (L: typeof A, i: number) => (L.eolMissing && i === L.lines.length - 1 ? '\0' : '');
  const ka = A.lines.map((l, i) => o.key(l) + mark(A, i));
  const kb = B.lines.map((l, i) => o.key(l) + mark(B, i));
  // identical ends are found on the raw lines; -u and -c keep their context's worth of them in the comparison
  const horizon = Math.max(o.horizon, o.style === 'unified' || o.style === 'context' ? o.context : 0);
  const [ca, cb] = compare(ka, kb, A.lines.map((l, i) => l + mark(A, i)), B.lines.map((l, i) => l + mark(B, i)), horizon, o.minimal);
  let list = changes(ca, cb);
  if (o.blank) list = list.filter((c) => ![...A.lines.slice(c.a0, c.a1), ...B.lines.slice(c.b0, c.b1)].every((l) => l.trim() === ''));
  // side by side and #ifdef output show the common lines even when nothing differs (no_diff_means_no_output)
  if (o.style === 'sdiff' && !o.side!.suppressCommon) return { text: sideBySide(list, A, B, o.side!), differ: list.length > 0 };
  const fm = o.formats;
  if (o.style === 'ifdef' && fm && fm.group[0] && !(fm.group[0] === '%=' && !fm.line[0])) return { text: ifdefScript(list, A, B, fm), differ: list.length > 0 };
  if (!list.length) return { text: '', differ: false };
  if (o.style === 'brief') return { text: '', differ: true };
  if (o.style === 'ed') return { text: edScript(list, A, B), differ: true };
  if (o.style === 'forward-ed') return { text: forwardEd(list, A, B), differ: true };
  if (o.style === 'rcs') return { text: rcsScript(list, A, B), differ: true };
  if (o.style === 'sdiff') return { text: sideBySide(list, A, B, o.side!), differ: true };
  if (o.style === 'ifdef') return { text: ifdefScript(list, A, B, fm!), differ: true };
  const line = (prefix: string, L: typeof A, i: number) => prefix + L.lines[i] + '\n' + (L.eolMissing && i === L.lines.length - 1 ? NO_EOL : '');
  let out = '';
  if (o.style === 'normal') {
    const range = (s: number, e: number) => (e - s <= 1 ? String(e - s === 1 ? s + 1 : s) : `${s + 1},${e}`);
    for (const c of list) {
      const kind = c.a0 === c.a1 ? 'a' : c.b0 === c.b1 ? 'd' : 'c';
      out += `${range(c.a0, c.a1)}${kind}${range(c.b0, c.b1)}\n`;
      for (let i = c.a0; i < c.a1; i++) out += line('< ', A, i);
      if (kind === 'c') out += '---\n';
      for (let j = c.b0; j < c.b1; j++) out += line('> ', B, j);
    }
    return { text: out, differ: true };
  }
  const labelA = o.labels[0] ?? `${x.name}\t${stamp(x.mtime)}`;
  const labelB = o.labels[1] ?? `${y.name}\t${stamp(y.mtime)}`;
  out += o.style === 'unified' ? `--- ${labelA}\n+++ ${labelB}\n` : `*** ${labelA}\n--- ${labelB}\n`;
  const ctx = o.context;
  // hunks: changes closer than 2*context+1 unchanged lines go together
  const hunks: Change[][] = [];
  for (const c of list) {
    const h = hunks[hunks.length - 1];
    if (h && c.a0 - h[h.length - 1].a1 <= 2 * ctx) h.push(c);
    else hunks.push([c]);
  }
  for (const h of hunks) {
    const first = h[0];
    const last = h[h.length - 1];
    const a0 = Math.max(0, first.a0 - ctx);
    const b0 = Math.max(0, first.b0 - ctx);
    const a1 = Math.min(A.lines.length, last.a1 + ctx);
    const b1 = Math.min(B.lines.length, last.b1 + ctx);
    if (o.style === 'unified') {
      const r = (s: number, e: number) => (e - s === 1 ? String(s + 1) : `${e - s === 0 ? s : s + 1},${e - s}`);
      out += `@@ -${r(a0, a1)} +${r(b0, b1)} @@${o.fn ? functionLine(A.lines, a0, o.fn) : ''}\n`;
      let i = a0;
      let j = b0;
      for (const c of h) {
        while (i < c.a0) {
          out += line(' ', A, i++);
          j++;
        }
        for (; i < c.a1; i++) out += line('-', A, i);
        for (; j < c.b1; j++) out += line('+', B, j);
      }
      while (i < a1) {
        out += line(' ', A, i++);
        j++;
      }
    } else {
      const r = (s: number, e: number) => (e - s <= 1 ? String(e - s === 1 ? s + 1 : s) : `${s + 1},${e}`);
      out += `***************${o.fn ? functionLine(A.lines, a0, o.fn) : ''}\n*** ${r(a0, a1)} ****\n`;
      if (h.some((c) => c.a1 > c.a0)) {
        let i = a0;
        for (const c of h) {
          while (i < c.a0) out += line('  ', A, i++);
          for (; i < c.a1; i++) out += line(c.b1 > c.b0 ? '! ' : '- ', A, i);
        }
        while (i < a1) out += line('  ', A, i++);
      }
      out += `--- ${r(b0, b1)} ----\n`;
      if (h.some((c) => c.b1 > c.b0)) {
        let j = b0;
        for (const c of h) {
          while (j < c.b0) out += line('  ', B, j++);
          for (; j < c.b1; j++) out += line(c.a1 > c.a0 ? '! ' : '+ ', B, j);
        }
        while (j < b1) out += line('  ', B, j++);
      }
    }
  }
  return { text: out, differ: true };
}

type Read = { ok: true; input: Input } | { ok: false; errno: string };

function read(ctx: CommandContext, name: string): Read {
  if (name === '-') return { ok: true, input: { name, text: ctx.stdin ?? '', mtime: ctx.world.now } };
  const abs = ctx.resolve(name);
  const r = readFile(ctx, abs);
  if (!r.ok) return { ok: false, errno: r.errno };
  return { ok: true, input: { name, text: r.text, mtime: ctx.host.fs.get(abs)?.mtime ?? ctx.world.now } };
}

/** top: the operands themselves; named: a pair found in two directories, told with a `diff ...` line. */
function* compareFiles(ctx: CommandContext, o: Opts, n1: string, n2: string, top: boolean, named = !top): Generator<Yield, number, unknown> {
  const fs = ctx.host.fs;
  const abs1 = n1 === '-' ? null : ctx.resolve(n1);
  const abs2 = n2 === '-' ? null : ctx.resolve(n2);
  const dir1 = abs1 !== null && fs.isDir(abs1);
  const dir2 = abs2 !== null && fs.isDir(abs2);
  if (top && dir1 !== dir2) {
    // a file and a directory: the file is compared with the directory's entry of the same name
    if (dir1) n1 = `${n1.replace(/\/+$/, '')}/${n2.split('/').pop()}`;
    else n2 = `${n2.replace(/\/+$/, '')}/${n1.split('/').pop()}`;
    return yield* compareFiles(ctx, o, n1, n2, false, false);
  }
  if (dir1 && dir2) {
    if (o.style === 'ifdef') {
      ctx.err('diff: -D option not supported with directories\n');
      return TROUBLE;
    }
    if (!top && !o.recursive) {
      ctx.out(`Common subdirectories: ${n1} and ${n2}\n`);
      return 0;
    }
    const l1 = fs.list(abs1!);
    const l2 = fs.list(abs2!);
    if (typeof l1 === 'string' || typeof l2 === 'string') return TROUBLE;
    const names = [...new Set([...l1.map((e) => e.name), ...l2.map((e) => e.name)])].sort();
    let status = 0;
    const j = (d: string, n: string) => `${d.replace(/\/+$/, '')}/${n}`;
    for (const name of names) {
      const in1 = l1.some((e) => e.name === name);
      const in2 = l2.some((e) => e.name === name);
      if (!in1 || !in2) {
        if (o.newFile && in1 !== in2) {
          const s = yield* compareFiles(ctx, o, j(n1, name), j(n2, name), false);
          status = Math.max(status, s);
          continue;
        }
        ctx.out(`Only in ${in1 ? n1 : n2}: ${name}\n`);
        status = Math.max(status, 1);
        continue;
      }
      const d1 = fs.isDir(j(abs1!, name));
      const d2 = fs.isDir(j(abs2!, name));
      if (d1 !== d2) {
        ctx.out(`File ${j(n1, name)} is a ${d1 ? 'directory' : 'regular file'} while file ${j(n2, name)} is a ${d2 ? 'directory' : 'regular file'}\n`);
        status = Math.max(status, 1);
        continue;
      }
      const s = yield* compareFiles(ctx, o, j(n1, name), j(n2, name), false);
      status = Math.max(status, s);
    }
    return status;
  }
  let r1 = read(ctx, n1);
  let r2 = read(ctx, n2);
  if (o.newFile && !r1.ok && r1.errno === 'ENOENT' && r2.ok) r1 = { ok: true, input: { name: n1, text: '', mtime: 0 } };
  if (o.newFile && !r2.ok && r2.errno === 'ENOENT' && r1.ok) r2 = { ok: true, input: { name: n2, text: '', mtime: 0 } };
  let bad = false;
  for (const [r, n] of [[r1, n1], [r2, n2]] as const) {
    if (!r.ok) {
      ctx.err(`diff: ${n}: ${strerror(r.errno as FsError)}\n`);
      bad = true;
    }
  }
  if (bad || !r1.ok || !r2.ok) return TROUBLE;
  const res = diffText(r1.input, r2.input, o);
  // diff_2_files(): an ed script of a file whose last line has no newline is trouble, whatever the differences
  const incomplete = (o.style === 'ed' || o.style === 'forward-ed') ? [r1.input, r2.input].map((r, i) => (r.text && !r.text.endsWith('\n') ? o.labels[i] ?? r.name : '')).filter(Boolean) : [];
  const report = () => {
    for (const n of incomplete) ctx.err(`diff: ${n}: No newline at end of file\n\n`);
    return incomplete.length ? TROUBLE : undefined;
  };
  if (!res.differ) {
    if (o.identical) ctx.out(`Files ${n1} and ${n2} are identical\n`);
    else if (res.text) ctx.out(res.text);
    return report() ?? 0;
  }
  if (o.style === 'brief') ctx.out(`Files ${n1} and ${n2} differ\n`);
  else if (o.paginate) {
    // begin_output(): a pipe to `pr -h "diff OPTIONS NAME0 NAME1"`, which prints on diff's standard output
    const rt = { world: ctx.world, hooks: ctx.session };
    yield* runArgv(rt, ctx.frame, ['pr', '-h', `diff ${argsLine(ctx)}${n1} ${n2}`], { out: ctx.out, err: ctx.err, tty: ctx.tty }, res.text);
  } else {
    if (named) ctx.out(`diff ${argsLine(ctx)}${n1} ${n2}\n`);
    ctx.out(res.text);
  }
  return report() ?? 1;
}

/** The options as given, before the names, in the `diff -r a/x b/x` line diff prints for each pair in directories. */
function argsLine(ctx: CommandContext): string {
  const ops = new Set(ctx.operands ?? []);
  return ctx.args.filter((a) => !ops.has(a)).map((a) => a + ' ').join('');
}

const STYLE_KEYS: Record<string, Opts['style']> = { c: 'context', context: 'context', u: 'unified', unified: 'unified', normal: 'normal', ed: 'ed', 'forward-ed': 'forward-ed', rcs: 'rcs', 'side-by-side': 'sdiff', 'sdiff-merge-assist': 'sdiff', ifdef: 'ifdef' };
/** group_format[] and line_format[] indexes (UNCHANGED, OLD, NEW, CHANGED) */
const GROUP: Record<string, number> = { 'unchanged-group-format': 0, 'old-group-format': 1, 'new-group-format': 2, 'changed-group-format': 3 };
const LINE: Record<string, number> = { 'unchanged-line-format': 0, 'old-line-format': 1, 'new-line-format': 2 };

def({
  name: 'diff',
  summary: 'compare files line by line',
  spec,
  *run(ctx) {
    const o = ctx.opts!;
    const fail = (msg: string) => {
      ctx.err(`diff: ${msg}\ndiff: Try 'diff --help' for more information.\n`);
      return TROUBLE;
    };
    let style: Opts['style'] | null = null;
    let context = 3;
    const group: (string | undefined)[] = [];
    const lineFmt: (string | undefined)[] = [];
    const fnRes: string[] = [];
    let width = 0;
    let tabsize = 0;
    // main()'s getopt loop: each option in order, specify_style() and specify_value() telling conflicts
    const value = (arr: (string | undefined)[], i: number, v: string, option: string) => {
      if (arr[i] !== undefined && arr[i] !== v) {
        ctx.err(`diff: conflicting ${option} option value '${v}'\n`);
        return false;
      }
      arr[i] = v;
      return true;
    };
    const tryHelp = () => {
      ctx.err("diff: Try 'diff --help' for more information.\n");
      return TROUBLE;
    };
    for (const x of o.list) {
      const s = STYLE_KEYS[x.key] ?? (x.key in GROUP || x.key in LINE || x.key === 'line-format' ? 'ifdef' : undefined);
      const v = typeof x.value === 'string' ? x.value : '';
      if (s) {
        if (style && style !== s) return fail('conflicting output style options');
        style = s;
      }
      if (x.key === 'context' || x.key === 'unified') {
        if (typeof x.value === 'string') {
          if (!/^\d+$/.test(x.value)) return fail(`invalid context length '${x.value}'`);
          context = Number(x.value);
        }
      } else if (x.key === 'ifdef') {
        const f = ifdefFormats(v);
        for (let i = 0; i < 4; i++) if (!value(group, i, f[i], '-D')) return tryHelp();
      } else if (x.key in GROUP) {
        if (!value(group, GROUP[x.key], v, '--' + x.key)) return tryHelp();
      } else if (x.key in LINE) {
        if (!value(lineFmt, LINE[x.key], v, '--' + x.key)) return tryHelp();
      } else if (x.key === 'line-format') {
        for (let i = 0; i < 3; i++) if (!value(lineFmt, i, v, '--line-format')) return tryHelp();
      } else if (x.key === 'width' || x.key === 'tabsize') {
        const n = /^\d+$/.test(v) ? Number(v) : 0;
        if (!(n > 0)) return fail(`invalid ${x.key} '${v}'`);
        const cur = x.key === 'width' ? width : tabsize;
        if (cur && cur !== n) {
          ctx.err(`diff: conflicting ${x.key} options\n`);
          return TROUBLE;
        }
        if (x.key === 'width') width = n;
        else tabsize = n;
      } else if (x.key === 'show-c-function') fnRes.push('^[[:alpha:]$_]');
      else if (x.key === 'show-function-line') fnRes.push(v);
    }
    let fn: Rx | undefined;
    if (fnRes.length) {
      try {
        // add_regexp() joins the expressions with \| (summarize_regexp_list)
        fn = compile(fnRes.join('\\|'), { kind: 'bre' });
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        ctx.err(`diff: ${e.message}: ${fnRes[fnRes.length - 1]}\n`);
        return TROUBLE;
      }
    }
    let formats: Formats | undefined;
    if (style === 'ifdef') {
      const line = [0, 1, 2].map((i) => lineFmt[i] ?? '%l\n') as Formats['line'];
      const old = group[1] ?? group[3] ?? '%<';
      const add = group[2] ?? group[3] ?? '%>';
      formats = { line, group: [group[0] ?? '%=', old, add, group[3] ?? old + add] };
    }
    const ops = ctx.operands ?? [];
    if (ops.length < 2) return fail(`missing operand after '${ctx.args.length ? ctx.args[ctx.args.length - 1] : 'diff'}'`);
    if (ops.length > 2) return fail(`extra operand '${ops[2]}'`);
    const ic = o.has('ignore-case');
    const ws = o.has('ignore-all-space') ? 'all' : o.has('ignore-space-change') ? 'change' : o.has('ignore-trailing-space') ? 'trailing' : '';
    const opts: Opts = {
      style: o.has('brief') ? 'brief' : style ?? 'normal',
      context,
      brief: o.has('brief'),
      identical: o.has('report-identical-files'),
      key: (l) => {
        let k = ic ? l.toLowerCase() : l;
        if (ws === 'all') k = k.replace(/\s+/g, '');
        else if (ws === 'change') k = k.replace(/\s+$/, '').replace(/\s+/g, ' ');
        else if (ws === 'trailing') k = k.replace(/\s+$/, '');
        return k;
      },
      blank: o.has('ignore-blank-lines'),
      labels: o.all('label'),
      newFile: o.has('new-file'),
      recursive: o.has('recursive'),
      paginate: o.has('paginate'),
      minimal: o.has('minimal'),
      horizon: Number(o.str('horizon-lines')) || 0,
      fn,
      formats,
      side: { width: width || 130, tabsize: tabsize || 8, expandTabs: o.has('expand-tabs'), leftColumn: o.has('left-column'), suppressCommon: o.has('suppress-common-lines'), mergeAssist: o.has('sdiff-merge-assist') },
    };
    return yield* compareFiles(ctx, opts, ops[0], ops[1], true);
  },
});
