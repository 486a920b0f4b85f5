// `/?` on the cmd.exe builtins: each text lives in its builtin's folder and loads on first use (not in the first
// chunk). Builtins whose Windows text no public source gives have none here (see tests/golden/cmd/SOURCES.md).
import type { CommandContext } from '../../context';

const HELP: Record<string, () => Promise<{ default: string }>> = {
  cd: () => import('./cd/help'),
  chdir: () => import('./cd/help'),
  cls: () => import('./cls/help'),
  copy: () => import('./copy/help'),
  del: () => import('./del/help'),
  erase: () => import('./del/help'),
  dir: () => import('./dir/help'),
  echo: () => import('./echo/help'),
  exit: () => import('./exit/help'),
  findstr: () => import('./findstr/help'),
  hostname: () => import('./hostname/help'),
  ipconfig: () => import('./ipconfig/help'),
  md: () => import('./mkdir/help'),
  mkdir: () => import('./mkdir/help'),
  ping: () => import('./ping/help'),
  rd: () => import('./rmdir/help'),
  rmdir: () => import('./rmdir/help'),
  set: () => import('./set/help'),
  more: () => import('./more/help'),
  tasklist: () => import('./tasklist/help'),
  tree: () => import('./tree/help'),
  type: () => import('./type/help'),
  ver: () => import('./ver/help'),
  where: () => import('./where/help'),
  whoami: () => import('./whoami/help'),
  rem: () => import('./rem/help'),
  if: () => import('./if/help'),
  for: () => import('./for/help'),
  move: () => import('./move/help'),
  rename: () => import('./rename/help'),
  pushd: () => import('./pushd/help'),
  popd: () => import('./popd/help'),
  title: () => import('./title/help'),
  start: () => import('./start/help'),
  path: () => import('./path/help'),
  prompt: () => import('./prompt/help'),
  date: () => import('./date/help'),
  time: () => import('./time/help'),
  vol: () => import('./vol/help'),
  color: () => import('./color/help'),
  call: () => import('./call/help'),
  goto: () => import('./goto/help'),
  setlocal: () => import('./setlocal/help'),
  endlocal: () => import('./endlocal/help'),
  shift: () => import('./shift/help'),
  verify: () => import('./verify/help'),
  break: () => import('./break/help'),
  ren: () => import('./rename/help'),
};

const FIRST_ONLY = new Set(['echo', 'rem', 'if', 'for', 'call']);

/** Builtins with a recorded `/?` text. */
export const HELP_NAMES = Object.keys(HELP);

/** The `/?` text of a builtin, loaded on demand. */
export function loadCmdHelp(name: string): Promise<string> | undefined {
  return HELP[name.toLowerCase()]?.().then((m) => m.default);
}

/**
 * cmd.exe answers `/?` anywhere among a builtin's arguments with its help (ECHO, REM, IF, FOR and CALL only as their
 * first argument: `echo a /?` prints `a /?`, `call echo /?` is echo's). Returns the exit code when it did, else null.
 */
export function* cmdHelp(ctx: CommandContext): Generator<{ load: () => Promise<unknown> }, number | null, unknown> {
  const name = ctx.name.toLowerCase();
  const asked = FIRST_ONLY.has(name) ? ctx.args[0] === '/?' : ctx.args.includes('/?');
  const load = asked ? HELP[name] : undefined;
  if (!load) return null;
  const text = (yield { load: () => load().then((m) => m.default) }) as string;
  ctx.out(text);
  return 0;
}


