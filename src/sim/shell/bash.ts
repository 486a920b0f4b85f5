// The bash interpreter: runs a parsed list as a generator (commands may wait, ask, load). Lists, pipelines,
// compound commands, functions, background jobs, `set -e`; expansion in expand.ts, running a word list in exec.ts.
import { loginPids } from '../commands/lib/procs';
import { forked } from './pids';
import type { Frame } from '../context';
import type { CommandRun } from '../types';
import { needGuest } from '../lazy';
import { globMatch } from '../util';
import { isCompound, type AndOr, type Command, type CompoundCommand, type Pipeline, type Redir, type SimpleCommand, type Word } from './ast';
import { parseBash } from './parser';
import { ArithError } from './arith';
import { arithValue, expandHeredoc, expandPattern, expandWord, listItems, outProcs, resetProcFds, substitutionErr, substitutions } from './expand';
import { writeProcSys, writeTarget } from './redirect';
import { redirect } from './redirs';
import { execFds, execRedirect, isFdRedir } from './fds';
import { ExitSignal, LineAbort, LoopSignal, errPrefix, fatal } from './signals';
import { runArgv, available, resolveDef, runDef } from './exec';
import { interpreter, type IO, type Runtime } from './runtime';
import { assign, hasAttr, isReadonly, setAttrs } from './vars';
import { assignList, copyArrays, setElement } from './arrays';
import { doneWriting, flushProcs } from './procsub';
import { timeReport } from './timing';
import { ps4, trace, traceState, tracing, xquote, xvalue } from './xtrace';
import { condTrace } from './runtime';
import { commandText, jobText, debugAt, debugTrap, errTrap, inTrap, subshellTraps, trapsOnFailure } from './traps';
import { makerOf } from '../fs-owner';

export type { IO, Runtime } from './runtime';
export { terminalResized } from './runtime';

/** Run a bash script text in a frame. */
export function* runBash(rt: Runtime, frame: Frame, text: string, io: IO): CommandRun {
  yield* needGuest();
  // $$ and $PPID: the shell's place in the guest's process table (ps, /proc)
  if (frame.pid === undefined && rt.world.hosts.get(frame.hostId)?.sys) {
    const ids = loginPids(rt.world.seed, frame.hostId, frame.user);
    Object.assign(frame, { pid: ids.shell, ppid: ids.ppid });
  }
  // the variables bash sets for itself as it starts (BASH_VERSION, UID, RANDOM ...)
  if (frame.shell === 'bash' && frame.dyn === undefined) interpreter.startVars?.(rt, frame);
  // extglob: off in bash, on in the box's interactive shells (bash-completion's `shopt -s extglob`)
  const r = parseBash(text, frame.shopts?.extglob ?? !frame.script);
  if (!r.ok) {
    const pre = errPrefix(frame);
    if (r.incomplete) {
      io.err(r.reason === 'heredoc'
        ? `${pre}warning: here-document delimited by end-of-file\n`
        : `${pre}unexpected EOF while looking for matching \`${text.includes("'") ? "'" : '"'}'\n${pre}syntax error: unexpected end of file\n`);
      frame.lastExit = 2;
      return 2;
    }
    io.err(pre + r.error.replace(/^bash: /, '') + '\n');
    frame.lastExit = 2;
    return 2;
  }
  return yield* runList(rt, frame, r.list, io);
}

/** A line typed at the prompt: an expansion error drops the rest of it. */
export function* runTop(rt: Runtime, frame: Frame, text: string, io: IO): CommandRun {
  // $LINENO counts the lines typed since the shell started
  const read = frame.lines?.read ?? 0;
  frame.lines = { read: read + text.replace(/\n$/, '').split('\n').length, base: read + 1, now: read + 1 };
  let code: number;
  try {
    code = yield* runBash(rt, frame, text, io);
  } catch (e) {
    if (!(e instanceof LineAbort)) throw e;
    frame.lastExit = code = e.code;
  }
  // what `>(list)`s print shows once the line is done
  yield* flushProcs(rt);
  return code;
}

