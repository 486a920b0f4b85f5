// runuser from util-linux 2.37.4 (Rocky 9.5): options from login-utils/su-common.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "runuser",
  style: 'gnu',
  synopsis: "runuser [options] -u <user> [[--] <command>]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "c", long: "command", value: 'required' },
    { long: "session-command", value: 'required' },
    { short: "f", long: "fast" },
    { short: "l", long: "login" },
    { short: "p", long: "preserve-environment" },
    { short: "P", long: "pty" },
    { short: "s", long: "shell", value: 'required' },
    { short: "g", long: "group", value: 'required' },
    { short: "G", long: "supp-group", value: 'required' },
    { short: "u", long: "user", value: 'required' },
    { short: "w", long: "whitelist-environment", value: 'required' },
    { short: "m" },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
