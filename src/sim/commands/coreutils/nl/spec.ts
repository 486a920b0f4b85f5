// nl from GNU coreutils 8.32 (Rocky 9.5): options from src/nl.c, help and version in help.ts.
// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: "nl",
  style: 'gnu',
  synopsis: "nl [OPTION]... [FILE]...",
  flags: [
    { short: "h", long: "header-numbering", value: 'required' },
    { short: "b", long: "body-numbering", value: 'required' },
    { short: "f", long: "footer-numbering", value: 'required' },
    { short: "v", long: "starting-line-number", value: 'required' },
    { short: "i", long: "line-increment", value: 'required' },
    { short: "p", long: "no-renumber" },
    { short: "l", long: "join-blank-lines", value: 'required' },
    { short: "s", long: "number-separator", value: 'required' },
    { short: "w", long: "number-width", value: 'required' },
    { short: "n", long: "number-format", value: 'required' },
    { short: "d", long: "section-delimiter", value: 'required' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
