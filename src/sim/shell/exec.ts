// Running an expanded word list: aliases, functions, builtins and commands, scripts (`./x.sh`, shebangs).
import type { CommandContext, Frame } from '../context';
import type { CommandRun, Host } from '../types';
import type { World } from '../world';
import { findCommand, type AnyCommandDef } from '../registry';
import { resolveDef, runDef } from '../spec/run';
import type { CompoundCommand } from './ast';
import { interpreter, type IO, type Runtime } from './runtime';
import { ExitSignal, ReturnSignal, errPrefix } from './signals';
import { restoreVar } from './vars';
import { functionTraps } from './traps';
import { flushProcs, procMark } from './procsub';
import { syntaxErrorAt } from './parser';
import { hashRun } from './hashcmd';
import { started } from './pids';
import { ALSO_FILES } from './builtins/type/run';
import { binDir } from '../commands/lib/paths';
import { makerOf } from '../fs-owner';

export function available(def: AnyCommandDef, host: Host, world: World): boolean {
  return !def.available || def.available(host, world);
}

/** Builtins run in the shell itself; they do not read what is left of a shared input. */
export const BUILTIN_NAMES = new Set([
  'alias', 'unalias', 'bg', 'fg', 'break', 'continue', 'cd', 'pwd', 'echo', 'exit', 'logout', 'export', 'unset', 'set', 'shift',
  'return', 'source', '.', 'type', 'history', 'jobs', 'kill', 'read', 'wait', 'printf', 'help', 'true', 'false', ':', 'test', '[',
  'local', 'complete', '[[', 'command', 'eval', 'let', 'umask', 'disown', 'trap', 'declare', 'typeset', 'readonly', 'exec', 'pushd',
  'popd', 'dirs', 'shopt', 'getopts', 'mapfile', 'readarray', 'compgen', 'caller', 'hash', 'times', 'enable', 'ulimit', 'builtin',
]);

/** The positional parameters of a frame ($1 ... $#). */
export function positional(frame: Frame): string[] {
  return Array.from({ length: Number(frame.env['#'] ?? 0) }, (_, k) => frame.env[String(k + 1)] ?? '');
}

/** Set the positional parameters; returns the old ones. */
export function setPositional(frame: Frame, args: string[]): string[] {
  const old = positional(frame);
  for (let k = 1; k <= old.length; k++) delete frame.env[String(k)];
  args.forEach((a, k) => (frame.env[String(k + 1)] = a));
  frame.env['#'] = String(args.length);
  return old;
}

function* callFunction(rt: Runtime, frame: Frame, name: string, body: CompoundCommand, args: string[], io: IO): CommandRun {
  const old = setPositional(frame, args);
  frame.funcs = (frame.funcs ?? 0) + 1;
  (frame.locals ??= []).push(new Map());
  const line = frame.script ? frame.script.line : frame.lines?.now ?? 1;
  const calls = (frame.calls ??= []);
  calls.unshift({ name, source: frame.script?.name ?? 'main', line });
  callArrays(frame);
  try {
    return yield* functionTraps(rt, frame, io, function* () {
      try {
        return yield* interpreter.runCompound!(rt, frame, body, io);
      } catch (e) {
        if (e instanceof ReturnSignal) return e.code;
        throw e;
      }
    });
  } finally {
    calls.shift();
    callArrays(frame);
    frame.funcs = (frame.funcs ?? 1) - 1;
    setPositional(frame, old);
    // local variables give back the values they hid
    for (const [k, v] of frame.locals.pop() ?? []) restoreVar(frame, k, v);
  }
}

/**
 * FUNCNAME, BASH_SOURCE and BASH_LINENO from the functions being run (innermost first): a script adds `main`, its
 * own name and line 0 at the bottom; at the prompt there is nothing below the outermost function.
 */
export function callArrays(frame: Frame): void {
  const calls = frame.calls ?? [];
  const arrays = (frame.arrays ??= {});
  const base = frame.script ? [{ name: 'main', source: frame.script.name, line: 0 }] : [];
  const all = [...calls, ...base];
  const set = (n: string, vals: string[]) => {
    if (vals.length) arrays[n] = { assoc: false, items: vals.map((v, k) => [String(k), v]) };
    else delete arrays[n];
  };
  set('FUNCNAME', calls.length ? all.map((c) => c.name) : []);
  set('BASH_SOURCE', all.map((c) => c.source));
  set('BASH_LINENO', all.map((c) => String(c.line)));
}

/** A frame for a script run as a new bash process: its own variables, functions, options and `$0`. */
export function scriptFrame(frame: Frame, name: string, args: string[], inline = false): Frame {
  const env = { ...frame.env };
  // a new process: only what the shell exports reaches it (no arrays, no attributes but export)
  const attrs = frame.attrs ?? {};
  for (const k of Object.keys(env)) if (/^[0-9]+$/.test(k) || (/^[A-Za-z_]/.test(k) && attrs[k] !== undefined && !attrs[k].includes('x'))) delete env[k];
  args.forEach((a, k) => (env[String(k + 1)] = a));
  env['#'] = String(args.length);
  // exported functions come with the environment (BASH_FUNC_name%%); nothing else of the shell's does
  const functions = Object.fromEntries((frame.fexports ?? []).filter((n) => frame.functions?.[n]).map((n) => [n, frame.functions![n]]));
  // `bash -c` names itself `bash: line 1: ` in its errors
  return { ...frame, env, dyn: undefined, rand: undefined, exportOrder: undefined, functions, aliases: {}, options: new Set(), traps: {}, shopts: undefined, script: { name, line: 0, ...(inline ? { c: true } : {}) }, compspecs: undefined, subshell: true, loops: 0, funcs: 0, xlevel: 1, calls: [], arrays: {}, attrs: {}, locals: [] };
}

