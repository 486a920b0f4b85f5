// disown: jobs leave the table (they go on running, but jobs, fg and kill %N no longer know them).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const jobs = ctx.session.jobs;
  if (!jobs) return 0;
  const words = ctx.operands ?? [];
  const targets = ctx.opts?.has('a') || ctx.opts?.has('r') ? jobs.list().filter((j) => !ctx.opts?.has('r') || j.state === 'Running') : words.length ? words.map((w) => [w, jobs.find(w)] as const) : [['current', jobs.find(undefined)] as const];
  let code = 0;
  for (const t of targets) {
    const [name, job] = Array.isArray(t) ? t : [String((t as { id: number }).id), t];
    if (!job) {
      ctx.err(`-bash: disown: ${name}: no such job\n`);
      code = 1;
      continue;
    }
    jobs.disown(job);
  }
  return code;
}