/** Run a script or subshell body: `exit` ends it here. */
export function* runIsolated(rt: Runtime, frame: Frame, body: CommandRun): CommandRun {
  try {
    return yield* body;
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    if (e instanceof LoopSignal) return 0;
    throw e;
  }
}

/** Conditions of if/while and all but the last of && || lists do not trigger `set -e`. */
let conditionDepth = 0;

function* runList(rt: Runtime, frame: Frame, list: AndOr[], io: IO): CommandRun {
  let code = frame.lastExit;
  for (const ao of list) {
    if (ao.background) {
      code = background(rt, frame, ao, io);
      frame.lastExit = code;
      continue;
    }
    code = yield* runAndOr(rt, frame, ao, io);
    // a frame that was closed (exit) stops the rest of the line
    if (rt.hooks.depth() === 0) break;
  }
  return code;
}

function* runAndOr(rt: Runtime, frame: Frame, ao: AndOr, io: IO): CommandRun {
  const steps = [{ op: null as '&&' | '||' | null, p: ao.first }, ...ao.rest];
  let code = frame.lastExit;
  for (let k = 0; k < steps.length; k++) {
    const { op, p } = steps[k];
    if ((op === '&&' && code !== 0) || (op === '||' && code === 0)) continue;
    const last = k === steps.length - 1;
    if (!last) conditionDepth++;
    try {
      code = yield* runPipeline(rt, frame, p, io);
    } finally {
      if (!last) conditionDepth--;
    }
    frame.lastExit = code;
    if (!last || code === 0 || p.negate || conditionDepth !== 0) continue;
    if (trapsOnFailure(p.cmds[p.cmds.length - 1])) {
      const c = p.cmds[p.cmds.length - 1];
      if (isCompound(c)) frame.bashCommand = commandText(c);
      yield* errTrap(rt, frame, code, io);
    }
    if (frame.options?.has('errexit')) errexit(rt, frame, code);
  }
  return code;
}

/** $_: the last word of the simple command just run (bind_lastarg), a shell variable not exported. */
function lastArg(frame: Frame, word: string): void {
  frame.env._ = word;
  if (frame.attrs?._ === undefined) (frame.attrs ??= {})._ = '';
}

/** `set -e`: a failing command ends the script, or the interactive shell itself. */
function errexit(rt: Runtime, frame: Frame, code: number): void {
  if (frame.script || frame.subshell) throw new ExitSignal(code);
  if (rt.hooks.top() === frame) rt.hooks.popFrame();
}

/** `cmd &`: a background job when the session has job control, else run to its end at once. */
function background(rt: Runtime, frame: Frame, ao: AndOr, io: IO): number {
  const jobs = rt.hooks.jobs;
  const sub: Frame = forked(rt, { ...frame, env: { ...frame.env }, arrays: copyArrays(frame), functions: { ...frame.functions }, traps: subshellTraps(frame), subshell: true });
  // `( list ) &`: the forked child is already the subshell (bash does not fork a second time)
  const only = !ao.rest.length && ao.first.cmds.length === 1 && !ao.first.negate && !ao.first.time ? ao.first.cmds[0] : null;
  const body: AndOr = only && isCompound(only) && only.kind === 'subshell' ? { ...ao, first: { ...ao.first, cmds: [{ kind: 'group', body: only.body, redirs: only.redirs }] } } : ao;
  const gen = runIsolated(rt, sub, runAndOr(rt, sub, { ...body, background: false }, io));
  if (!jobs) {
    // no terminal: nothing waits for it (provisioners)
    let r = gen.next();
    while (!r.done && !('load' in r.value)) r = gen.next();
    return 0;
  }
  const job = jobs.spawn(jobText(ao), gen);
  // the forked child is the job's process: its $BASHPID is $! (the generator has not started yet)
  if (sub.bashpid !== undefined) sub.bashpid = job.pid;
  job.wakeAt = jobs.now();
  frame.lastBg = job.pid;
  if (!frame.script) io.err(`[${job.id}] ${job.pid}\n`);
  return 0;
}