/** Run a script text as `bash NAME args`: `exit` ends it, errors name it. */
export function* runScript(rt: Runtime, frame: Frame, name: string, text: string, args: string[], io: IO, inline = false, options: string[] = []): CommandRun {
  const sub = started(rt, frame, scriptFrame(frame, name, args, inline), inline ? ['bash', '-c', text, ...(name === 'bash' ? [] : [name]), ...args].join(' ') : ['bash', name, ...args].join(' '));
  callArrays(sub);
  // set's options, and shopt's from -O NAME
  for (const o of options) {
    if (o.startsWith('shopt:')) (sub.shopts ??= {})[o.slice(6)] = true;
    else sub.options!.add(o);
  }
  let code: number;
  const mark = procMark();
  // a script file with a syntax error runs up to it, then names the line and shows it
  const bad = inline ? null : syntaxErrorAt(text, !!sub.shopts?.extglob);
  try {
    if (bad) {
      yield* interpreter.runText!(rt, sub, bad.before, io);
      sub.script!.line = bad.line;
      io.err(`${errPrefix(sub)}${bad.error.replace(/^bash: /, '')}\n${errPrefix(sub)}\`${bad.text}'\n`);
      code = 2;
    } else code = yield* interpreter.runText!(rt, sub, text, io);
  } catch (e) {
    if (e instanceof ExitSignal) code = e.code;
    else if (e instanceof ReturnSignal) code = e.code;
    else throw e;
  }
  yield* flushProcs(rt, mark);
  // the EXIT trap runs as the script ends, with $? of its last command
  const onExit = sub.traps?.EXIT;
  if (onExit !== undefined) {
    delete sub.traps!.EXIT;
    sub.lastExit = code;
    try {
      yield* interpreter.runText!(rt, sub, onExit, io);
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      throw e;
    }
  }
  return code;
}

/** `./x.sh`: a file with the execute bit, run by the interpreter its `#!` line names (bash without one). */
function* runFile(rt: Runtime, frame: Frame, name: string, content: string, args: string[], io: IO): CommandRun {
  const pre = errPrefix(frame);
  const m = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(content);
  if (m) {
    const interp = m[1];
    const host = rt.world.host(frame.hostId);
    const base = interp.slice(interp.lastIndexOf('/') + 1);
    const viaEnv = base === 'env' ? m[2] : undefined;
    const prog = viaEnv ?? base;
    if (!host.fs.get(interp) || host.fs.get(interp)?.type !== 'file') {
      if (!(/^\/(usr\/)?bin\/(ba)?sh$/.test(interp) || /^\/(usr\/)?bin\/env$/.test(interp))) {
        io.err(`${pre}${name}: ${interp}: bad interpreter: No such file or directory\n`);
        return 126;
      }
    }
    if (viaEnv && prog !== 'bash' && prog !== 'sh') {
      if (!findCommand('bash', prog)) {
        io.err(`/usr/bin/env: ‘${prog}’: No such file or directory\n`);
        return 127;
      }
    } else if (prog !== 'bash' && prog !== 'sh' && !viaEnv) {
      // another interpreter the world has as a command (python3 ...): hand it the script
      const def = findCommand('bash', prog);
      if (def) return yield* runArgv(rt, frame, [prog, name, ...args], io, null);
      io.err(`${pre}${name}: ${interp}: bad interpreter: No such file or directory\n`);
      return 126;
    }
  }
  return yield* runScript(rt, frame, name, content, args, io);
}

