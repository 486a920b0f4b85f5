// The docker provider's commands (plugins/providers/docker/command/{exec,logs,run}.rb,
// templates/locales/providers_docker.yml) against the lab's VirtualBox machines.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { envTargets } from '../../env';
import { fmt } from '../../messages';
import { fail, parsed, wait } from '../../out';

/** docker-logs: each machine not backed by Docker is skipped; none ran, so exit 1. */
export function* logs(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, false);
  if (typeof found === 'number') return found;
  yield wait(300);
  for (const m of found.list) ctx.out(`==> ${m.name}: Not backed by Docker provider. Skipping.\n`);
  return 1;
}

const EXEC_REQUIRED =
  'The "docker-exec" command requires a command to execute. This command\nmust be specified after a "--" in the command line. This is used to\nseparate machine name and options from the actual command to execute.\nAn example is show below:\n\n  $ vagrant docker-exec -t nginx -- bash';
const RUN_REQUIRED =
  '`vagrant docker-run` requires a command to execute. This command\nmust be specified after a `--` in the command line. This is used\nto separate possible machine names and options from the actual\ncommand to execute. An example is shown below:\n\n  vagrant docker-run web -- rails new .';

/**
 * docker-exec and docker-run: the command after `--` is required; with one, the machines are looked up with the
 * docker provider, and one already created with VirtualBox stops it (ActiveMachineWithDifferentProvider).
 */
function* withDocker(ctx: CommandContext, required: string, exec: boolean): CommandRun {
  if (!ctx.args.includes('--')) return fail(ctx, required);
  // the machine names come before `--`, the command after it
  const pos = parsed(ctx).pos;
  const names = pos.slice(0, pos.length - (ctx.args.length - ctx.args.indexOf('--') - 1));
  const found = yield* envTargets(ctx, names, false);
  if (typeof found === 'number') return found;
  yield wait(300);
  const active = found.list.find((m) => m.state !== 'not_created');
  if (active) return fail(ctx, fmt('active_machine_with_different_provider', { name: active.name, active_provider: 'virtualbox', requested_provider: 'docker' }));
  // machines not created yet: docker-exec skips each one that is not running, naming it by its id (nil, so
  // nothing); docker-run's run_command action on them is not modelled (tests/golden/vagrant/2.4/DIFFERENCES.md)
  if (exec) for (let i = 0; i < found.list.length; i++) ctx.out(' is not running.\n');
  return 0;
}

export const exec = (ctx: CommandContext) => withDocker(ctx, EXEC_REQUIRED, true);
export const runCmd = (ctx: CommandContext) => withDocker(ctx, RUN_REQUIRED, false);
