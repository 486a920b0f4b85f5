// What a running command sees.
import type { CommandRun, EditRequest, Host, ShellKind, User } from './types';
import type { World } from './world';
import type { CommandSpec, Options } from './spec/types';
import type { CompoundCommand } from './shell/ast';
import type { JobControl } from './shell/jobs';

/** An open descriptor past 2: a file (written at its end, read from `input.pos`) or a copy of an output. */
export interface OpenFd {
  path?: string;
  read: boolean;
  write: boolean;
  /** what is left to read: shared by every copy of the descriptor, as the file offset is */
  input?: { text: string; pos: number };
  /** where a copy of standard output or error writes (`6>&1`) */
  out?: (t: string) => void;
}

/** One shell level in the session: the Windows prompt, an ssh login on a guest, a root shell... */
export interface Frame {
  shell: ShellKind;
  hostId: string;
  user: string;
  cwd: string;
  /** Variables (exported or not; the simulator does not distinguish). */
  env: Record<string, string>;
  /** How this level was entered: the session's first shell, `vagrant ssh`, `sudo -i`, `su`. */
  via: 'root' | 'ssh' | 'sudo' | 'su';
  /** The real and effective group newgrp gave this shell (else the user's primary group). */
  gid?: number;
  /** The shell's PID and its parent's (`$$`, `$PPID`), as the guest's process table has them. */
  pid?: number;
  ppid?: number;
  /** A subshell's own PID (`$BASHPID`); `$$` stays the shell's. */
  bashpid?: number;
  /** Processes started below the login shell that this level runs in (`bash -c`, a script, `sudo cmd`), outermost first. */
  procs?: { pid: number; ppid: number; user: string; args: string; parentUser: string }[];
  lastExit: number;
  /** A Windows PowerShell level of the host's session (`powershell` from cmd.exe): its lines go to PowerShell. */
  ps?: boolean;
  /** Opened by ssh from another guest: the host as the user named it (`Connection to w1-k8s closed.` when it ends). */
  sshHost?: string;
  /** $0 of an interactive shell started at the prompt (`bash`, `sh`); the login shell's is `-bash`. */
  argv0?: string;
  /** Shell history kept per frame for `history`. */
  history: string[];
  /** Aliases defined with `alias` (bash). */
  aliases?: Record<string, string>;
  /** `complete`'s specifications (bash's progcomp table), shared with the shell's subshells. */
  compspecs?: import('./shell/builtins/complete/table').CompTable;
  /** Functions defined in this shell (bash): name → body. */
  functions?: Record<string, CompoundCommand>;
  /** `set -e` and the other `set -o` options that are on. */
  options?: Set<string>;
  /** A script being run: `$0` and error prefixes (`./x.sh: line 3: `) name it; `exit` ends it. */
  script?: { name: string; line: number; /** bash -c */ c?: boolean };
  /** A subshell or background job: `exit` ends it, not the login shell. */
  subshell?: boolean;
  /** Depth of loops and functions being run (break, continue and return check it). */
  loops?: number;
  funcs?: number;
  /** Variables made `local` by each function being run, with the values they hid (undefined: unset). */
  locals?: Map<string, { v?: string; a?: string; arr?: { assoc: boolean; items: [string, string][] } }>[];
  /** Commands set with `trap`, by signal name (`EXIT`, `SIGINT`...). */
  traps?: Record<string, string>;
  /** The simple command being run or last run ($BASH_COMMAND). */
  bashCommand?: string;
  /** At the prompt: lines typed so far, the first line of the one being run, and $LINENO. */
  lines?: { read: number; base: number; now: number };
  /** The file-creation mask set with `umask` (the login default when unset). */
  umask?: number;
  /** PID of the last background job (`$!`). */
  lastBg?: number;
  /** `declare` attributes by variable (letters of `aAfinrtxclu`); a variable without an entry came from the environment (exported). */
  attrs?: Record<string, string>;
  /** Indexed (`declare -a`) and associative (`declare -A`) arrays: subscript → value, in order. */
  arrays?: Record<string, { assoc: boolean; items: [string, string][] }>;
  /** The directory stack of pushd/popd/dirs, top first (the current directory is not in it). */
  dirstack?: string[];
  /** Where `exec > file` / `exec 2> file` sent the shell's own output (absolute paths; /dev/null drops it). */
  fds?: { out?: string; err?: string };
  /** Resource limits changed with `ulimit`: letter → [soft, hard] (Infinity: unlimited). */
  rlimits?: Record<string, [number, number]>;
  /** Descriptors past 2 (`exec 6>file`, `{fd}<file`), by number; replaced, never changed in place. */
  fdt?: Record<number, OpenFd>;
  /** Commands found in $PATH and remembered (`hash`), with how often they were looked up. */
  hashed?: { name: string; path: string; hits: number; seq: number }[];
  /** The line being run was saved in the history (`history -s` and `-p` take it out again). */
  histAdded?: boolean;
  /** Builtins turned off with `enable -n`. */
  disabled?: string[];
  /** A command substitution's shell (a child process: what it remembers does not come back). */
  forked?: boolean;
  /** The functions being run, innermost first: name, where it runs (script or `main`), the line it was called from. */
  calls?: { name: string; source: string; line: number }[];
  /** eval, `source`, traps and command substitutions entered (set -x repeats PS4's first character for each past 1). */
  xlevel?: number;
  /** Key bindings changed with `bind` (key bytes → function, macro or shell command; null: unbound). */
  readline?: Map<string, { fn: string } | { macro: string } | { cmd: string } | null>;
  /** bash's dynamic variables (shell/startvars.ts): the clock they read, SECONDS' base, names unset since. */
  dyn?: { now: () => number; seconds: { at: number; base: number }; unset?: string[] };
  /** The environment list bash keeps for the commands it runs, by name in order ('_' for the functions and `_`); undefined: to be made again. */
  exportOrder?: string[];
  /** Functions exported with `export -f` (the environment carries them as BASH_FUNC_name%%). */
  fexports?: string[];
  /** The NAME=value words of the command being run (they come first in its environment). */
  tempEnv?: string[];
  /** $RANDOM's generator state, and the process it belongs to (a subshell reseeds). */
  rand?: { seed: number; last: number; pid: number };
  /** The `shopt` options that differ from the login shell's defaults: name → on. */
  shopts?: Record<string, boolean>;
}