/** Run an argv (after expansion) in a frame: aliases, functions, builtins, registered commands, scripts. */
export function* runArgv(rt: Runtime, frame: Frame, argvIn: string[], io: IO, stdin: string | null, assigns: [string, string][] = []): CommandRun {
  const argv = argvIn;
  const world = rt.world;
  const host = world.host(frame.hostId);
  const pre = errPrefix(frame);
  let name = argv[0];
  const fn = frame.functions?.[name];
  if (fn) {
    if (!assigns.length) return yield* callFunction(rt, frame, name, fn, argv.slice(1), io);
    const saved = tempAssign(frame, assigns);
    try {
      return yield* callFunction(rt, frame, name, fn, argv.slice(1), io);
    } finally {
      untemp(frame, saved);
    }
  }
  // /usr/bin/ls → ls ; ./script.sh → run the script
  if (name.includes('/')) {
    const p = host.fs.resolve(frame.cwd, name, host.users.get(frame.user)?.home);
    const base = name.slice(name.lastIndexOf('/') + 1);
    const node = host.fs.get(p);
    if (node?.type === 'file') {
      if (/^\/(usr\/)?s?bin\//.test(p) && findCommand('bash', base)) name = base;
      else if (!(node.mode & 0o111)) {
        io.err(`${pre}${name}: Permission denied\n`);
        return 126;
      } else return yield* runFile(rt, frame, name, node.content, argv.slice(1), io);
    } else if (/^\/(usr\/)?s?bin\/[^/]+$/.test(p) && findCommand('bash', base) && available(findCommand('bash', base)!, host, world)) {
      name = base;
    } else {
      // a file on the way is ENOTDIR (execve fails on a file that is there: 126)
      const notDir = !node && host.fs.lookup(p) === 'ENOTDIR';
      io.err(`${pre}${name}: ${node?.type === 'dir' ? 'Is a directory' : notDir ? 'Not a directory' : 'No such file or directory'}\n`);
      return node?.type === 'dir' || notDir ? 126 : 127;
    }
  }
  const def = findCommand('bash', name);
  // `enable -n NAME`: the file of that name runs instead, where the guest has one (it does what the builtin does)
  const off = BUILTIN_NAMES.has(name) && !!frame.disabled?.includes(name) && !ALSO_FILES.has(name);
  if (!def || !available(def, host, world) || off) {
    io.err(`${pre}${name}: command not found\n`);
    return 127;
  }
  const builtin = BUILTIN_NAMES.has(name);
  // found in $PATH by this shell itself: remembered (hash)
  if (!builtin && !argv[0].includes('/') && !frame.subshell && !frame.forked && !io.child) hashRun(frame, name, `${binDir(name)}/${name}`);
  // NAME=value before a builtin holds while it runs, in the shell itself (`IFS=: read -r a b` keeps a and b)
  const temp = builtin && assigns.length ? tempAssign(frame, assigns) : null;
  const env = assigns.length && !builtin ? { ...frame.env, ...Object.fromEntries(assigns) } : frame.env;
  // NAME=value before a command is in its environment
  const runFrame: Frame = assigns.length && !builtin ? { ...frame, env, attrs: { ...frame.attrs, ...Object.fromEntries(assigns.map(([k]) => [k, 'x'])) }, tempEnv: assigns.map(([k]) => k) } : frame;
  // a command with its own NAME=value leaves bash to make its environment list again
  if (assigns.length && !builtin) frame.exportOrder = undefined;
  // in a script, builtins' `-bash: ` becomes `./x.sh: line 3: ` (in a shell started at the prompt, `bash: `)
  const err = (frame.script || frame.argv0) && builtin ? (t: string) => io.err(t.replace(/^-bash: /gm, pre)) : io.err;
  const ctx: CommandContext = {
    world,
    host,
    shell: 'bash',
    frame: runFrame,
    name,
    ...(argv[0] !== name ? { argv0: argv[0] } : {}),
    args: argv.slice(1),
    stdin,
    tty: io.tty,
    ...(io.pipe ? { pipe: true } : {}),
    ...(io.stdinPath ? { stdinPath: io.stdinPath } : {}),
    out: io.out,
    err,
    user: host.users.get(frame.user) ?? { name: frame.user, uid: 1000, gid: 1000, home: '/', shell: '/bin/bash', groups: [] },
    resolve: (p) => host.fs.resolve(frame.cwd, p, host.users.get(frame.user)?.home),
    session: rt.hooks,
    runLine: (line, f, o) => interpreter.runText!(rt, f ?? frame, line, { out: o?.out ?? io.out, err: o?.err ?? io.err, tty: io.tty }),
    input: io.input,
  };
  // /proc answers for the running command (its /proc/self, the shell above it)
  host.fs.viewer = ctx;
  // what it makes is its user's (fs-owner.ts); a command it runs in turn makes its own
  const maker = host.fs.creator;
  if (!host.fs.windows) host.fs.creator = makerOf(host, frame.user, frame);
  try {
    return yield* runDef(def, ctx);
  } finally {
    host.fs.creator = maker;
    if (temp) untemp(frame, temp);
    // a command that is not a builtin reads what is left of a shared input
    if (io.input && !builtin) io.input.pos = io.input.text.length;
    // an interactive shell's checkwinsize after a command it waited for
    if (!builtin && !frame.script && rt.hooks.size) interpreter.winsize?.(frame, rt.hooks.size(), true);
  }
}

/** Give the shell NAME=value for one builtin or function; what they were, to put back. */
function tempAssign(frame: Frame, assigns: [string, string][]): [string, string | undefined][] {
  const saved: [string, string | undefined][] = [];
  for (const [k, v] of assigns) {
    if (frame.attrs?.[k]?.includes('r')) continue;
    saved.push([k, frame.env[k]]);
    frame.env[k] = v;
  }
  return saved;
}

function untemp(frame: Frame, saved: [string, string | undefined][]): void {
  for (let k = saved.length - 1; k >= 0; k--) {
    const [n, v] = saved[k];
    if (v === undefined) delete frame.env[n];
    else frame.env[n] = v;
  }
}

export { resolveDef, runDef };
