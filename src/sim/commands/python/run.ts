// python3 (CPython 3.9): the options of config_parse_cmdline read the way _PyOS_GetOpt reads them (short options
// bundled, `-c`/`-m` end the options, the three long options matched whole), its usage errors with status 2, -h and
// --help at once, -V after the options. Running Python code is not simulated (DIFFERENCES.md): a missing script or
// a directory without __main__.py gets CPython's words, anything that would run code says it is not run. `-m`
// runs json.tool and http.server (their own modules) and answers runpy's errors for modules the box lacks.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def, linuxOnly } from '../lib/guest';
import { PY_VERSION, spec, usageLine } from './spec';

const NO_ARG = new Set('bBdEiIOqRsStuvx'.split(''));
const WITH_ARG = new Set(['c', 'm', 'W', 'X']);

/** What the simulator prints where CPython would run code. */
export const NOT_RUN = 'python3: running Python code is not part of this simulation\n';

function* python(ctx: CommandContext): CommandRun {
  const prog = ctx.argv0 ?? ctx.name;
  const args = ctx.args;
  const usageError = (text: string) => {
    ctx.err(text + usageLine(prog) + "Try `python -h' for more information.\n");
    return 2;
  };
  let version = 0;
  let mode: 'command' | 'module' | 'file' | 'stdin' = 'stdin';
  let target = '';
  let i = 0;
  scan: for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'help') {
        ctx.out(usageLine(prog) + ((yield { load: () => import('./help') }) as typeof import('./help')).helpAfterUsage);
        return 0;
      }
      if (name === 'version') version++;
      else if (name === 'check-hash-based-pycs') {
        if (i + 1 >= args.length) return usageError('Argument expected for the --check-hash-based-pycs options\n');
        const v = args[++i];
        if (!['always', 'default', 'never'].includes(v)) return usageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
      } else return usageError(`unknown option ${a}\n`);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (WITH_ARG.has(c)) {
        let v = a.slice(j + 1);
        if (!v) {
          if (i + 1 >= args.length) return usageError(`Argument expected for the -${c} option\n`);
          v = args[++i];
        }
        if (c === 'c' || c === 'm') {
          mode = c === 'c' ? 'command' : 'module';
          target = v;
          i++;
          break scan;
        }
        break;
      }
      if (c === 'h' || c === '?') {
        ctx.out(usageLine(prog) + ((yield { load: () => import('./help') }) as typeof import('./help')).helpAfterUsage);
        return 0;
      }
      if (c === 'J') return usageError('-J is reserved for Jython\n');
      if (c === 'V') version++;
      else if (!NO_ARG.has(c)) return usageError(`Unknown option: -${c}\n`);
    }
  }
  if (version) {
    ctx.out(`Python ${PY_VERSION}\n`);
    return 0;
  }
  if (mode === 'stdin' && i < args.length && args[i] !== '-') {
    mode = 'file';
    target = args[i];
  }
  if (mode === 'file') {
    const abs = ctx.resolve(target);
    // CPython joins the working directory and the name as given (os.path.join, not normalised)
    const joined = target.startsWith('/') ? target : `${ctx.frame.cwd}/${target}`;
    const node = ctx.host.fs.get(abs);
    if (!node) {
      ctx.err(`${prog}: can't open file '${joined}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    if (node.type === 'dir' && !ctx.host.fs.get(abs.replace(/\/$/, '') + '/__main__.py')) {
      // runpy names sys.executable: the program as found on PATH
      const executable = prog.includes('/') ? ctx.resolve(prog) : `/usr/bin/${prog}`;
      ctx.err(`${executable}: can't find '__main__' module in '${joined}'\n`);
      return 1;
    }
  }
  if (mode === 'module') {
    // runpy names sys.executable: the program as found on PATH
    const executable = prog.includes('/') ? ctx.resolve(prog) : `/usr/bin/${prog}`;
    const m = (yield { load: () => import('./modules') }) as typeof import('./modules');
    const rest = args.slice(i);
    if (target === 'json.tool') return ((yield { load: () => import('./json-tool') }) as typeof import('./json-tool')).jsonTool(ctx, rest);
    if (target === 'http.server') {
      const code = yield* ((yield { load: () => import('./http-server') }) as typeof import('./http-server')).httpServer(ctx, rest);
      if (code !== null) return code;
    } else if (!m.moduleExists(target)) {
      const top = target.split('.')[0];
      ctx.err(target.includes('.') ? `${executable}: Error while finding module specification for '${target}' (ModuleNotFoundError: No module named '${top}')\n` : `${executable}: No module named ${target}\n`);
      return 1;
    } else if (m.PACKAGES_WITHOUT_MAIN.has(target)) {
      ctx.err(`${executable}: No module named ${target}.__main__; '${target}' is a package and cannot be directly executed\n`);
      return 1;
    }
  }
  ctx.err(NOT_RUN);
  return 1;
}

def({ name: 'python3', aliases: ['python3.9'], summary: 'an interpreted, interactive, object-oriented programming language', available: linuxOnly, spec, run: python });
