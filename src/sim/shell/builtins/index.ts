// The bash builtins of the guests, registered on their specs (bash 5.1's options, help and usage errors).
// Loaded with the guest commands (src/sim/lazy.ts), after them.
import { registerCommand } from '../../registry';
import type { CommandRun } from '../../types';
import type { CommandContext } from '../../context';
import { BUILTIN_SPECS } from './specs';
import { completeDirs } from './cd/complete';
import { completeKill, killNeeds } from './kill/complete';
import '../startvars';
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
import { shellSpec } from '../bash-command/spec';
import { run as alias, unalias } from './alias/run';
import { run as cd, pwd } from './cd/run';
import { run as echo } from './echo/run';
import { run as printf } from './printf/run';
import { run as exp, unset } from './export/run';
import { run as history } from './history/run';
import { run as test } from './test/run';
import { run as ok, fail } from './true/run';
import { run as local } from './local/run';
import { run as cond } from './test/cond';
import { run as command } from './command/run';
import { run as evalBuiltin } from './eval/run';
import { run as letBuiltin } from './let/run';
import { run as umask } from './umask/run';
import { run as disown } from './disown/run';
import { run as trap } from './trap/run';
import { run as declare } from './declare/run';
import { run as readonly } from './readonly/run';
import { run as exec } from './exec/run';
import { pushd, popd, dirs } from './pushd/run';
import { run as shopt } from './shopt/run';
import { run as getopts } from './getopts/run';
import { run as mapfile } from './mapfile/run';
import { run as compgen } from './compgen/run';
import { run as complete } from './complete/run';
import { run as caller } from './caller/run';
import { run as hash } from './hash/run';
import { run as times } from './times/run';
import { run as enable } from './enable/run';
import { run as builtin } from './builtin/run';
import { run as ulimit } from './ulimit/run';
import { run as fc } from './fc/run';
import { run as suspend } from './suspend/run';
import { run as compopt } from './compopt/run';
import { run as bind } from './bind/run';

const OWN: Record<string, (ctx: CommandContext) => CommandRun> = {
  jobs, fg: fgbg, bg: fgbg, kill, wait, set, shift, return: ret, break: loop, continue: loop, exit, logout: exit, read, type, source, '.': source, help,
  alias, unalias, cd, pwd, echo, printf, export: exp, unset, history, test, '[': test, true: ok, ':': ok, false: fail,
  // options checked; completion specs are not kept
  complete,
  local,
  command,
  eval: evalBuiltin,
  let: letBuiltin,
  umask,
  disown,
  trap,
  declare,
  typeset: declare,
  readonly,
  exec,
  pushd,
  popd,
  dirs,
  shopt,
  getopts,
  mapfile,
  readarray: mapfile,
  compgen,
  caller,
  hash,
  times,
  enable,
  builtin,
  ulimit,
  fc,
  suspend,
  compopt,
  bind,
};

for (const [name, spec] of Object.entries(BUILTIN_SPECS)) {
  const run = OWN[name];
  if (!run) continue;
  const own = name === 'cd' || name === 'pushd' ? { ...spec, complete: completeDirs, completeOnly: true } : name === 'kill' ? { ...spec, complete: completeKill, completeNeeds: killNeeds, completeOnly: true } : spec;
  registerCommand({ name, shell: 'bash', summary: spec.summary ?? '', spec: own, run });
}

for (const name of ['bash', 'sh']) registerCommand({ name, shell: 'bash', summary: 'GNU Bourne-Again SHell', spec: shellSpec(name), run: bashCommand });

// `[[ ... ]]` is a keyword: the parser hands its words here
registerCommand({ name: '[[', shell: 'bash', summary: 'Execute conditional command.', run: cond });
