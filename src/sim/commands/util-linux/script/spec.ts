// script from util-linux 2.37.4 (Rocky 9.5): options from term-utils/script.c, help and version in help.ts.
// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "script",
  style: 'gnu',
  synopsis: "script [options] [file]",
  helpFlags: ['--help', '-h'],
  flags: [
    { short: "a", long: "append" },
    { short: "c", long: "command", value: 'required' },
    { short: "E", long: "echo", value: 'required' },
    { short: "e", long: "return" },
    { short: "f", long: "flush" },
    { short: "I", long: "log-in", value: 'required' },
    { short: "O", long: "log-out", value: 'required' },
    { short: "B", long: "log-io", value: 'required' },
    { short: "T", long: "log-timing", value: 'required' },
    { short: "m", long: "logging-format", value: 'required' },
    { short: "o", long: "output-limit", value: 'required' },
    { short: "q", long: "quiet" },
    { short: "t", long: "timing", value: 'optional' },
    { short: 'h', long: 'help', action: 'help', hidden: true },
    { short: 'V', long: 'version', action: 'version', hidden: true },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
