// The PIDs of the processes a shell starts: a subshell's own ($BASHPID, while $$ stays the shell's) and a new
// shell's (`bash -c`, a script, `sudo cmd`), which the process table (ps, /proc/self) lists under its parent.
import type { Frame } from '../context';
import { childPid } from '../commands/lib/procs';
import type { Runtime } from './runtime';

/** The PID a process started now by this shell (or subshell) gets. */
export function startedPid(rt: Runtime, frame: Frame): number | undefined {
  const parent = frame.bashpid ?? frame.pid;
  return parent === undefined ? undefined : childPid(rt.world.seed, frame.hostId, parent, rt.world.now);
}

/** A subshell `( … )`, a pipeline's part or a command substitution: a forked copy with its own BASHPID. */
export function forked(rt: Runtime, sub: Frame): Frame {
  const pid = startedPid(rt, sub);
  if (pid !== undefined) sub.bashpid = pid;
  return sub;
}

/** A new process started from `parent` running as `sub` (`args`: its command line as ps shows it). */
export function started(rt: Runtime, parent: Frame, sub: Frame, args: string): Frame {
  const pid = startedPid(rt, parent);
  if (pid === undefined) return sub;
  const ppid = parent.bashpid ?? parent.pid!;
  sub.pid = pid;
  sub.ppid = ppid;
  delete sub.bashpid;
  sub.procs = [...(parent.procs ?? []), { pid, ppid, user: sub.user, args, parentUser: parent.procs?.[0]?.parentUser ?? parent.user }];
  return sub;
}
