// nmtui of NetworkManager 1.48.10 (Rocky 9.5: NetworkManager-tui-1.48.10-5.el9_5), src/nmtui/nmtui.c: GLib's
// GOptionContext reads the words (its hidden -s/--sleep and -n/--noinit, and GLib's own -h, --help, --help-all, -?),
// the first word left may name a subprogram. run.ts reads the words as GOption does; the help is in help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'nmtui',
  style: 'gnu',
  synopsis: 'nmtui [OPTION…]',
  rawArgs: true,
  flags: [],
  help: () => import('./help').then((m) => m.help),
};
