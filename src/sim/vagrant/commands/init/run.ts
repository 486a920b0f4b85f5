// `vagrant init`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { initTemplate, M } from '../../messages';
import { fail, wait, parsed } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const box = p.pos[0] ?? 'base';
  const url = p.pos[1] ?? null;
  const version = (p.flags.get('--box-version') as string | undefined) ?? null;
  const text = initTemplate(box, version, url, p.flags.has('--minimal'));
  const output = p.flags.get('--output') as string | undefined;
  yield wait(400);
  if (output === '-') {
    ctx.out(text);
    return 0;
  }
  const fs = ctx.host.fs;
  const path = fs.resolve(ctx.frame.cwd, output ?? 'Vagrantfile');
  if (fs.exists(path) && !p.flags.has('--force')) return fail(ctx, M.vagrantfile_exists);
  const e = fs.write(path, text);
  if (e) return fail(ctx, `The user that is running Vagrant doesn't have the proper permissions\nto write a Vagrantfile to the specified location. Please ensure that\nyou call \`vagrant init\` in a location where the proper permissions\nare in place to create a Vagrantfile.`);
  ctx.out(M.init_success + '\n');
  return 0;
}
