// `vagrant version` (plugins/commands/version/command.rb): the installed version, then the newest one HashiCorp's
// checkpoint service reports. At the lab's date (2025-12) that is 2.4.9 (tag v2.4.9 of hashicorp/vagrant,
// 2025-08-21), newer than the installed 2.4.3, so Vagrant prints its upgrade how-to (vagrant.version_upgrade_howto).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { VAGRANT_VERSION } from '../../messages';
import { wait } from '../../out';

/** The newest release the checkpoint service answers with at the lab's date. */
export const LATEST_VAGRANT = '2.4.9';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(800);
  ctx.out(`Installed Version: ${VAGRANT_VERSION}\nLatest Version: ${LATEST_VAGRANT}\n`);
  ctx.out(
    ' \nTo upgrade to the latest version, visit the downloads page and\ndownload and install the latest version of Vagrant from the URL\nbelow:\n\n  https://www.vagrantup.com/downloads.html\n\n' +
      `If you're curious what changed in the latest release, view the\nCHANGELOG below:\n\n  https://github.com/hashicorp/vagrant/blob/v${LATEST_VAGRANT}/CHANGELOG.md\n`,
  );
  return 0;
}
