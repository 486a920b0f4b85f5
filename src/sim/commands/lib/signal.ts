// What a signal does to the world's processes (pkill, killall, fuser -k): a background job of the shell ends, stops
// or continues as with bash's kill; the main process of an active systemd unit ends on an ending signal and the unit
// goes inactive (systemd's Restart= is not applied); every other process goes on running. And the process groups
// the senders of -g name: a session leader (`s` in ps's STAT) starts one, the others belong to their parent's.
import type { CommandContext } from '../../context';
import type { Proc } from './procs';
import { setUnit } from './units';

/** Signals that end a process whose program does not catch them. */
const ENDING = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 24, 25, 26, 27, 30, 31]);

export function deliver(ctx: CommandContext, p: Proc, sig: number): void {
  const jobs = ctx.session.jobs;
  const job = jobs?.list().find((j) => j.pid === p.pid && (j.state === 'Running' || j.state === 'Stopped'));
  if (job) {
    const kind = sig === 9 ? 'KILL' : sig === 19 || sig === 20 || sig === 21 || sig === 22 ? 'STOP' : sig === 18 ? 'CONT' : sig === 2 ? 'INT' : ENDING.has(sig) ? 'TERM' : null;
    if (kind) jobs!.signal(job, kind);
    return;
  }
  // daemons re-read their configuration on HUP; the login shell ignores TERM and INT
  if (sig === 1 || sig === 0 || !ENDING.has(sig)) return;
  const unit = [...(ctx.host.sys?.units.values() ?? [])].find((u) => u.active === 'active' && u.pid === p.pid);
  if (unit) setUnit(ctx, unit, false);
}

/** The process group and session of each process: a session leader (`s` in its state) starts its own. */
export function leaders(procs: Proc[]): Map<number, number> {
  const by = new Map(procs.map((p) => [p.pid, p]));
  const out = new Map<number, number>();
  const of = (p: Proc | undefined, depth = 0): number => {
    if (!p || depth > 50) return 0;
    if (p.stat.includes('s') || p.pid <= 2) return p.pid;
    return of(by.get(p.ppid), depth + 1);
  };
  for (const p of procs) out.set(p.pid, of(p));
  return out;
}