function* runPipeline(rt: Runtime, frame: Frame, p: Pipeline, io: IO): CommandRun {
  if (!p.time) return yield* runStages(rt, frame, p, io);
  // `time`: the report goes to the shell's standard error once the pipeline is done
  const start = rt.world.now;
  try {
    return p.cmds.length ? yield* runStages(rt, frame, p, io) : p.negate ? 1 : 0;
  } finally {
    io.err(timeReport(frame, p.time === 'posix', Math.max(0, Math.round(rt.world.now - start))));
  }
}

function* runStages(rt: Runtime, frame: Frame, p: Pipeline, io: IO): CommandRun {
  let stdin: string | null = null;
  let code = 0;
  // set -o pipefail: the status of the last stage that failed
  let failed = 0;
  const codes: number[] = [];
  for (let i = 0; i < p.cmds.length; i++) {
    const last = i === p.cmds.length - 1;
    let buf = '';
    const stageIo: IO = last ? (p.cmds.length > 1 ? { ...io, child: true } : io) : { out: (t) => (buf += t), err: io.err, tty: false, pipe: true, child: true, input: i === 0 ? io.input : undefined };
    if (i > 0) stageIo.input = undefined;
    code = yield* runCommand(rt, frame, p.cmds[i], stageIo, i > 0 ? stdin : null);
    codes.push(code);
    if (code !== 0) failed = code;
    stdin = buf;
  }
  // PIPESTATUS: each stage's own status, as the last foreground pipeline left them (before `!` and pipefail)
  if (codes.length) {
    (frame.arrays ??= {}).PIPESTATUS = { assoc: false, items: codes.map((c, i) => [String(i), String(c)]) };
    if (!hasAttr(frame, 'PIPESTATUS', 'a')) setAttrs(frame, 'PIPESTATUS', 'a');
  }
  if (p.cmds.length > 1 && frame.options?.has('pipefail')) code = failed;
  return p.negate ? (code === 0 ? 1 : 0) : code;
}

function* runCommand(rt: Runtime, frame: Frame, c: Command, io: IO, stdin: string | null): CommandRun {
  const prevErr = substitutionErr.fn;
  substitutionErr.fn = io.err;
  try {
    if (!isCompound(c)) return yield* runSimple(rt, frame, c, io, stdin);
    let cio = io;
    if (stdin !== null) cio = { ...io, input: { text: stdin, pos: 0 } };
    if (c.redirs?.length) {
      // the files a redirection makes are the shell user's, with its umask (fs-owner.ts)
      const host = rt.world.host(frame.hostId);
      const maker = host.fs.creator;
      if (host.sys) host.fs.creator = makerOf(host, frame.user, frame);
      const r = yield* redirect(rt, frame, c.redirs, cio, null);
      host.fs.creator = maker;
      if (typeof r === 'number') return r;
      const fdt = frame.fdt;
      frame.fdt = r.fdt;
      try {
        return yield* runCompound(rt, frame, c, { out: r.out, err: r.err, tty: r.tty, input: r.shared ?? (r.input !== null ? { text: r.input, pos: 0 } : cio.input) });
      } finally {
        if (frame.fdt === r.fdt) frame.fdt = fdt;
        if (host.sys) host.fs.creator = makerOf(host, frame.user, frame);
        r.flush();
        host.fs.creator = maker;
      }
    }
    return yield* runCompound(rt, frame, c, cio);
  } catch (e) {
    if (e instanceof ArithError) {
      io.err(`${errPrefix(frame)}${e.message}\n`);
      if (e.fatal) fatal(frame);
      return 1;
    }
    throw e;
  } finally {
    substitutionErr.fn = prevErr;
  }
}

const LOOP_LIMIT = 10_000;

/** Run a loop body; false when a `break` leaves this loop. */
function* loopBody(rt: Runtime, frame: Frame, body: AndOr[], io: IO): Generator<import('../types').Yield, { code: number; broke: boolean }, unknown> {
  frame.loops = (frame.loops ?? 0) + 1;
  try {
    return { code: yield* runList(rt, frame, body, io), broke: false };
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) throw new LoopSignal(e.kind, e.levels - 1);
    return { code: 0, broke: e.kind === 'break' };
  } finally {
    frame.loops = (frame.loops ?? 1) - 1;
  }
}

