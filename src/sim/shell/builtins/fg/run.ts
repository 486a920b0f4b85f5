// fg and bg: a job back to the foreground, or a stopped job running in the background.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { resume } from '../../jobs';

export function* run(ctx: CommandContext): CommandRun {
  const jobs = ctx.session.jobs;
  const name = ctx.name;
  const spec = ctx.operands?.[0];
  // a background job or a subshell has no job control: `fg &` cannot bring itself back
  if (ctx.frame.subshell) {
    ctx.err(`-bash: ${name}: no job control\n`);
    return 1;
  }
  const j = jobs?.find(spec);
  if (!jobs || !j) {
    ctx.err(`-bash: ${name}: ${spec ?? 'current'}: no such job\n`);
    return 1;
  }
  if (name === 'bg') {
    if (j.state === 'Running') {
      ctx.err(`-bash: bg: job ${j.id} already in background\n`);
      return 0;
    }
    const mark = jobs.marks().current === j ? '+' : jobs.marks().previous === j ? '-' : ' ';
    jobs.signal(j, 'CONT');
    if (j.wakeAt === null && j.asking === null) j.wakeAt = jobs.now();
    ctx.out(`[${j.id}]${mark} ${j.command} &\n`);
    return 0;
  }
  if (j.state === 'Done' || j.state === 'Terminated' || j.state === 'Killed') {
    ctx.err(`-bash: fg: job has terminated\n`);
    jobs.take(j);
    return 1;
  }
  jobs.take(j);
  ctx.out(j.command + '\n');
  return yield* resume(j, jobs.now());
}
