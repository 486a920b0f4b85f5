// `vagrant autocomplete install` (plugins/commands/autocomplete/command/install.rb, lib/vagrant/util/
// install_cli_autocomplete.rb): for each shell asked (zsh and bash when none is), the first of its start-up files
// found in the home folder (.zshrc; .bashrc, .bash_profile). A shell with no such file adds an empty entry, and
// Vagrant still prints the list (written_paths keeps the nils): the lab's home has none of them.
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { wait } from '../../../out';

const FILES: Record<string, string[]> = { zsh: ['.zshrc'], bash: ['.bashrc', '.bash_profile'] };

export function* run(ctx: CommandContext): CommandRun {
  const shells = (ctx.opts?.list ?? []).map((o) => o.key).filter((k) => k === 'bash' || k === 'zsh');
  const home = ctx.user.home;
  yield wait(400);
  const paths = (shells.length ? shells : ['zsh', 'bash']).map((sh) => {
    const f = FILES[sh].find((n) => ctx.host.fs.exists(`${home}\\${n}`));
    return f ? `${home.replace(/\\/g, '/')}/${f}` : '';
  });
  ctx.out(`Autocomplete installed at paths:\n- ${paths.join('\n- ')}\n`);
  return 0;
}