function* condition(rt: Runtime, frame: Frame, list: AndOr[], io: IO): CommandRun {
  conditionDepth++;
  try {
    return yield* runList(rt, frame, list, io);
  } finally {
    conditionDepth--;
  }
}

export function* runCompound(rt: Runtime, frame: Frame, c: CompoundCommand, io: IO): CommandRun {
  let code = 0;
  switch (c.kind) {
    case 'arith':
      yield* debugAt(rt, frame, commandText(c), io);
      if (tracing(frame)) yield* trace(rt, frame, io, `(( ${yield* expandHeredoc(rt, frame, c.expr)} ))`);
      return (yield* arithValue(rt, frame, c.expr, true)) !== 0n ? 0 : 1;
    case 'group':
      return yield* runList(rt, frame, c.body, io);
    case 'subshell': {
      const sub: Frame = forked(rt, { ...frame, env: { ...frame.env }, arrays: copyArrays(frame), functions: { ...frame.functions }, traps: subshellTraps(frame), subshell: true });
      return yield* runIsolated(rt, sub, runList(rt, sub, c.body, io));
    }
    case 'cond': {
      yield* debugAt(rt, frame, commandText(c), io);
      condTrace.prefix = tracing(frame) ? yield* ps4(rt, frame) : null;
      const args: string[] = [];
      for (const it of c.items) {
        const prev = args[args.length - 1];
        if (typeof it === 'string') args.push(it);
        else if (prev === '==' || prev === '=' || prev === '!=') args.push(yield* expandPattern(rt, frame, it));
        else if (it.regex) args.push(yield* expandPattern(rt, frame, it, true));
        else args.push((yield* expandWord(rt, frame, it, false)).join(''));
      }
      return yield* runArgv(rt, frame, ['[[', ...args, ']]'], io, null);
    }
    case 'case': {
      yield* debugAt(rt, frame, `case ${c.word.raw} in `, io);
      if (tracing(frame)) yield* trace(rt, frame, io, `case ${c.word.raw} in`);
      const value = (yield* expandWord(rt, frame, c.word, false)).join('');
      for (const item of c.items) {
        for (const p of item.patterns) {
          const pattern = yield* expandPattern(rt, frame, p);
          if (globMatch(pattern, value)) return yield* runList(rt, frame, item.body, io);
        }
      }
      return 0;
    }
    case 'func':
      (frame.functions ??= {})[c.name] = c.body;
      return 0;
    case 'if':
      for (const cl of c.clauses) {
        if ((yield* condition(rt, frame, cl.cond, io)) === 0) return yield* runList(rt, frame, cl.body, io);
        if (rt.hooks.depth() === 0) return frame.lastExit;
      }
      return c.otherwise ? yield* runList(rt, frame, c.otherwise, io) : 0;
    case 'for': {
      let items: string[] = [];
      if (c.words) for (const w of c.words) items.push(...(yield* expandWord(rt, frame, w)));
      else items = Array.from({ length: Number(frame.env['#'] ?? 0) }, (_, k) => frame.env[String(k + 1)] ?? '');
      if (c.select) return yield* runSelect(rt, frame, c, items, io);
      for (const it of items.slice(0, LOOP_LIMIT)) {
        const head = `for ${c.name} in ${c.words ? c.words.map((w) => w.raw).join(' ') : '"$@"'}`;
        yield* debugAt(rt, frame, head, io);
        if (tracing(frame)) yield* trace(rt, frame, io, head);
        if (!assign(frame, c.name, it)) {
          io.err(`${errPrefix(frame)}${c.name}: readonly variable\n`);
          return 1;
        }
        const r = yield* loopBody(rt, frame, c.body, io);
        code = r.code;
        if (r.broke || rt.hooks.depth() === 0) break;
      }
      return code;
    }
    case 'cfor': {
      const arithTrace = function* (expr: string) {
        if (tracing(frame) && expr.trim() !== '') yield* trace(rt, frame, io, `(( ${(yield* expandHeredoc(rt, frame, expr)).trim()} ))`);
      };
      yield* debugAt(rt, frame, `((${c.init}))`, io);
      yield* arithTrace(c.init);
      yield* arithValue(rt, frame, c.init, true);
      for (let n = 0; n < LOOP_LIMIT; n++) {
        yield* debugAt(rt, frame, `((${c.cond}))`, io);
        yield* arithTrace(c.cond);
        if (c.cond.trim() !== '' && (yield* arithValue(rt, frame, c.cond, true)) === 0n) break;
        const r = yield* loopBody(rt, frame, c.body, io);
        code = r.code;
        if (r.broke || rt.hooks.depth() === 0) break;
        yield* debugAt(rt, frame, `((${c.step}))`, io);
        yield* arithTrace(c.step);
        yield* arithValue(rt, frame, c.step, true);
      }
      return code;
    }
    case 'while':
      for (let n = 0; n < LOOP_LIMIT; n++) {
        const r = yield* condition(rt, frame, c.cond, io);
        if (c.until ? r === 0 : r !== 0) break;
        const b = yield* loopBody(rt, frame, c.body, io);
        code = b.code;
        if (b.broke || rt.hooks.depth() === 0) break;
      }
      return code;
  }
}

