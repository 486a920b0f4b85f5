// What the interpreter's parts share: the world, the session hooks, the streams of a command.
import type { Frame, SessionHooks } from '../context';
import type { CommandRun } from '../types';
import type { World } from '../world';
import type { CompoundCommand } from './ast';

export interface IO {
  out: (t: string) => void;
  err: (t: string) => void;
  tty: boolean;
  /** Standard output is a pipe into the next command of a pipeline (which reads what it needs: see CommandContext.pipe). */
  pipe?: boolean;
  /** A stage of a pipeline of several commands: it runs in a child process (what it remembers does not come back). */
  child?: boolean;
  /** Input shared by the commands of a compound command (`while read l; do ...; done < file`). */
  input?: { text: string; pos: number };
  /** Standard input is this regular file (`< file`), not a pipe or the terminal. */
  stdinPath?: string;
}

export interface Runtime {
  world: World;
  hooks: SessionHooks;
}

/** The interpreter's entry points, for the parts it uses (filled in by bash.ts when it loads). */
export const interpreter: {
  /** Runs a script text in a frame (command substitution, scripts). */
  runText?: (rt: Runtime, frame: Frame, text: string, io: IO) => CommandRun;
  /** Runs a compound command (function bodies). */
  runCompound?: (rt: Runtime, frame: Frame, c: CompoundCommand, io: IO) => CommandRun;
  /** Sets the variables bash makes for itself as it starts (startvars.ts, loaded with the builtins). */
  startVars?: (rt: Runtime, frame: Frame) => void;
  /**
   * LINES and COLUMNS from the terminal's size: after a foreground command that is not a builtin (`ended`, when
   * shopt checkwinsize is on), or when the terminal is resized (readline's SIGWINCH at the prompt).
   */
  winsize?: (frame: Frame, size: { cols: number; rows: number }, ended: boolean) => void;
} = {};

/**
 * The terminal was resized: each interactive bash of the stack learns it, the top one at its prompt from readline
 * (SIGWINCH), the others and a busy top one (waiting for a command) by checkwinsize when the command ends.
 */
export function terminalResized(frames: readonly Frame[], size: { cols: number; rows: number }, busy: boolean): void {
  frames.forEach((f, i) => {
    if (f.shell === 'bash' && !f.script && f.dyn) interpreter.winsize?.(f, size, busy || i < frames.length - 1);
  });
}

/** `set -x` in `[[ ]]`: the PS4 prefix each evaluated term is printed with (null: not traced). */
export const condTrace: { prefix: string | null } = { prefix: null };
