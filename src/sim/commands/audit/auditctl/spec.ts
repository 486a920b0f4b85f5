// auditctl of audit 3.1.5 (src/auditctl.c): main() and setopt() read the words themselves (getopt_long with
// "hicslDvtC:e:f:r:b:a:A:d:S:F:m:R:w:W:k:p:q:" and opterr 0, their own checks of the word count); run.ts follows them.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'auditctl',
  style: 'gnu',
  synopsis: 'auditctl [options]',
  rawArgs: true,
  // --help is not in long_opts[]: getopt rejects it (run.ts)
  helpFlags: [],
  flags: [],
  help: () => import('./help').then((m) => m.help),
};