/** `select NAME in WORDS`: the numbered menu and PS3 on stderr, a line read for each round (execute_cmd.c select_query). */
function* runSelect(rt: Runtime, frame: Frame, c: Extract<CompoundCommand, { kind: 'for' }>, items: string[], io: IO): CommandRun {
  let code = 1;
  let menu = true;
  if (tracing(frame)) yield* trace(rt, frame, io, `select ${c.name} in ${c.words ? c.words.map((w) => w.raw).join(' ') : '"$@"'}`);
  for (let n = 0; n < LOOP_LIMIT; n++) {
    if (menu) io.err(selectMenu(items, Number(frame.env.COLUMNS) || 80));
    let line: string | null;
    if (io.input) {
      const { text, pos } = io.input;
      const nl = text.indexOf('\n', pos);
      line = pos >= text.length ? null : text.slice(pos, nl < 0 ? text.length : nl);
      io.input.pos = nl < 0 ? text.length : nl + 1;
      io.err(frame.env.PS3 ?? '#? ');
    } else {
      const answer = yield { ask: frame.env.PS3 ?? '#? ', stderr: true };
      line = typeof answer === 'string' ? answer : null;
    }
    if (line === null) {
      io.out('\n');
      return code;
    }
    frame.env.REPLY = line;
    if (line === '') {
      menu = true;
      continue;
    }
    menu = false;
    const k = /^\s*[-+]?\d+\s*$/.test(line) ? Number(line) : 0;
    assign(frame, c.name, k >= 1 && k <= items.length ? items[k - 1] : '');
    const r = yield* loopBody(rt, frame, c.body, io);
    code = r.code;
    if (r.broke || rt.hooks.depth() === 0) break;
  }
  return code;
}

/** The menu in columns as print_select_list lays it out (tabs every 8 columns between them). */
function selectMenu(items: string[], cols: number): string {
  if (!items.length) return '\n';
  const ilen = String(items.length).length;
  const max = Math.max(...items.map((w) => [...w].length)) + ilen + 4;
  let nc = Math.floor(cols / max) || 1;
  let rows = Math.ceil(items.length / nc);
  nc = Math.ceil(items.length / rows);
  if (rows === 1) {
    rows = nc;
    nc = 1;
  }
  const first = String(rows).length;
  let out = '';
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let ind = row; ; ) {
      const il = pos === 0 ? first : ilen;
      out += `${String(ind + 1).padStart(il)}) ${items[ind]}`;
      const len = [...items[ind]].length + il + 2;
      ind += rows;
      if (ind >= items.length) break;
      for (let from = pos + len, to = pos + max; from < to; ) {
        if (Math.floor(to / 8) > Math.floor(from / 8)) {
          out += '\t';
          from += 8 - (from % 8);
        } else {
          out += ' ';
          from++;
        }
      }
      pos += max;
    }
    out += '\n';
  }
  return out;
}

/**
 * Alias expansion of an interactive shell: an unquoted first word that names an alias is replaced by the
 * alias's words (read as shell input, so `ls -d .*` still globs). An alias that is more than one simple
 * command comes back as text to run with the rest of the words.
 */