/** Hooks a command uses to talk to the session (front end). */
export interface SessionHooks {
  /** Clear the screen, and the scrollback unless keepScrollback (`clear -x`). */
  clear(opts?: { keepScrollback?: boolean }): void;
  /** A full-screen program takes the terminal's alternate screen (true) and gives it back (false): the lines above come back. */
  alternateScreen?(on: boolean): void;
  edit(req: EditRequest): void;
  /** Open a new shell level above the current one (ssh, sudo -i, su). */
  pushFrame(frame: Frame): void;
  /** Close the current shell level (exit/logout). */
  popFrame(): void;
  /** Number of shell levels. */
  depth(): number;
  /** The current shell level, if any. */
  top(): Frame | undefined;
  /** Whether a person at a terminal is attached (the CLI editor fallback prints instead). */
  interactiveEditor: boolean;
  /** Whether the editor pane showing this file was closed since it was opened (a program waiting on it gives up). */
  editorClosed?(hostId: string, path: string): boolean;
  /** The session's job table (bash job control); absent where commands run without a terminal (provisioners). */
  jobs?: JobControl;
  /** The terminal's size in characters (full-screen programs fill it). */
  size?(): { cols: number; rows: number };
  /** Write on the terminal itself, wherever the command's output goes (/dev/tty, the session's /dev/pts/N). */
  terminal?(text: string): void;
}

/** The hooks of a shell with no terminal attached (provisioners, `vagrant ssh -c`, a command run over ssh): nothing to clear, edit or stack. */
export function detachedHooks(): SessionHooks {
  return { clear: () => {}, edit: () => {}, pushFrame: () => {}, popFrame: () => {}, depth: () => 1, top: () => undefined, interactiveEditor: false };
}

export interface CommandContext {
  world: World;
  host: Host;
  shell: ShellKind;
  frame: Frame;
  /** The name as typed (e.g. "Vagrant"). */
  name: string;
  /** The command word as typed, path included (`/usr/bin/which`), where it differs from `name`. */
  argv0?: string;
  /** Arguments after expansion and quote removal. */
  args: string[];
  /** Piped or redirected input, null when reading from the terminal. */
  stdin: string | null;
  /** Standard input is this regular file (`< file`), as fstat would tell; absent for a pipe, a here-document or the terminal. */
  stdinPath?: string;
  /** Whether stdout is the terminal (not a pipe or file). */
  tty: boolean;
  /**
   * Standard output is a pipe into the next command of a pipeline. The stages run one after the other, so a
   * command that would write for ever (yes) writes a pipe's worth and stops, as the real one does when the
   * reader has what it needs and closes the pipe (SIGPIPE).
   */
  pipe?: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Current user record. */
  user: User;
  /** Resolve a path against the frame's cwd (and ~ on Linux). */
  resolve(path: string): string;
  session: SessionHooks;
  /** Run a whole command line in a frame (default: the current frame) and return its exit code. */
  runLine(line: string, frame?: Frame, io?: { out?: (t: string) => void; err?: (t: string) => void }): CommandRun;
  /** With a spec: the options parsed from args, in order. */
  opts?: Options;
  /** With a spec: the operands (args that are not options), sub-command words removed. */
  operands?: string[];
  /** With a spec: the command and the sub-commands named (`kubectl`, `create`, `secret`). */
  specPath?: CommandSpec[];
  /** Input shared by the commands of a compound command (`while read l; do ...; done < file`): `read` takes a line. */
  input?: { text: string; pos: number };
  /** With a spec that has no recorded help: `--help` was asked for and the command answers itself. */
  helpRequested?: boolean;
}

export interface CompleteContext {
  world: World;
  host: Host;
  frame: Frame;
  resolve(path: string): string;
  /** The terminal session Tab is pressed in (its jobs), when there is one. */
  session?: SessionHooks;
}
