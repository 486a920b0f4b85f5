// restorecon of policycoreutils 3.6 (setfiles/setfiles.c run as restorecon): getopt(3) with
// "e:f:hiIDlmno:pqrsvFRW0xT:"; -h or a bad option prints the usage (run.ts) on stderr and exits 255.
import type { CommandSpec } from '../../../spec/types';

export const OPTS = 'e:f:hiIDlmno:pqrsvFRW0xT:';

export const USAGE =
  'usage:  restorecon [-iIDFmnprRv0xT] [-e excludedir] pathname...\n' +
  'usage:  restorecon [-iIDFmnprRv0xT] [-e excludedir] -f filename\n';

export const spec: CommandSpec = {
  name: 'restorecon',
  style: 'gnu',
  synopsis: 'restorecon [-iIDFmnprRv0xT] [-e excludedir] pathname...',
  rawArgs: true,
  helpFlags: [],
  flags: [...'eflhiIDmnopqrsvFRW0xT'].map((c) => ({ short: c, ...('efoT'.includes(c) ? { value: 'required' as const } : {}) })),
};