function aliased(frame: Frame, words: Word[]): Word[] | string {
  const first = words[0];
  if (!first || frame.script || frame.shopts?.expand_aliases === false) return words;
  const p = first.parts;
  if (p.length !== 1 || p[0].k !== 'lit' || p[0].q) return words;
  const value = frame.aliases?.[p[0].t];
  if (value === undefined) return words;
  const r = parseBash(value);
  const one = r.ok && r.list.length === 1 && !r.list[0].rest.length && !r.list[0].background && r.list[0].first.cmds.length === 1 ? r.list[0].first.cmds[0] : null;
  if (one && !isCompound(one) && !one.assigns.length && !one.redirs.length && one.words.length) return [...one.words, ...words.slice(1)];
  return [value, ...words.slice(1).map((w) => w.raw)].join(' ');
}

/** NAME=value or NAME+=value: an error text when refused (readonly). */
function assignScalar(frame: Frame, name: string, v: string, append?: boolean): string | null {
  let value = v;
  if (append) value = hasAttr(frame, name, 'i') ? `(${frame.env[name] || 0})+(${v || 0})` : (frame.env[name] ?? '') + v;
  return assign(frame, name, value) ? null : `${name}: readonly variable`;
}

/** NAME=(...), NAME+=(...), NAME[sub]=value. */
function* assignArray(rt: Runtime, frame: Frame, a: SimpleCommand['assigns'][number], io: IO): Generator<import('../types').Yield, string | null, unknown> {
  const name = `${a.name}${a.index !== undefined ? `[${a.index}]` : ''}${a.append ? '+' : ''}`;
  if (a.list) {
    const items = yield* listItems(rt, frame, a.list);
    if (tracing(frame)) yield* trace(rt, frame, io, `${name}=(${a.list.map((w) => w.raw).join(' ')})`);
    return assignList(frame, a.name, items, a.append);
  }
  const v = (yield* expandWord(rt, frame, a.value, false)).join(' ');
  if (tracing(frame)) yield* trace(rt, frame, io, `${name}=${xvalue(v)}`);
  return setElement(frame, a.name, a.index!, v, a.append);
}

