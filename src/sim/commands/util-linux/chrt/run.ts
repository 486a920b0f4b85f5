// chrt of util-linux 2.37.4 (schedutils/chrt.c): -p PID shows the policy and priority, -p PRIO PID (with a policy
// option, SCHED_RR by default) sets them, -m lists each policy's range, otherwise PRIO COMMAND runs a command
// under the policy. Real-time policies need CAP_SYS_NICE: EPERM for a user. SCHED_DEADLINE is not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { attrs, findProc, mayChange, peek } from '../lib/sched';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

const RANGE: Record<string, [number, number]> = { SCHED_OTHER: [0, 0], SCHED_FIFO: [1, 99], SCHED_RR: [1, 99], SCHED_BATCH: [0, 0], SCHED_IDLE: [0, 0], SCHED_DEADLINE: [0, 0] };
const BY_FLAG: Record<string, string> = { other: 'SCHED_OTHER', fifo: 'SCHED_FIFO', rr: 'SCHED_RR', batch: 'SCHED_BATCH', idle: 'SCHED_IDLE', deadline: 'SCHED_DEADLINE' };

function* chrt(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`chrt: ${m}\n`);
    return 1;
  };
  if (o.has('max')) {
    ctx.out(Object.entries(RANGE).map(([n, [a, b]]) => `${n} min/max priority\t: ${a}/${b}\n`).join(''));
    return 0;
  }
  const ops = ctx.operands ?? [];
  let policy: string | null = null;
  for (const { key } of o.list) if (BY_FLAG[key]) policy = BY_FLAG[key];
  const show = (pid: number, isnew: boolean) => {
    const a = peek(ctx, pid);
    const pol = a.policy ?? 'SCHED_OTHER';
    ctx.out(`pid ${pid}'s ${isnew ? 'new' : 'current'} scheduling policy: ${pol}${o.has('reset-on-fork') && isnew ? '|SCHED_RESET_ON_FORK' : ''}\npid ${pid}'s ${isnew ? 'new' : 'current'} scheduling priority: ${a.rtprio ?? 0}\n`);
  };
  if (o.has('pid')) {
    const last = ops[ops.length - 1];
    if (last === undefined) return fail("bad usage\nTry 'chrt --help' for more information.");
    if (!/^-?\d+$/.test(last)) return fail(`invalid PID argument: '${last}'`);
    const pid = Number(last);
    const p = findProc(ctx, pid);
    if (ops.length === 1) {
      if (!p) return fail(`failed to get pid ${pid}'s policy: No such process`);
      show(pid, false);
      return 0;
    }
  }
  if (!ops.length || (!o.has('pid') && ops.length < 2)) return fail("bad usage\nTry 'chrt --help' for more information.");
  if (!/^-?\d+$/.test(ops[0])) return fail(`invalid priority argument: '${ops[0]}'`);
  const prio = Number(ops[0]);
  const pol = policy ?? 'SCHED_RR';
  if (pol === 'SCHED_DEADLINE') return fail('SCHED_DEADLINE is unsupported');
  const [min, max] = RANGE[pol];
  if (prio < min || prio > max) return fail(`unsupported priority value for the policy: ${prio}: see --max for valid range`);
  const realtime = pol === 'SCHED_FIFO' || pol === 'SCHED_RR';
  if (o.has('pid')) {
    const pid = Number(ops[ops.length - 1]);
    const p = findProc(ctx, pid);
    if (!p) return fail(`failed to set pid ${pid}'s policy: No such process`);
    if (!mayChange(ctx, p) || (realtime && ctx.frame.user !== 'root')) return fail(`failed to set pid ${pid}'s policy: Operation not permitted`);
    const a = attrs(ctx, pid);
    a.policy = pol;
    a.rtprio = prio;
    if (o.has('verbose')) show(pid, true);
    return 0;
  }
  if (realtime && ctx.frame.user !== 'root') return fail("failed to set pid 0's policy: Operation not permitted");
  return yield* runCommand(ctx, 'chrt', ops.slice(1));
}

def({ name: 'chrt', summary: 'manipulate the real-time attributes of a process', available: linuxOnly, spec, run: chrt });
