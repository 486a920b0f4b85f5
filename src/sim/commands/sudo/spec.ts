// sudo 1.9.5p2 (Rocky 9.5): options from src/parse_args.c; help and usage in help.ts.
// Written by scripts/golden/sudo-spec.ts; edit that script, not this file.
import type { CommandSpec } from '../../spec/types';
import { usage } from './usage';

export const spec: CommandSpec = {
  name: 'sudo',
  style: 'gnu',
  permute: false,
  helpFlags: [],
  usageTail: usage,
  flags: [
    { short: "A", long: "askpass" },
    { short: "b", long: "background" },
    { short: "B", long: "bell" },
    { short: "C", long: "close-from", value: 'required' },
    { short: "D", long: "chdir", value: 'required' },
    { short: "E", long: "preserve-env", value: 'optional' },
    { short: "e", long: "edit" },
    { short: "g", long: "group", value: 'required' },
    { short: "H", long: "set-home" },
    { short: "h", long: "help", action: 'help' },
    { long: "host", value: 'required' },
    { short: "i", long: "login" },
    { short: "K", long: "remove-timestamp" },
    { short: "k", long: "reset-timestamp" },
    { short: "l", long: "list" },
    { short: "n", long: "non-interactive" },
    { short: "P", long: "preserve-groups" },
    { short: "p", long: "prompt", value: 'required' },
    { short: "R", long: "chroot", value: 'required' },
    { short: "r", long: "role", value: 'required' },
    { short: "S", long: "stdin" },
    { short: "s", long: "shell" },
    { short: "t", long: "type", value: 'required' },
    { short: "T", long: "command-timeout", value: 'required' },
    { short: "U", long: "other-user", value: 'required' },
    { short: "u", long: "user", value: 'required' },
    { short: "V", long: "version" },
    { short: "v", long: "validate" },
  ],
  help: () => import('./help').then((m) => m.help),
};