function* runSimple(rt: Runtime, frame: Frame, c: SimpleCommand, io: IO, stdin: string | null): CommandRun {
  const host = rt.world.host(frame.hostId);
  if (c.line !== undefined && !inTrap()) {
    if (frame.script) frame.script.line = c.line;
    else if (frame.lines) frame.lines.now = frame.lines.base + c.line - 1;
  }
  const words = aliased(frame, c.words);
  if (typeof words === 'string') return yield* runBash(rt, frame, words, io);
  yield* debugTrap(rt, frame, words === c.words ? c : { ...c, words }, io);
  resetProcFds();
  const subs = substitutions.count;
  const procs = outProcs.length;
  const argv: string[] = [];
  for (const w of words) argv.push(...(yield* expandWord(rt, frame, w)));
  const assigns: [string, string][] = [];
  for (const a of c.assigns) if (!a.list && (a.index === undefined || argv.length)) assigns.push([a.name, (yield* expandWord(rt, frame, a.value, false)).join(' ')]);
  if (argv.length && traceState.skip > 0) traceState.skip--;
  else if (tracing(frame) && argv.length) {
    // each assignment in front of the command on a line of its own, then the command's words
    for (const [k, v] of assigns) yield* trace(rt, frame, io, `${k}=${xvalue(v)}`);
    yield* trace(rt, frame, io, argv.map(xquote).join(' '));
  }
  if (argv.length === 0) {
    let n = 0;
    for (const a of c.assigns) {
      let e: string | null;
      try {
        if (a.list || a.index !== undefined) e = yield* assignArray(rt, frame, a, io);
        else {
          const v = assigns[n++][1];
          if (tracing(frame)) yield* trace(rt, frame, io, `${a.name}${a.append ? '+' : ''}=${xvalue(v)}`);
          e = assignScalar(frame, a.name, v, a.append);
        }
      } catch (x) {
        // `declare -i n; n=1/0`: an assignment error ends the line
        if (x instanceof ArithError) x.fatal = true;
        throw x;
      }
      if (e) {
        io.err(`${errPrefix(frame)}${e}\n`);
        // the rest of the line is dropped (a script goes on at its next line: here, its next command)
        if (e.endsWith('readonly variable') && !frame.script && !frame.subshell) throw new LineAbort(1);
        return 1;
      }
    }
    // bare redirections create/truncate files
    for (const r of c.redirs) {
      if ((r.op === '>' || r.op === '>>') && r.target) {
        const t = (yield* expandWord(rt, frame, r.target)).join(' ');
        const err = writeTarget(host, frame, t, '', r.op === '>>');
        if (err) {
          io.err(err.replace(/^-bash: /, errPrefix(frame)));
          return 1;
        }
      }
    }
    lastArg(frame, '');
    return substitutions.count !== subs ? frame.lastExit : 0;
  }
  // `exec` with redirections only: they become the shell's own (the session writes there from the next line)
  if (argv.length === 1 && argv[0] === 'exec' && c.redirs.length) {
    const e = yield* execFds(rt, frame, c.redirs, io);
    if (e || frame.script || frame.subshell) return e;
    return yield* execRedirect(rt, frame, c.redirs.filter((r) => !isFdRedir(r) || (r.fd === undefined && !r.varFd && r.op === '>&')), io);
  }
  // a readonly name in front of a command is refused; the command still runs
  for (const [k] of assigns) if (isReadonly(frame, k)) io.err(`${errPrefix(frame)}${k}: readonly variable\n`);
  // a redirection opens its file in the command's process: /proc/self there is the command (exec.ts: the same look)
  if (c.redirs.length && host.sys) host.fs.viewer = { world: rt.world, host, frame, name: argv[0], args: argv.slice(1), session: rt.hooks, user: host.users.get(frame.user) ?? { uid: 1000 } };
  // the files a redirection makes are the shell user's (fs-owner.ts)
  const maker = host.fs.creator;
  if (c.redirs.length && host.sys) host.fs.creator = makerOf(host, frame.user, frame);
  const r = yield* redirect(rt, frame, c.redirs, io, stdin);
  host.fs.creator = maker;
  if (typeof r === 'number') return r;
  // input: a pipe or redirection of its own, else what the enclosing compound command reads from
  const shared = r.shared ?? (r.input === null ? io.input : undefined);
  const input = r.shared ? r.input : r.input ?? (shared ? shared.text.slice(shared.pos) : null);
  const at = r.shared?.pos;
  const fdt = frame.fdt;
  frame.fdt = r.fdt;
  try {
    let code = yield* runArgv(rt, frame, argv, { out: r.out, err: r.err, tty: r.tty, input: shared, pipe: io.pipe && r.out === io.out, child: io.child, ...(r.inputPath && r.input !== null ? { stdinPath: r.inputPath } : {}) }, input, assigns);
    // a command reading through a descriptor that did not say how far it read read it all
    if (r.shared && r.shared.pos === at) r.shared.pos = r.shared.text.length;
    if (r.bad.hit && (argv[0] === 'echo' || argv[0] === 'printf')) {
      r.err(`${errPrefix(frame)}${argv[0]}: write error: ${r.bad.nospace ? 'No space left on device' : 'Bad file descriptor'}\n`);
      code = 1;
    } else if (r.bad.nospace && code === 0) {
      // a program's close_stdout() finds the write failed (/dev/full)
      r.err(`${argv[0]}: write error: No space left on device\n`);
      code = 1;
    }
    return code;
  } finally {
    lastArg(frame, argv[argv.length - 1]);
    if (frame.fdt === r.fdt) frame.fdt = fdt;
    if (c.redirs.length && host.sys) host.fs.creator = makerOf(host, frame.user, frame);
    r.flush();
    host.fs.creator = maker;
    if (outProcs.length > procs) yield* doneWriting(rt, io, outProcs.splice(procs));
  }
}

interpreter.runText = runBash;
interpreter.runCompound = (rt, frame, c, io) => runCommand(rt, frame, c, io, null);

export { writeProcSys, expandWord, runArgv, available, resolveDef, runDef };
