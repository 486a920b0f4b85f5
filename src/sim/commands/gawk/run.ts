// awk / gawk 5.1.0: gawk's own reading of its argv (main.c parse_args: getopt_long with "+F:f:v:W;..." and its
// errors turned off), the program's sources, and the messages gawk prints for syntax errors and fatal errors.
import type { CommandContext } from '../../context';
import { strerror, type FsError } from '../../fs';
import type { CommandRun } from '../../types';
import { canWrite } from '../../util';
import { ExitSignal, LoopSignal } from '../../shell/signals';
import { readFile } from '../lib/files';
import type { Program } from './ast';
import { Interp } from './interp';
import type { AwkIO } from './io';
import { AwkSyntaxError } from './lexer';
import { parseProgram } from './parser';
import { AwkFatal } from './state';

const LONG: [string, string, 'none' | 'required' | 'optional'][] = [
  ['assign', 'v', 'required'], ['bignum', 'M', 'none'], ['characters-as-bytes', 'b', 'none'], ['copyright', 'C', 'none'],
  ['debug', 'D', 'optional'], ['dump-variables', 'd', 'optional'], ['exec', 'E', 'required'], ['field-separator', 'F', 'required'],
  ['file', 'f', 'required'], ['gen-pot', 'g', 'none'], ['help', 'h', 'none'], ['include', 'i', 'required'], ['lint', 'L', 'optional'],
  ['lint-old', 't', 'none'], ['load', 'l', 'required'], ['non-decimal-data', 'n', 'none'], ['no-optimize', 's', 'none'],
  ['nostalgia', '', 'none'], ['optimize', 'O', 'none'], ['posix', 'P', 'none'], ['pretty-print', 'o', 'optional'], ['profile', 'p', 'optional'],
  ['re-interval', 'r', 'none'], ['sandbox', 'S', 'none'], ['source', 'e', 'required'], ['traditional', 'c', 'none'],
  ['use-lc-numeric', 'N', 'none'], ['version', 'V', 'none'],
];
const SHORT: Record<string, 'none' | 'required' | 'optional'> = {
  F: 'required', f: 'required', v: 'required', W: 'required', b: 'none', c: 'none', C: 'none', d: 'optional', D: 'optional', e: 'required',
  E: 'required', g: 'none', h: 'none', i: 'required', l: 'required', L: 'optional', n: 'none', N: 'none', o: 'optional', O: 'none',
  p: 'optional', M: 'none', P: 'none', r: 'none', S: 'none', s: 'none', t: 'none', V: 'none',
};

interface Opt {
  c: string;
  arg?: string;
}

type Parsed = { kind: 'ok'; opts: Opt[]; rest: string[]; early: boolean } | { kind: 'missing'; c: string };

/** getopt_long as gawk calls it: options until the first operand; an unknown one stops the options there. */
function getopt(args: string[]): Parsed {
  const opts: Opt[] = [];
  let i = 0;
  const long = (name: string): [string, string, 'none' | 'required' | 'optional'] | undefined => {
    const exact = LONG.find((l) => l[0] === name);
    if (exact) return exact;
    const pre = LONG.filter((l) => l[0].startsWith(name));
    return pre.length === 1 ? pre[0] : undefined;
  };
  while (i < args.length) {
    const a = args[i];
    if (a === '--') return { kind: 'ok', opts, rest: args.slice(i + 1), early: false };
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const l = long(eq < 0 ? a.slice(2) : a.slice(2, eq));
      if (!l) return { kind: 'ok', opts, rest: args.slice(i), early: true };
      let arg: string | undefined = eq < 0 ? undefined : a.slice(eq + 1);
      if (l[2] === 'none' && arg !== undefined) return { kind: 'ok', opts, rest: args.slice(i), early: true };
      i++;
      if (l[2] === 'required' && arg === undefined) {
        if (i >= args.length) return { kind: 'missing', c: l[1] };
        arg = args[i++];
      }
      opts.push({ c: l[1] || l[0], arg });
      if (l[1] === 'E') return { kind: 'ok', opts, rest: args.slice(i), early: false };
      continue;
    }
    let k = 1;
    const start = i;
    i++;
    for (; k < a.length; k++) {
      const c = a[k];
      const t = SHORT[c];
      if (!t) return { kind: 'ok', opts, rest: args.slice(start), early: true };
      if (t === 'none') {
        opts.push({ c });
        continue;
      }
      let arg: string | undefined = a.slice(k + 1) || undefined;
      if (t === 'required' && arg === undefined) {
        if (i >= args.length) return { kind: 'missing', c };
        arg = args[i++];
      }
      if (c === 'W') {
        const l = long(arg!.split('=')[0]);
        if (!l) return { kind: 'ok', opts, rest: args.slice(start), early: true };
        opts.push({ c: l[1] || l[0], arg: arg!.includes('=') ? arg!.slice(arg!.indexOf('=') + 1) : undefined });
      } else opts.push({ c, arg });
      if (c === 'E') return { kind: 'ok', opts, rest: args.slice(i), early: false };
      break;
    }
  }
  return { kind: 'ok', opts, rest: args.slice(i), early: false };
}

