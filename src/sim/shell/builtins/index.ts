// The bash builtins of the guests, registered on their specs (bash 5.1's options, help and usage errors).
// Loaded with the guest commands; a builtin the guest module already runs keeps its body and gains its spec.
import { findCommand, registerCommand, type CommandDef } from '../../registry';
import type { CommandRun } from '../../types';
import type { CommandContext } from '../../context';
import { BUILTIN_SPECS } from './specs';
import { run as jobs } from './jobs/run';
import { run as fgbg } from './fg/run';
import { run as kill } from './kill/run';
import { run as wait } from './wait/run';
import { run as set } from './set/run';
import { run as shift } from './shift/run';
import { run as ret } from './return/run';
import { run as loop } from './break/run';
import { run as exit } from './exit/run';
import { run as read } from './read/run';
import { run as type } from './type/run';
import { run as source } from './source/run';
import { run as help } from './help/run';
import { run as bashCommand } from '../bash-command/run';

const OWN: Record<string, (ctx: CommandContext) => CommandRun> = {
  jobs, fg: fgbg, bg: fgbg, kill, wait, set, shift, return: ret, break: loop, continue: loop, exit, logout: exit, read, type, source, '.': source, help,
  ':': function* () {
    return 0;
  },
};

for (const [name, spec] of Object.entries(BUILTIN_SPECS)) {
  const own = OWN[name];
  const old = findCommand('bash', name);
  const run = own ?? (old && 'run' in old ? (old as CommandDef).run : undefined);
  if (!run) continue;
  registerCommand({ name, shell: 'bash', summary: spec.summary ?? '', spec, run });
}

for (const name of ['bash', 'sh']) registerCommand({ name, shell: 'bash', summary: 'GNU Bourne-Again SHell', run: bashCommand });
