// wait: until the named jobs (or all) have ended; their status is wait's.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { Job } from '../../jobs';

const ended = (j: Job) => j.state === 'Done' || j.state === 'Terminated' || j.state === 'Killed';

export function* run(ctx: CommandContext): CommandRun {
  const jobs = ctx.session.jobs;
  if (!jobs) return 0;
  let targets: Job[] = [];
  let code = 0;
  if (ctx.operands?.length) {
    for (const a of ctx.operands) {
      const j = jobs.find(a);
      if (j) targets.push(j);
      else {
        ctx.err(a.startsWith('%') ? `-bash: wait: ${a}: no such job\n` : /^\d+$/.test(a) ? `-bash: wait: pid ${a} is not a child of this shell\n` : `-bash: wait: \`${a}': not a pid or valid job spec\n`);
        code = 127;
      }
    }
  } else targets = jobs.list().filter((j) => j.state === 'Running' || ended(j));
  for (let n = 0; n < 100_000 && targets.some((j) => j.state === 'Running'); n++) {
    const next = targets.filter((j) => j.state === 'Running' && j.wakeAt !== null).reduce((m, j) => Math.min(m, j.wakeAt!), Infinity);
    yield { wait: Number.isFinite(next) ? Math.max(1, next - jobs.now()) : 1000 };
  }
  for (const j of targets) {
    if (j.state === 'Stopped') continue;
    if (ctx.operands?.length) code = j.state === 'Done' ? j.code : j.state === 'Killed' ? 137 : 143;
  }
  return ctx.operands?.length ? code : 0;
}