interface Source {
  name: string;
  text: string;
  firstLine: number;
}

/** Where a line of the joined program came from: `cmd. line:3` or `prog.awk:3`. */
function whereOf(sources: Source[], line: number): string {
  let s = sources[0];
  for (const x of sources) if (x.firstLine <= line) s = x;
  return `${s.name}:${line - s.firstLine + 1}`;
}

export function* run(ctx: CommandContext): CommandRun {
  const me = (ctx.argv0 ?? ctx.name).replace(/.*\//, '');
  const help = () => import('./help');
  const usageErr = function* (): CommandRun {
    const { usage } = (yield { load: help }) as typeof import('./help');
    ctx.err(usage(me));
    return 1;
  };
  if (!ctx.args.length) return yield* usageErr();
  const p = getopt(ctx.args);
  if (p.kind === 'missing') {
    ctx.err(`${me}: option requires an argument -- ${p.c}\n`);
    return yield* usageErr();
  }
  const sources: Source[] = [];
  const assigns: [string, string][] = [];
  let fs: string | undefined;
  let version = false;
  for (const o of p.opts) {
    switch (o.c) {
      case 'h': {
        const { usage } = (yield { load: help }) as typeof import('./help');
        ctx.out(usage(me));
        return 0;
      }
      case 'C': {
        const { copyright } = (yield { load: help }) as typeof import('./help');
        ctx.out(copyright);
        return 0;
      }
      case 'V':
        version = true;
        break;
      case 'F':
        fs = o.arg!;
        break;
      case 'v': {
        const eq = o.arg!.indexOf('=');
        if (eq < 0) {
          ctx.err(`${me}: \`${o.arg}' argument to \`-v' not in \`var=value' form\n\n`);
          return yield* usageErr();
        }
        const name = o.arg!.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
          ctx.err(`${me}: fatal: \`${name}' is not a legal variable name\n`);
          return 2;
        }
        assigns.push([name, o.arg!.slice(eq + 1)]);
        break;
      }
      case 'f':
      case 'E':
      case 'i': {
        const r = readFile(ctx, ctx.resolve(o.arg!));
        if (!r.ok) {
          ctx.err(`${me}: fatal: cannot open source file \`${o.arg}' for reading: ${strerror(r.errno)}\n`);
          return 2;
        }
        sources.push({ name: o.arg!, text: r.text, firstLine: 0 });
        break;
      }
      case 'e':
        sources.push({ name: 'cmd. line', text: o.arg!, firstLine: 0 });
        break;
    }
  }
  if (version) {
    const { version: v } = (yield { load: help }) as typeof import('./help');
    ctx.out(v);
    return 0;
  }
  let rest = p.rest;
  if (!sources.length) {
    if (!rest.length || p.early) return yield* usageErr();
    sources.push({ name: 'cmd. line', text: rest[0], firstLine: 0 });
    rest = rest.slice(1);
  }
  // the sources are read as one program, line numbers running on
  let text = '';
  let line = 1;
  // gawk ends a source without a final newline itself; the lexer counts only the source's own newlines
  const added = new Set<number>();
  for (const s of sources) {
    s.firstLine = line;
    if (!s.text.endsWith('\n')) added.add(text.length + s.text.length);
    const t = s.text.endsWith('\n') ? s.text : s.text + '\n';
    text += t;
    line += t.split('\n').length - 1;
  }
  let prog: Program;
  try {
    const r = parseProgram(text);
    for (const w of r.warnings) ctx.err(`${me}: ${whereOf(sources, w.line)}: warning: ${w.msg}\n`);
    for (const w of r.errors) ctx.err(`${me}: ${whereOf(sources, w.line)}: error: ${w.msg}\n`);
    if (r.errors.length) return 1;
    if (r.undefinedCall) {
      ctx.err(`${me}: ${whereOf(sources, r.undefinedCall.line)}: fatal: function \`${r.undefinedCall.text}' not defined\n`);
      return 2;
    }
    prog = r.program;
  } catch (e) {
    if (!(e instanceof AwkSyntaxError)) throw e;
    ctx.err(syntaxMessage(me, text, e, sources, added));
    return 1;
  }
  if (fs !== undefined) assigns.unshift(['FS', fs]);

  let it: Interp | null = null;
  const io: AwkIO = {
    stdin: ctx.stdin ?? '',
    env: ctx.frame.env,
    pid: 4000,
    ppid: 3000,
    out: (t) => ctx.out(t),
    err: (t) => ctx.err(t),
    readFile: (name) => {
      const r = readFile(ctx, ctx.resolve(name));
      if (r.ok) return r;
      return { ok: false, errno: r.errno, message: strerror(r.errno) };
    },
    writeFile: (name, t, append) => {
      const path = ctx.resolve(name);
      if (!canWrite(ctx.frame.user, path)) return strerror('EACCES');
      const e = ctx.host.fs.write(path, t, append);
      return e ? strerror(e as FsError) : null;
    },
    *run(cmd, input, capture) {
      let out = '';
      const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      const line = input === null ? cmd : `printf '%s' ${q(input)} | { ${cmd}\n}`;
      const sub = { ...ctx.frame, env: { ...ctx.frame.env }, subshell: true };
      let status: number;
      try {
        status = yield* ctx.runLine(line, sub, capture ? { out: (t) => (out += t) } : undefined);
      } catch (e) {
        // the command runs in its own shell: its `exit` ends only that shell
        if (e instanceof ExitSignal) status = e.code;
        else if (e instanceof LoopSignal) status = 0;
        else throw e;
      }
      return { out, status };
    },
    now: () => ctx.world.now,
    where: () => `${me}: ${it ? prefix(it) : ''}`,
  };
  const prefix = (x: Interp) => {
    const fnr = x.st.num('FNR');
    return (x.line > 0 ? `${whereOf(sources, x.line)}: ` : '') + (fnr > 0 ? `(FILENAME=${x.st.str('FILENAME')} FNR=${fnr}) ` : '');
  };
  const argv = [me, ...rest];
  try {
    it = new Interp(prog, io, argv, assigns);
    const code = yield* it.run();
    yield* it.io.closeAll();
    return code;
  } catch (e) {
    if (!(e instanceof AwkFatal)) throw e;
    if (it) {
      it.io.flush();
      ctx.err(`${me}: ${prefix(it)}fatal: ${e.message}\n`);
    } else ctx.err(`${me}: fatal: ${e.message}\n`);
    return 2;
  }
}

/** gawk's yyerror(): the source line, then a caret under the token and the message. */
function syntaxMessage(me: string, text: string, e: AwkSyntaxError, sources: Source[], added: Set<number>): string {
  let pos = Math.min(e.pos, text.length);
  let msg = e.message;
  if (text[pos] === '\n' || pos >= text.length) {
    if (msg === 'syntax error') msg = 'unexpected newline or end of string';
    if (pos >= text.length) pos = text.length - 1;
  }
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  // at a newline of the source the lexer has already counted it
  const line = text.slice(0, start).split('\n').length + (text[pos] === '\n' && !added.has(pos) ? 1 : 0);
  const src = text.slice(start, end);
  const caret = [...text.slice(start, pos)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const where = whereOf(sources, line);
  return `${me}: ${where}: ${src}\n${me}: ${where}: ${caret}^ ${msg}\n`;
}
