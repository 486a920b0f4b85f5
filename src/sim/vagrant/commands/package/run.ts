// `vagrant package` with the VirtualBox provider (plugins/commands/package/command.rb; the provider's
// action_package: PackageSetupFolders validates the output, then halt, ClearForwardedPorts, Export, Package).
// Texts from templates/locales/en.yml of Vagrant 2.4.3 (vagrant.actions.vm.*, vagrant.actions.general.package.*).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { rubyPath } from '../../machines';
import { info, fail, parsed, wait } from '../../out';
import { envTargets } from '../../env';

/** The box file's size: the exported disk of the box's install, compressed (what `vagrant box add` downloaded). */
const BOX_BYTES = 790 * 1024 * 1024;

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, true);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const m = list[0];
  yield wait(800);
  if (m.state === 'not_created') {
    info(ctx, m.name, M.common_vm_not_created);
    return 0;
  }
  const output = String(p.flags.get('--output') ?? 'package.box');
  const fs = ctx.host.fs;
  const full = fs.resolve(ctx.frame.cwd, output);
  if (fs.exists(full)) {
    if (!fs.isFile(full)) return fail(ctx, 'The specified output is a directory. Please specify a path including\na filename.');
    return fail(ctx, `The specified file '${output.split(/[\\/]/).pop()}' to save the package as already exists. Please\nremove this file or specify a different file name for outputting.`);
  }
  if (m.state === 'running') {
    info(ctx, m.name, M.halt_graceful);
    yield wait(6000);
  } else if (m.state === 'saved') {
    info(ctx, m.name, M.discarding);
    yield wait(1000);
  }
  ctx.world.setMachineState(env.project, m.name, 'poweroff');
  info(ctx, m.name, 'Clearing any previously set forwarded ports...');
  yield wait(500);
  info(ctx, m.name, 'Exporting VM...');
  // VBoxManage export's progress, rewritten in place (export.rb: clear_line, report_progress), then cleared
  for (let pct = 0; pct <= 100; pct += 10) {
    yield wait(3000);
    ctx.out(`\r\x1b[KProgress: ${pct}%`);
  }
  ctx.out('\r\x1b[K');
  info(ctx, m.name, `Compressing package to: ${rubyPath(full)}`);
  const include = p.flags.get('--include');
  for (const f of typeof include === 'string' ? include.split(',') : []) info(ctx, m.name, `Packaging additional file: ${f}`);
  yield wait(60000);
  fs.write(full, '');
  const node = fs.get(full);
  if (node && node.type === 'file') node.zeros = BOX_BYTES;
  return 0;
}
