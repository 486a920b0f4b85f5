// taskset of util-linux 2.37.4 (schedutils/taskset.c): -p shows a process's CPU affinity (a mask, or with -c a
// list) or sets it (then prints the current and the new one); otherwise runs a command on those CPUs. CPUs the
// guest does not have are the kernel's EINVAL.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { attrs, cpuCount, cpuList, cpuMask, cpusOf, findProc, mayChange, parseCpus } from '../lib/sched';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

function* taskset(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const list = o.has('cpu-list');
  const ops = ctx.operands ?? [];
  const fail = (m: string, status = 1) => {
    ctx.err(`taskset: ${m}\n`);
    return status;
  };
  const usage = () => fail("bad usage\nTry 'taskset --help' for more information.");
  const show = (pid: number, cpus: number[], isnew: boolean) =>
    ctx.out(`pid ${pid}'s ${isnew ? 'new' : 'current'} affinity ${list ? 'list' : 'mask'}: ${list ? cpuList(cpus) : cpuMask(cpus)}\n`);
  if (o.has('pid')) {
    if (ops.length < 1 || ops.length > 2) return usage();
    const pidArg = ops[ops.length - 1];
    if (!/^\d+$/.test(pidArg)) return fail(`invalid PID argument: '${pidArg}'`);
    const pid = Number(pidArg);
    // the new mask is parsed before anything is shown
    const want = ops.length === 2 ? parseCpus(ops[0], list) : [];
    if (!want) return fail(`failed to parse CPU ${list ? 'list' : 'mask'}: ${ops[0]}`);
    const p = findProc(ctx, pid);
    if (!p) return fail(`failed to get pid ${pid}'s affinity: No such process`);
    const cur = cpusOf(ctx, p);
    show(pid, cur, false);
    if (ops.length === 1) return 0;
    const ok = want.filter((c) => c < cpuCount(ctx));
    if (!ok.length) return fail(`failed to set pid ${pid}'s affinity: Invalid argument`);
    if (!mayChange(ctx, p)) return fail(`failed to set pid ${pid}'s affinity: Operation not permitted`);
    attrs(ctx, pid).cpus = ok;
    show(pid, ok, true);
    return 0;
  }
  if (ops.length < 2) return usage();
  const want = parseCpus(ops[0], list);
  if (!want) return fail(`failed to parse CPU ${list ? 'list' : 'mask'}: ${ops[0]}`);
  if (!want.some((c) => c < cpuCount(ctx))) return fail(`failed to set pid 0's affinity: Invalid argument`);
  return yield* runCommand(ctx, 'taskset', ops.slice(1));
}

def({ name: 'taskset', summary: 'set or retrieve a process\'s CPU affinity', available: linuxOnly, spec, run: taskset });
