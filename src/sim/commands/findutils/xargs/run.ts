// xargs of GNU findutils 4.8.0 (xargs/xargs.c, lib/buildcmd.c): options as getopt_long reads
// "+0a:E:e::i::I:l::L:n:prs:txP:d:", items read as read_line (blanks, quotes, backslashes, the logical end-of-file
// string, -L's lines) or read_string (-0, -d) reads them, command lines built within -n, -L and the -s size as
// bc_push_arg builds them, and the exit statuses 123, 124, 125, 126 and 127.
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { def } from '../../lib/guest';
import { spec } from './spec';
import { readFile } from '../../lib/files';
import { strerror, type FsError } from '../../../fs';

/** A command xargs started (-P): its generator, what it wrote to stderr, when it wants to resume, its slot. */
interface Child {
  argv: string[];
  gen: Generator<Yield, number, unknown>;
  held: string;
  wake: number;
  slot: number;
}

class Exit extends Error {
  constructor(public code: number) {
    super(String(code));
  }
}

/** ARG_MAX of a Linux x86_64 guest (sysconf(_SC_ARG_MAX) with an 8 MiB stack) and xargs' headroom. */
const ARG_MAX = 2_097_152;
const HEADROOM = 2048;
const POSIX_MIN = 4096;
const BUFFER = 131_072;
const MAX_PROCS = 2_147_483_647;

