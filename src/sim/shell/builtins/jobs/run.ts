// jobs: the session's background and stopped jobs, as bash lists them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { jobLine } from '../../jobs';

export function* run(ctx: CommandContext): CommandRun {
  const jobs = ctx.session.jobs;
  if (!jobs) return 0;
  const { current, previous } = jobs.marks();
  const pidsOnly = ctx.opts?.has('p');
  const long = ctx.opts?.has('l');
  let list = jobs.list();
  if (ctx.opts?.has('r')) list = list.filter((j) => j.state === 'Running');
  if (ctx.opts?.has('s')) list = list.filter((j) => j.state === 'Stopped');
  let code = 0;
  if (ctx.operands?.length) {
    const chosen = [];
    for (const spec of ctx.operands) {
      const j = jobs.find(spec);
      if (!j) {
        ctx.err(`-bash: jobs: ${spec}: no such job\n`);
        code = 1;
      } else chosen.push(j);
    }
    list = chosen;
  }
  for (const j of list) {
    if (pidsOnly) ctx.out(`${j.pid}\n`);
    else ctx.out(jobLine(j, j === current ? '+' : j === previous ? '-' : ' ', { pid: long }));
    // an ended job that jobs has told of leaves the table: the next prompt does not tell it again
    if (!pidsOnly && (j.state === 'Done' || j.state === 'Terminated' || j.state === 'Killed')) jobs.take(j);
  }
  return code;
}
