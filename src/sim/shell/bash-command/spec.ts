// bash 5.1.8 as a command (`bash`, `sh`): the long options of shell.c's long_args[], the invocation letters
// and set's letters; `--bogus` and `-j` get "NAME: --bogus: invalid option" and the short usage, exit 2.
// Long options are matched whole (no prefixes) and end at the first operand (the script or -c's command).
// Written by scripts/golden/bash-usage.ts; edit that script, not this file.
import type { CommandSpec, UsageError } from '../../spec/types';

const usage = (name: string) => `Usage:\t${name} [GNU long option] [option] ...\n\t${name} [GNU long option] [option] script-file ...\nGNU long options:\n\t--debug\n\t--debugger\n\t--dump-po-strings\n\t--dump-strings\n\t--help\n\t--init-file\n\t--login\n\t--noediting\n\t--noprofile\n\t--norc\n\t--posix\n\t--pretty-print\n\t--rcfile\n\t--restricted\n\t--verbose\n\t--version\nShell options:\n\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)\n\t-abefhkmnptuvxBCHP or -o option\n`;

function onError(name: string, e: UsageError) {
  const word = e.short ? '-' + e.option : e.option;
  // --rcfile, --init-file: shell.c's report_error (_("%s: option requires an argument"), long_args[i].name).
  // A bare -o or -O makes bash list the set/shopt options and go on; that listing is not modelled, and the
  // simulator answers as bash does for a bare -c instead.
  if (e.code === 'missing-value') return { stderr: `${name}: ${e.short ? word : e.flag?.long}: option requires an argument\n`, status: 2 };
  return { stderr: `${name}: ${word}: invalid option\n${usage(name)}`, status: 2 };
}

export const shellSpec = (name: string): CommandSpec => ({
  name,
  style: 'gnu',
  synopsis: `${name} [GNU long option] [option] ...`,
  permute: false,
  abbreviations: false,
  usageStatus: 2,
  onError: (e) => onError(name, e),
  flags: [
    { long: "debug" },
    { long: "debugger" },
    { long: "dump-po-strings" },
    { long: "dump-strings" },
    { long: 'help', action: 'help' },
    { long: "init-file", value: 'required' },
    { long: "login" },
    { long: "noediting" },
    { long: "noprofile" },
    { long: "norc" },
    { long: "posix" },
    { long: "pretty-print" },
    { long: "rcfile", value: 'required' },
    { long: "restricted" },
    { long: "verbose" },
    { long: 'version', action: 'version' },
    { short: "i" },
    { short: "l" },
    { short: "r" },
    { short: "s" },
    { short: "D" },
    { short: "c" },
    { short: "a" },
    { short: "b" },
    { short: "e" },
    { short: "f" },
    { short: "h" },
    { short: "k" },
    { short: "m" },
    { short: "n" },
    { short: "p" },
    { short: "t" },
    { short: "u" },
    { short: "v" },
    { short: "x" },
    { short: "B" },
    { short: "C" },
    { short: "H" },
    { short: "P" },
    { short: 'o', value: 'required' },
    { short: 'O', value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help(name)),
  version: () => import('./help').then((m) => m.version),
});