/** quotearg's shell-escape style, as -t and -p print each word. */
function shellQuote(s: string): string {
  if (s && /^[A-Za-z0-9_%+,\-./:=@^]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
const q = (x: string) => `'${x.replace(/'/g, `'\\''`)}'`;

function* xargs(ctx: CommandContext): CommandRun {
  try {
    return yield* main(ctx);
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

function* main(ctx: CommandContext): CommandRun {
  const a = ctx.args;
  const die = (text: string, code = 1): never => {
    ctx.err(`xargs: ${text}\n`);
    throw new Exit(code);
  };
  const usage = (): never => {
    ctx.err("Try 'xargs --help' for more information.\n");
    throw new Exit(1);
  };
  const env = ctx.frame.env;
  const envSize = Object.entries(env).reduce((n, [k, v]) => n + k.length + v.length + 2, 0);
  const posixMax = ARG_MAX - HEADROOM - envSize;
  /** parse_num */
  const num = (s: string, opt: string, min: number, max: number, fatal: boolean): number => {
    const m = /^\s*[-+]?\d+$/.exec(s);
    if (!m) {
      ctx.err(`xargs: invalid number "${s}" for -${opt} option\n`);
      usage();
    }
    const v = Number(s);
    if (v < min) {
      ctx.err(`xargs: value ${s} for -${opt} option should be >= ${min}\n`);
      if (fatal) usage();
      return min;
    }
    if (max >= 0 && v > max) {
      ctx.err(`xargs: value ${s} for -${opt} option should be <= ${max}\n`);
      if (fatal) usage();
      return max;
    }
    return v;
  };
  const exclusive = (x: string, y: string) => ctx.err(`xargs: warning: options ${y} and ${x} are mutually exclusive, ignoring previous ${y} value\n`);
  let delim: string | null = null;
  let eof: string | null = null;
  let repl: string | null = null;
  let lines = 0;
  let maxArgs = 0;
  let argMax = Math.min(BUFFER, posixMax);
  let exitIfTooBig = false;
  let trace = false;
  let ask = false;
  let noEmpty = false;
  let showLimits = false;
  let argFile: string | null = null;
  let slotVar: string | null = null;
  /** -P: how many commands run at once (0: as many as there are). */
  let procs = 1;
  const LONG: Record<string, string> = {
    null: '0',
    'arg-file': 'a',
    delimiter: 'd',
    eof: 'e',
    replace: 'i',
    'max-lines': 'L',
    'max-args': 'n',
    interactive: 'p',
    'no-run-if-empty': 'r',
    'max-chars': 's',
    verbose: 't',
    exit: 'x',
    'max-procs': 'P',
    'open-tty': 'o',
    'show-limits': 'S',
    'process-slot-var': 'V',
  };
  const REQ = 'aEIdLnsPV';
  const OPT = 'eil';
  const set = (o: string, v: string | null) => {
    switch (o) {
      case '0':
        delim = '\0';
        break;
      case 'd':
        delim = delimiter(v!, die);
        break;
      case 'E':
        eof = v;
        break;
      case 'e':
        eof = v;
        break;
      case 'I':
      case 'i':
        repl = o === 'I' ? v! : (v ?? '{}');
        if (maxArgs) {
          exclusive('--replace/-I/-i', '--max-args');
          maxArgs = 0;
        }
        if (lines) {
          exclusive('--replace/-I/-i', '--max-lines');
          lines = 0;
        }
        break;
      case 'L':
      case 'l':
        lines = v === null ? 1 : num(v, o, 1, -1, true);
        if (maxArgs) {
          exclusive(o === 'L' ? '-L' : '--max-lines/-l', '--max-args');
          maxArgs = 0;
        }
        if (repl !== null) {
          exclusive(o === 'L' ? '-L' : '--max-lines/-l', '--replace');
          repl = null;
        }
        break;
      case 'n':
        maxArgs = num(v!, 'n', 1, -1, true);
        if (lines) {
          exclusive('--max-args/-n', '--max-lines');
          lines = 0;
        }
        if (repl !== null) {
          if (maxArgs === 1) maxArgs = 0;
          else {
            exclusive('--max-args/-n', '--replace');
            repl = null;
          }
        }
        break;
      case 's':
        argMax = num(v!, 's', 1, posixMax, false);
        break;
      case 'S':
        showLimits = true;
        break;
      case 't':
        trace = true;
        break;
      case 'x':
        exitIfTooBig = true;
        break;
      case 'p':
        ask = trace = true;
        break;
      case 'r':
        noEmpty = true;
        break;
      case 'P':
        procs = num(v!, 'P', 0, MAX_PROCS, true);
        break;
      case 'a':
        argFile = v;
        break;
      case 'V':
        if (v!.includes('=')) die("option --process-slot-var may not be set to a value which includes `='");
        slotVar = v;
        break;
    }
  };
  let i = 0;
  for (; i < a.length; i++) {
    const w = a[i];
    if (w === '--') {
      i++;
      break;
    }
    if (!w.startsWith('-') || w === '-') break;
    if (w.startsWith('--')) {
      const [name, val] = w.slice(2).split(/=(.*)/s);
      const key = Object.keys(LONG).find((k) => k === name) ?? Object.keys(LONG).filter((k) => k.startsWith(name))[0];
      const o = LONG[key];
      if (w.includes('=')) set(o, val);
      else if (REQ.includes(o)) set(o, a[++i]);
      else set(o, null);
      continue;
    }
    for (let k = 1; k < w.length; k++) {
      const o = w[k];
      if (REQ.includes(o)) {
        set(o, k + 1 < w.length ? w.slice(k + 1) : a[++i]);
        break;
      }
      if (OPT.includes(o)) {
        set(o, k + 1 < w.length ? w.slice(k + 1) : null);
        break;
      }
      set(o, null);
    }
  }
  if (eof !== null && delim !== null) ctx.err('xargs: warning: the -E option has no effect if -0 or -d is used.\n\n');
  let input = ctx.stdin ?? '';
  if (argFile !== null && argFile !== '-') {
    const r = readFile(ctx, ctx.resolve(argFile));
    if (!r.ok) die(`Cannot open input file ‘${argFile}’: ${strerror(r.errno as FsError)}`);
    else input = r.text;
  }
  if (repl !== null || lines) exitIfTooBig = true;
  const cmd = i < a.length ? a.slice(i) : ['echo'];
  if (showLimits) {
    ctx.err(
      `Your environment variables take up ${envSize} bytes\n` +
        `POSIX upper limit on argument length (this system): ${posixMax}\n` +
        `POSIX smallest allowable upper limit on argument length (all systems): ${POSIX_MIN}\n` +
        `Maximum length of command we could actually use: ${posixMax - envSize}\n` +
        `Size of command buffer we are actually using: ${argMax}\n` +
        `Maximum parallelism (--max-procs must be no greater): ${MAX_PROCS}\n`,
    );
    if (ctx.stdin === null) {
      ctx.err(
        '\nExecution of xargs will continue now, and it will try to read its input and run commands; if this is not what you wanted to happen, please type the end-of-file keystroke.\n',
      );
      if (!noEmpty) ctx.err(`Warning: ${cmd[0]} will be run at least once.  If you do not want that to happen, then press the interrupt keystroke.\n`);
    }
  }
  let childError = 0;
  let ran = 0;
  const size = (ws: string[]) => ws.reduce((n, w) => n + w.length + 1, 0);
  const initial = size(repl === null ? cmd : cmd.slice(0, 1));
  if (initial > argMax) die('cannot fit single argument within argument list size limit');
  // the commands running at once (-P): each resumes when the time it waits for has come (xargs.c wait_for_proc)
  const running: Child[] = [];
  const slots: boolean[] = [];
  const exec = function* (argv: string[]): Generator<Yield, void, unknown> {
    if (trace) {
      const line = argv.map(shellQuote).join(' ');
      if (ask) {
        const ans = String(yield { ask: line + '?...', stderr: true });
        if (!/^[yY]/.test(ans)) return;
      } else ctx.err(line + '\n');
    }
    ran++;
    while (procs !== 1 && procs !== 0 && running.length >= procs) yield* waitOne();
    // --process-slot-var: the lowest slot free
    let slot = slots.indexOf(false);
    if (slot < 0) slot = slots.length;
    slots[slot] = true;
    const frame = slotVar ? { ...ctx.frame, env: { ...ctx.frame.env, [slotVar]: String(slot) } } : ctx.frame;
    const child: Child = { argv, held: '', wake: 0, slot, gen: null! };
    child.gen = ctx.runLine(argv.map(q).join(' '), frame, { err: (t) => (child.held += t) });
    if (procs === 1) {
      slots[slot] = false;
      return end(child, yield* child.gen);
    }
    running.push(child);
    yield* step(child, undefined);
  };
  /** Run a child up to its next wait; what else it yields (loads, questions) goes up, and it ends when it returns. */
  const step = function* (child: Child, value: unknown): Generator<Yield, void, unknown> {
    let r = child.gen.next(value);
    while (!r.done) {
      const y = r.value;
      if ('wait' in y) {
        child.wake = ctx.world.now + y.wait;
        return;
      }
      r = child.gen.next(yield y);
    }
    running.splice(running.indexOf(child), 1);
    slots[child.slot] = false;
    end(child, r.value);
  };
  /** Let time pass until the first waiting child's time comes; resume each whose time has come. */
  const waitOne = function* (): Generator<Yield, void, unknown> {
    const first = Math.min(...running.map((c) => c.wake));
    if (first > ctx.world.now) yield { wait: first - ctx.world.now };
    for (const c of [...running]) if (c.wake <= ctx.world.now) yield* step(c, undefined);
  };
  const drain = function* (): Generator<Yield, void, unknown> {
    while (running.length) yield* waitOne();
  };
  const end = (child: Child, code: number): void => {
    const { argv, held } = child;
    if ((code === 127 || code === 126) && /(command not found|No such file or directory|Permission denied)\n$/.test(held) && held.split('\n').length === 2) {
      die(`${argv[0]}: ${code === 127 ? 'No such file or directory' : 'Permission denied'}`, code);
    }
    if (held) ctx.err(held);
    if (code === 255) die(`${argv[0]}: exited with status 255; aborting`, 124);
    if (code > 128 && code < 160) die(`${argv[0]}: terminated by signal ${code - 128}`, 125);
    if (code !== 0) childError = 123;
  };
  const reader = items(input, delim, repl !== null, eof, (t) => ctx.err(t));
  if (repl !== null) {
    for (const it of reader) {
      if (it.unmatched) die(`unmatched ${it.unmatched} quote; by default quotes are special to xargs unless you use the -0 option`);
      if (it.tooLong) die('argument line too long');
      yield* exec([cmd[0], ...cmd.slice(1).map((c) => c.split(repl!).join(it.word))]);
    }
    yield* drain();
    return childError;
  }
  let args: string[] = [];
  let chars = initial;
  let lineCount = 0;
  const flush = function* () {
    const now = args;
    args = [];
    chars = initial;
    lineCount = 0;
    yield* exec([...cmd, ...now]);
  };
  for (const it of reader) {
    if (it.unmatched) {
      if (args.length) yield* flush();
      die(`unmatched ${it.unmatched} quote; by default quotes are special to xargs unless you use the -0 option`);
    }
    if (it.word.length + 1 > argMax - initial) {
      if (args.length) yield* flush();
      die('argument line too long');
    }
    if (it.word !== null && it.push) {
      const len = it.word.length + 1;
      if (chars + len > argMax) {
        if (exitIfTooBig && (lines || maxArgs)) die('argument list too long');
        yield* flush();
      }
      args.push(it.word);
      chars += len;
      if (maxArgs && args.length >= maxArgs) yield* flush();
    }
    if (it.endLine && lines) {
      lineCount++;
      if (lineCount >= lines && args.length) yield* flush();
    }
  }
  if (args.length || (!noEmpty && ran === 0)) yield* flush();
  yield* drain();
  return childError;
}

