// poweroff of systemd 252 (Rocky 9.5, v252-46.el9): options from src/systemctl/systemctl-compat-halt.c, help in help.ts.
// systemctl under the name poweroff (systemctl.c: parse_argv → halt_parse_argv); -i and -h are accepted and ignored.
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "poweroff",
  style: 'gnu',
  synopsis: "poweroff [OPTIONS...]",
  usageTail: '',
  flags: [
    { long: "help", action: 'help' },
    { long: "halt" },
    { short: "p", long: "poweroff" },
    { long: "reboot" },
    { short: "f", long: "force" },
    { short: "w", long: "wtmp-only" },
    { short: "d", long: "no-wtmp" },
    { short: "n", long: "no-sync" },
    { long: "no-wall" },
    { short: "i" },
    { short: "h" },
  ],
  help: () => import('./help').then((m) => m.help),
};
