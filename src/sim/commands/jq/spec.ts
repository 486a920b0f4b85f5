// jq 1.6 on the guests after `dnf install jq`: jq reads its own argv (main.c: options anywhere, stacked short
// letters), so the spec gives --help, -h and Tab completion; run.ts does the rest.
import type { CommandSpec, FlagSpec } from '../../spec/types';

const flags: FlagSpec[] = [
  { short: 'c', long: 'compact-output' },
  { short: 'n', long: 'null-input' },
  { short: 'e', long: 'exit-status' },
  { short: 's', long: 'slurp' },
  { short: 'r', long: 'raw-output' },
  { short: 'j', long: 'join-output' },
  { short: 'a', long: 'ascii-output' },
  { short: 'R', long: 'raw-input' },
  { short: 'C', long: 'color-output' },
  { short: 'M', long: 'monochrome-output' },
  { short: 'S', long: 'sort-keys' },
  { short: 'f', long: 'from-file' },
  { long: 'tab' },
  { long: 'indent', value: 'required', arg: 'n' },
  { long: 'unbuffered' },
  { long: 'stream' },
  { long: 'seq' },
  { long: 'arg', value: 'required', arg: 'name value' },
  { long: 'argjson', value: 'required', arg: 'name text' },
  { long: 'slurpfile', value: 'required', arg: 'name file' },
  { long: 'rawfile', value: 'required', arg: 'name file' },
  { long: 'args' },
  { long: 'jsonargs' },
  { short: 'h', long: 'help', action: 'help' },
  { short: 'V', long: 'version', action: 'version' },
];

export const jqSpec: CommandSpec = {
  name: 'jq',
  style: 'gnu',
  synopsis: 'jq [options] <jq filter> [file...]',
  summary: 'Command-line JSON processor',
  rawArgs: true,
  helpFlags: ['--help', '-h'],
  flags,
  help: () => import('./help').then((m) => m.help),
};