/** -d's CHARACTER (get_input_delimiter): one character, or a C escape, octal or \x hex. */
function delimiter(s: string, die: (t: string) => never): string {
  if ([...s].length === 1) return s;
  if (s[0] !== '\\')
    return die(`Invalid input delimiter specification ${s}: the delimiter must be either a single character or an escape sequence starting with \\.`);
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (Object.hasOwn(simple, s[1])) return simple[s[1]];
  let base = 8;
  let body = s.slice(1);
  if (s[1] === 'x') {
    base = 16;
    body = s.slice(2);
  } else if (!/\d/.test(s[1] ?? '')) return die(`Invalid escape sequence ${s} in input delimiter specification.`);
  const m = (base === 16 ? /^[0-9a-fA-F]*/ : /^[0-7]*/).exec(body)![0];
  const val = parseInt(m || '0', base);
  if (val > 255) return die(`Invalid escape sequence ${s} in input delimiter specification; character values must not exceed ${base === 16 ? 'ff' : '377'}.`);
  if (m.length < body.length)
    return die(`Invalid escape sequence ${s} in input delimiter specification; trailing characters ${body.slice(m.length)} not recognised.`);
  return String.fromCharCode(val);
}

interface Item {
  word: string;
  /** the word goes into the command (not the logical end-of-file string) */
  push: boolean;
  /** a line ended after it (for -L) */
  endLine: boolean;
  unmatched?: 'single' | 'double';
  tooLong?: boolean;
}

