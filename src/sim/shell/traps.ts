// The ERR, DEBUG and RETURN traps (bash 5.1's execute_cmd.c and trap.c): when they run, what a function or
// subshell inherits of them (`set -E` errtrace, `set -T` functrace), and $BASH_COMMAND.
import type { Frame } from '../context';
import type { CommandRun } from '../types';
import { isCompound, type AndOr, type Command, type Redir } from './ast';
import { interpreter, type IO, type Runtime } from './runtime';

/** A redirection as print_cmd.c writes it (`> f`, `2>&1`). */
function redirText(r: Redir): string {
  if (r.heredoc) return `${r.op} ${r.heredoc.delim}`;
  return r.target ? `${r.op} ${r.target.raw}` : r.op;
}

/**
 * The command as $BASH_COMMAND shows it (print_cmd.c's make_command_string): a simple command by its
 * assignments, words and redirections; `( list )`, `(( expr ))`, `[[ ... ]]` by their text.
 */
/**
 * A background job's name as `jobs` shows it: bash rebuilds it from the parse (make_command_string), so words are
 * single-spaced and `(list)` reads `( list )`; `!` is not kept. Commands other than simple ones and subshells keep
 * the text as typed.
 */
export function jobText(ao: AndOr): string {
  const typed = (ao.text ?? '').trim();
  const parts: string[] = [];
  for (const p of [ao.first, ...ao.rest.map((r) => r.p)]) {
    if (p.time || p.cmds.some((c) => isCompound(c) && c.kind !== 'subshell')) return typed;
    parts.push(p.cmds.map(commandText).join(' | '));
  }
  return parts.reduce((out, t, i) => (i ? `${out} ${ao.rest[i - 1].op} ${t}` : t), '');
}

export function commandText(c: Command): string {
  if (!isCompound(c)) {
    const a = c.assigns.map((x) => (x.list ? `${x.name}${x.append ? '+=' : '='}(${x.list.map((w) => w.raw).join(' ')})` : `${x.name}${x.index !== undefined ? `[${x.index}]` : ''}${x.append ? '+=' : '='}${x.value.raw}`));
    return [...a, ...c.words.map((w) => w.raw), ...c.redirs.map(redirText)].join(' ');
  }
  if (c.kind === 'subshell') return `( ${c.body.map((ao) => (ao.text ?? '').trim().replace(/;$/, '')).join('; ')} )`;
  if (c.kind === 'arith') return `(( ${c.expr.trim()} ))`;
  if (c.kind === 'cond') return `[[ ${c.items.map((x) => (typeof x === 'string' ? x : x.raw)).join(' ')} ]]`;
  return '';
}

/** Commands whose failure runs the ERR trap themselves (lists, loops, if and case leave it to what they run). */
export function trapsOnFailure(c: Command): boolean {
  return !isCompound(c) || c.kind === 'subshell' || c.kind === 'arith' || c.kind === 'cond';
}

/** Whether a trap is being run (traps do not run inside traps). */
let running = 0;

/** Inside a trap, $LINENO stays the line of the command that set it off. */
export const inTrap = () => running > 0;

function* runTrap(rt: Runtime, frame: Frame, text: string, code: number, io: IO): CommandRun {
  return yield* asTrap(frame, code, interpreter.runText!(rt, frame, text, io));
}

/** Run a trap's commands (`$?` is `code` in them and after them; no trap runs inside them). */
export function* asTrap(frame: Frame, code: number, body: CommandRun): CommandRun {
  const saved = frame.bashCommand;
  const level = frame.xlevel ?? 1;
  running++;
  frame.lastExit = code;
  frame.xlevel = level + 1;
  try {
    yield* body;
  } finally {
    frame.xlevel = level;
    running--;
    frame.bashCommand = saved;
    frame.lastExit = code;
  }
  return code;
}

/** A command ended with a non-zero status where `set -e` would apply: run the ERR trap if one is set. */
export function* errTrap(rt: Runtime, frame: Frame, code: number, io: IO): CommandRun {
  const t = frame.traps?.ERR;
  if (t === undefined || running) return code;
  return yield* runTrap(rt, frame, t, code, io);
}

/** Before a simple command: remember it for $BASH_COMMAND and run the DEBUG trap. */
export function* debugTrap(rt: Runtime, frame: Frame, c: Command, io: IO): CommandRun {
  return yield* debugAt(rt, frame, commandText(c), io);
}

/**
 * The same before `[[ ]]`, `(( ))`, `case` and each round of `for` (execute_cmd.c: `for NAME in WORDS`,
 * `case WORD in `, and each of `((init))`, `((test))`, `((step))` of an arithmetic for), as bash prints them.
 */
export function* debugAt(rt: Runtime, frame: Frame, text: string, io: IO): CommandRun {
  if (running) return 0;
  frame.bashCommand = text;
  const t = frame.traps?.DEBUG;
  if (t === undefined) return 0;
  return yield* runTrap(rt, frame, t, frame.lastExit, io);
}

/**
 * The traps a function runs with (execute_function): without `set -E` no ERR trap, without `set -T` no DEBUG or
 * RETURN trap; what it hid comes back when it returns, unless it set its own. A RETURN trap set while it ran fires
 * as it returns.
 */
export function* functionTraps(rt: Runtime, frame: Frame, io: IO, body: () => CommandRun): CommandRun {
  const traps = (frame.traps ??= {});
  const hidden: [string, string][] = [];
  const hide = (name: string, keep: boolean) => {
    if (traps[name] !== undefined && !keep) {
      hidden.push([name, traps[name]]);
      delete traps[name];
    }
  };
  hide('DEBUG', !!frame.options?.has('functrace'));
  hide('ERR', !!frame.options?.has('errtrace'));
  hide('RETURN', !!frame.options?.has('functrace'));
  try {
    const code = yield* body();
    if (traps.RETURN !== undefined && !running) yield* runTrap(rt, frame, traps.RETURN, code, io);
    return code;
  } finally {
    // maybe_set_*_trap: what the function set itself stays
    for (const [k, v] of hidden) traps[k] ??= v;
  }
}

/** The traps a subshell or command substitution starts with: its own copy, ERR only with `set -E`. */
export function subshellTraps(frame: Frame): Record<string, string> {
  const t = { ...frame.traps };
  if (!frame.options?.has('errtrace')) delete t.ERR;
  if (!frame.options?.has('functrace')) {
    delete t.DEBUG;
    delete t.RETURN;
  }
  return t;
}
