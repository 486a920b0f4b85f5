// ps's scheduling and -l columns of procps-ng 3.3.17 (ps/output.c format_array): NI (nice, `-` for a real-time
// policy), PRI (39 - the kernel's priority) and -l's opri (60 + it, 80 at nice 0), F (the task flags' bits 6-8:
// 1 forked without exec, 4 used root's privileges), S, UID, ADDR (addr_1: `-`), SZ (VSZ in pages) and WCHAN (the
// kernel function a process sleeps in, cut to 6: a shell waiting for its command in do_wait, sleep in
// hrtimer_nanosleep, a stopped job in do_signal_stop, sudo in poll; `-` for a running one and the rest).
import type { Proc } from '../../lib/procs';

type Col = { head: string; width: number; left?: boolean; cut?: boolean; value: (p: Proc, now: number, memKb: number) => string };
type Sched = { nice: number; policy?: string; rtprio: number };

const rt = (s: Sched) => s.policy === 'SCHED_FIFO' || s.policy === 'SCHED_RR';
/** /proc/PID/stat's priority: 20 + nice, or -1 - the real-time priority. */
const priority = (s: Sched) => (rt(s) ? -1 - s.rtprio : 20 + s.nice);

/** do_task_stat's flags >> 6 & 7: kernel threads 1 (PF_FORKNOEXEC), root's processes 4 (PF_SUPERPRIV). */
const flag = (p: Proc) => (p.args.startsWith('[') ? 1 : p.uid === 0 ? 4 : 0);

export function longFormat(sched: (p: Proc) => Sched, list: Proc[]): Record<string, Col> {
  const wchan = (p: Proc): string => {
    if (p.stat.startsWith('R')) return '-';
    if (p.stat.startsWith('T')) return 'do_signal_stop';
    if (p.comm === 'sleep') return 'hrtimer_nanosleep';
    if (p.comm === 'sudo') return 'poll_schedule_timeout';
    // a shell (or su) with a child in the foreground waits for it
    if (/^(bash|sh|su)$/.test(p.comm) && list.some((c) => c.ppid === p.pid && c.stat.endsWith('+'))) return 'do_wait';
    return '-';
  };
  return {
    ni: { head: 'NI', width: 3, value: (p) => (rt(sched(p)) ? '-' : String(sched(p).nice)) },
    pri: { head: 'PRI', width: 3, value: (p) => String(39 - priority(sched(p))) },
    opri: { head: 'PRI', width: 3, value: (p) => String(60 + priority(sched(p))) },
    f: { head: 'F', width: 1, value: (p) => String(flag(p)) },
    s: { head: 'S', width: 1, value: (p) => p.stat[0] },
    addr_1: { head: 'ADDR', width: 1, left: true, value: () => '-' },
    sz: { head: 'SZ', width: 5, value: (p) => String(Math.floor(p.vszKb / 4)) },
    wchan: { head: 'WCHAN', width: 6, left: true, value: (p) => wchan(p).slice(0, 6) },
  };
}
