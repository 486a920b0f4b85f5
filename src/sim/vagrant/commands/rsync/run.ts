// `vagrant rsync` and `vagrant rsync-auto` (plugins/synced_folders/rsync/command/*.rb, templates/locales/en.yml).
// The lab's machines share /vagrant through VirtualBox, with no synced folder of type rsync: rsync reports a
// machine that is not running and syncs nothing on a running one; rsync-auto finds no path to watch.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { envTargets } from '../../env';
import { parsed, wait } from '../../out';

export function* rsync(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  let error = false;
  for (const m of found.list) {
    if (m.state === 'running') continue;
    // machine.ui.error: the machine's prefix on each line, on stderr
    ctx.err(
      ['The machine is reporting that it is not ready for rsync to', 'communicate with it. Verify that this machine is properly running.'].map((l) => `==> ${m.name}: ${l}\n`).join(''),
    );
    error = true;
  }
  return error ? 1 : 0;
}

export function* rsyncAuto(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  ctx.out('There are no paths to watch! This is either because you have no\nsynced folders using rsync, or any rsync synced folders you have\nhave specified `rsync_auto` to be false.\n');
  return 1;
}
