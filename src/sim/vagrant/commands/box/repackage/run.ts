// `vagrant box repackage`: what it does (its flags and help are in spec.ts and help.ts beside this file).
// plugins/commands/box/command/repackage.rb of 2.4.3: the installed box of that name, provider and version is packed
// again (lib/vagrant/box.rb repackage: bsdtar of the box's folder) into package.box in the current folder; it prints
// nothing. The file is written with the box's size, not as a real archive.
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { boxSizeMb } from '../../../../data/boxes';
import { fail, wait, parsed } from '../../../out';

export function* run(ctx: CommandContext): CommandRun {
  const [name, provider, version] = parsed(ctx).pos;
  yield wait(300);
  const box = ctx.world.boxes.find((b) => b.name === name && b.provider === provider && b.version === version);
  if (!box)
    return fail(ctx, `The box '${name}' (v${version}) with provider '${provider}'\ncould not be found. Please double check and try again. You\ncan see all the boxes that are installed with \`vagrant box list\`.`);
  yield wait(20000);
  const fs = ctx.host.fs;
  const full = fs.resolve(ctx.frame.cwd, 'package.box');
  fs.write(full, '');
  const node = fs.get(full);
  if (node && node.type === 'file') node.zeros = boxSizeMb(name) * 1024 * 1024;
  return 0;
}
