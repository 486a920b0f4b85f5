// `vagrant upload` (plugins/commands/upload/command.rb; texts vagrant.commands.upload.* and
// errors.upload_source_missing): the source is checked on the host first, then the machine's communicator (SSH)
// copies it; a relative destination lands in the SSH user's home, as scp puts it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { envTargets } from '../../env';
import { fail, parsed, wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const args = p.pos;
  let source = args[0];
  let destination: string | undefined;
  let guest: string | undefined;
  if (args.length === 3) [source, destination, guest] = args;
  else if (args.length === 2) {
    // a second word naming an active machine is the machine, otherwise the destination
    const project = ctx.world.project(ctx.frame.cwd);
    if (project?.machines.get(args[1]) && project.machines.get(args[1])!.state !== 'not_created') guest = args[1];
    else destination = args[1];
  }
  source = source.replace(/["']$/, '');
  destination ??= source.split(/[\\/]/).filter(Boolean).pop() ?? source;
  const fs = ctx.host.fs;
  const full = fs.resolve(ctx.frame.cwd, source);
  if (!fs.exists(full)) return fail(ctx, `The source path provided for upload cannot be found. Please validate\nthe source location for upload an try again.\n\n  Source Path: ${source}`);
  const found = yield* envTargets(ctx, guest ? [guest] : [], true);
  if (typeof found === 'number') return found;
  const m = found.list[0];
  yield wait(500);
  if (m.state !== 'running') return fail(ctx, M.ssh_not_ready);
  ctx.out(`Uploading ${source} to ${destination}\n`);
  yield wait(800);
  const g = ctx.world.host(m.hostId);
  const target = destination.startsWith('/') ? destination : `/home/vagrant/${destination}`;
  if (fs.isFile(full)) {
    const text = fs.read(full);
    if (typeof text === 'string') g.fs.write(target, text);
  } else g.fs.mkdir(target, true);
  ctx.out(`Upload has completed successfully!\n\n  Source: ${source}\n  Destination: ${destination}\n`);
  return 0;
}
