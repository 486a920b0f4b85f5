// xargs from GNU findutils 4.8 (Rocky 9.5): options of xargs.c (getopt_long, "+0a:E:e::i::I:l::L:n:prs:txP:d:"
// stops at the command), help in xargs/help.ts.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: 'xargs',
  style: 'gnu',
  synopsis: 'xargs [OPTION]... COMMAND [INITIAL-ARGS]...',
  permute: false,
  flags: [
    { short: '0', long: 'null' },
    { short: 'a', long: 'arg-file', value: 'required', arg: 'FILE' },
    { short: 'd', long: 'delimiter', value: 'required', arg: 'CHARACTER' },
    { short: 'E', value: 'required', arg: 'END' },
    { short: 'e', long: 'eof', value: 'optional', arg: 'END' },
    { short: 'I', value: 'required', arg: 'R' },
    { short: 'i', long: 'replace', value: 'optional', arg: 'R' },
    { short: 'L', long: 'max-lines', value: 'required', arg: 'MAX-LINES' },
    { short: 'l', value: 'optional', arg: 'MAX-LINES' },
    { short: 'n', long: 'max-args', value: 'required', arg: 'MAX-ARGS' },
    { short: 'o', long: 'open-tty' },
    { short: 'P', long: 'max-procs', value: 'required', arg: 'MAX-PROCS' },
    { short: 'p', long: 'interactive' },
    { long: 'process-slot-var', value: 'required', arg: 'VAR' },
    { short: 'r', long: 'no-run-if-empty' },
    { short: 's', long: 'max-chars', value: 'required', arg: 'MAX-CHARS' },
    { long: 'show-limits' },
    { short: 't', long: 'verbose' },
    { short: 'x', long: 'exit' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./version').then((m) => m.version),
};
