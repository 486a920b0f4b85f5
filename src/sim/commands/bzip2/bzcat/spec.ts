// bzcat of bzip2 1.0.8 (Rocky 9.5: bzip2-1.0.8-8.el9): bzip2.c reads its own words (no getopt): short letters in
// any word starting with one dash, the long names whole, `--` ends the flags; usage and license go to standard
// error. The flags here are for completion; ../run.ts reads the words.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'bzcat',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  flags: [
    { short: 'h', long: 'help' },
    { short: 'd', long: 'decompress' },
    { short: 'z', long: 'compress' },
    { short: 'k', long: 'keep' },
    { short: 'f', long: 'force' },
    { short: 't', long: 'test' },
    { short: 'c', long: 'stdout' },
    { short: 'q', long: 'quiet' },
    { short: 'v', long: 'verbose' },
    { short: 'L', long: 'license' },
    { short: 'V', long: 'version' },
    { short: 's', long: 'small' },
    { long: 'fast' },
    { long: 'best' },
  ],
  help: () => import('./help').then((m) => m.help),
};
