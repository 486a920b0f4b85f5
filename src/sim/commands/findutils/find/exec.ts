// -exec, -execdir, -ok and -okdir (find/parser.c insert_exec_ok, find/exec.c, find/pred.c is_ok at v4.8.0): the
// command runs as the file is reached (`;`), or gathers the names and runs when the walk ends or (-execdir) the
// directory changes (`{} +`). -ok asks on standard error and reads the answer from standard input.
import type { Frame } from '../../../context';
import type { Yield } from '../../../types';
import { FindError, type Entry, type Pred } from './types';
import type { ParseEnv, Primary } from './primaries';
import { byteLength } from '../../../fs';

const q = (x: string) => `'${x.replace(/'/g, `'\\''`)}'`;

/** bc_use_sensible_arg_max(): find -exec ... + builds command lines of up to 128 KiB (findutils 4.8.0 lib/buildcmd.c). */
const ARG_SIZE = 128 * 1024;

/** Runs one command line from `cwd`; a command that does not exist fails as find's child says it (exit 1). */

export function* launch(env: ParseEnv, argv: string[], cwd: string): Generator<Yield, number, unknown> {
  const { ctx } = env;
  const frame: Frame = cwd === ctx.frame.cwd ? ctx.frame : { ...ctx.frame, cwd };
  let held = '';
  const code = yield* ctx.runLine(argv.map(q).join(' '), frame, {
    err: (t) => (held += t),
  });
  if ((code === 127 || code === 126) && /(command not found|No such file or directory|Permission denied)\n$/.test(held) && held.split('\n').length === 2) {
    ctx.err(`find: ‘${argv[0]}’: ${code === 127 ? 'No such file or directory' : 'Permission denied'}\n`);
    return 1;
  }
  if (held) ctx.err(held);
  return code;
}

/** One line of the answer to -ok: from piped input, or asked on the terminal. */
function* answer(env: ParseEnv, prompt: string): Generator<Yield, boolean, unknown> {
  const { ctx } = env;
  let line: string | null;
  if (ctx.stdin !== null) {
    ctx.err(prompt);
    const input = ctx.input ?? (ctx.input = { text: ctx.stdin, pos: 0 });
    if (input.pos >= input.text.length) line = null;
    else {
      const nl = input.text.indexOf('\n', input.pos);
      line = input.text.slice(input.pos, nl < 0 ? undefined : nl);
      input.pos = nl < 0 ? input.text.length : nl + 1;
    }
  } else line = String(yield { ask: prompt, stderr: true });
  return line !== null && /^[yY]/.test(line);
}

export function execPred(name: '-exec' | '-execdir' | '-ok' | '-okdir'): Primary {
  const local = name === '-execdir' || name === '-okdir';
  const ask = name === '-ok' || name === '-okdir';
  return {
    kind: 'action',
    parse: (args, at, _n, env) => {
      if (at >= args.length) return 'missing';
      let end = at;
      let multiple = false;
      let saw = false;
      let braces = 0;
      let braceArg = '';
      for (; end < args.length && args[end] !== ';'; end++) {
        if (!ask && args[end] === '+' && saw) {
          multiple = true;
          break;
        }
        saw = false;
        if (args[end].includes('{}')) {
          saw = true;
          braceArg = args[end];
          braces++;
        }
      }
      if (end === at || end >= args.length) return end;
      const cmd = args.slice(at, end);
      if (multiple) {
        const suffix = name === '-execdir' ? 'dir' : '';
        if (braces > 1) throw new FindError(`Only one instance of {} is supported with -exec${suffix} ... +`);
        if (braceArg.length !== 2) throw new FindError(`In ‘-exec${suffix} ... {} +’ the ‘{}’ must appear by itself, but you specified ‘${braceArg}’`);
      }
      const start = env.ctx.frame.cwd;
      const target = (e: Entry) => (local ? (e.base.startsWith('/') ? e.base : './' + e.base) : e.path);
      const pred: Partial<Pred> = { sideEffects: true, noDefaultPrint: true };
      if (multiple) {
        const head = cmd.slice(0, -1);
        let pending: string[] = [];
        let dir = start;
        // a command line holds at most ARG_SIZE bytes of arguments, each counted with its NUL (bc_push_arg)
        const initial = head.reduce((n, w) => n + byteLength(w) + 1, 0);
        let chars = initial;
        const flush = function* (): Generator<Yield, void, unknown> {
          if (!pending.length) return;
          const names = pending;
          pending = [];
          chars = initial;
          const code = yield* launch(env, [...head, ...names], dir);
          if (code !== 0) env.state.status = 1;
        };
        pred.act = function* (e) {
          const d = local ? e.dir : start;
          if (d !== dir) yield* flush();
          dir = d;
          const t = target(e);
          const len = byteLength(t) + 1;
          if (chars + len > ARG_SIZE) yield* flush();
          pending.push(t);
          chars += len;
          return true;
        };
        pred.flush = flush;
      } else
        pred.act = function* (e) {
          if (ask && !(yield* answer(env, `< ${cmd[0]} ... ${e.path} > ? `))) return false;
          const t = target(e);
          const code = yield* launch(
            env,
            cmd.map((x) => x.split('{}').join(t)),
            local ? e.dir : start,
          );
          return code === 0;
        };
      return { pred, next: end + 1 };
    },
  };
}
