// shutdown of systemd 252 (Rocky 9.5, v252-46.el9): options from src/systemctl/systemctl-compat-shutdown.c, help in help.ts.
// systemctl under the name shutdown (systemctl.c: parse_argv → shutdown_parse_argv); -a, -t SECS, -f, -F are accepted and ignored.
// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: "shutdown",
  style: 'gnu',
  synopsis: "shutdown [OPTIONS...] [TIME] [WALL...]",
  usageTail: '',
  flags: [
    { long: "help", action: 'help' },
    { short: "H", long: "halt" },
    { short: "P", long: "poweroff" },
    { short: "r", long: "reboot" },
    { short: "K", long: "kexec" },
    { long: "no-wall" },
    { long: "show" },
    { short: "h" },
    { short: "k" },
    { short: "a" },
    { short: "t", value: 'required' },
    { short: "f" },
    { short: "F" },
    { short: "c" },
  ],
  help: () => import('./help').then((m) => m.help),
};