/** read_line / read_string over the whole input. */
function* items(text: string, delim: string | null, replace: boolean, eof: string | null, warn: (t: string) => void): Generator<Item> {
  if (delim !== null) {
    const parts = text.split(delim);
    if (parts[parts.length - 1] === '') parts.pop();
    for (const p of parts) yield { word: p, push: true, endLine: true };
    return;
  }
  let nulWarned = false;
  let i = 0;
  while (i < text.length) {
    // one call of read_line: skip blanks and newlines, then a word (or with -I a whole line)
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) return;
    let word = '';
    let seen = false;
    let first = true;
    for (;;) {
      const c = text[i];
      if (c === undefined) {
        if (eof !== null && eof !== '' && first && word === eof) return;
        yield { word, push: true, endLine: true };
        return;
      }
      i++;
      if (c === '\n') {
        if (eof !== null && eof !== '' && word === eof) return;
        yield { word, push: true, endLine: !/[ \t]/.test(text[i - 2] ?? '') };
        break;
      }
      seen = true;
      if (!replace && (c === ' ' || c === '\t')) {
        if (eof !== null && eof !== '' && word === eof) return;
        yield { word, push: true, endLine: false };
        word = '';
        first = false;
        while (i < text.length && /\s/.test(text[i]) && text[i] !== '\n') i++;
        if (text[i] === '\n') {
          // a line that ends in a blank goes on into the next
          i++;
          while (i < text.length && /\s/.test(text[i])) i++;
        }
        if (i >= text.length) return;
        continue;
      }
      if (c === '\\') {
        if (i < text.length) word += text[i++];
        continue;
      }
      if (c === "'" || c === '"') {
        const end = text.indexOf(c, i);
        const nl = text.indexOf('\n', i);
        if (end < 0 || (nl >= 0 && nl < end)) {
          yield { word, push: false, endLine: false, unmatched: c === '"' ? 'double' : 'single' };
          return;
        }
        word += text.slice(i, end);
        i = end + 1;
        continue;
      }
      if (c === '\0' && !nulWarned) {
        warn(
          'xargs: WARNING: a NUL character occurred in the input.  It cannot be passed through in the argument list.  Did you mean to use the --null option?\n',
        );
        nulWarned = true;
      }
      word += c;
    }
    void seen;
  }
}

def({ name: 'xargs', summary: 'build and execute command lines from standard input', spec, run: xargs });
