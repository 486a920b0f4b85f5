// Every bash builtin's spec (names, options, synopsis; help loads with each). Written by
// scripts/golden/bash-builtins.ts; the bodies are in each folder's run.ts.
import type { CommandSpec } from '../../spec/types';
import { spec as aliasSpec } from './alias/spec';
import { spec as unaliasSpec } from './unalias/spec';
import { spec as bgSpec } from './bg/spec';
import { spec as fgSpec } from './fg/spec';
import { spec as breakSpec } from './break/spec';
import { spec as continueSpec } from './continue/spec';
import { spec as cdSpec } from './cd/spec';
import { spec as pwdSpec } from './pwd/spec';
import { spec as echoSpec } from './echo/spec';
import { spec as exitSpec } from './exit/spec';
import { spec as logoutSpec } from './logout/spec';
import { spec as exportSpec } from './export/spec';
import { spec as unsetSpec } from './unset/spec';
import { spec as setSpec } from './set/spec';
import { spec as shiftSpec } from './shift/spec';
import { spec as returnSpec } from './return/spec';
import { spec as sourceSpec } from './source/spec';
import { spec as dotSpec } from './dot/spec';
import { spec as typeSpec } from './type/spec';
import { spec as historySpec } from './history/spec';
import { spec as jobsSpec } from './jobs/spec';
import { spec as killSpec } from './kill/spec';
import { spec as readSpec } from './read/spec';
import { spec as waitSpec } from './wait/spec';
import { spec as printfSpec } from './printf/spec';
import { spec as helpSpec } from './help/spec';
import { spec as trueSpec } from './true/spec';
import { spec as falseSpec } from './false/spec';
import { spec as colonSpec } from './colon/spec';
import { spec as testSpec } from './test/spec';
import { spec as completeSpec } from './complete/spec';
import { spec as localSpec } from './local/spec';
import { spec as commandSpec } from './command/spec';
import { spec as evalSpec } from './eval/spec';
import { spec as letSpec } from './let/spec';
import { spec as umaskSpec } from './umask/spec';
import { spec as disownSpec } from './disown/spec';
import { spec as trapSpec } from './trap/spec';
import { spec as bracketSpec } from './bracket/spec';
import { spec as declareSpec } from './declare/spec';
import { spec as typesetSpec } from './typeset/spec';
import { spec as readonlySpec } from './readonly/spec';
import { spec as execSpec } from './exec/spec';
import { spec as pushdSpec } from './pushd/spec';
import { spec as popdSpec } from './popd/spec';
import { spec as dirsSpec } from './dirs/spec';
import { spec as shoptSpec } from './shopt/spec';
import { spec as getoptsSpec } from './getopts/spec';
import { spec as mapfileSpec } from './mapfile/spec';
import { spec as readarraySpec } from './readarray/spec';
import { spec as compgenSpec } from './compgen/spec';
import { spec as callerSpec } from './caller/spec';
import { spec as hashSpec } from './hash/spec';
import { spec as timesSpec } from './times/spec';
import { spec as enableSpec } from './enable/spec';
import { spec as builtinSpec } from './builtin/spec';
import { spec as ulimitSpec } from './ulimit/spec';
import { spec as fcSpec } from './fc/spec';
import { spec as bindSpec } from './bind/spec';
import { spec as suspendSpec } from './suspend/spec';
import { spec as compoptSpec } from './compopt/spec';

export const BUILTIN_SPECS: Record<string, CommandSpec> = {
  alias: aliasSpec,
  unalias: unaliasSpec,
  bg: bgSpec,
  fg: fgSpec,
  break: breakSpec,
  continue: continueSpec,
  cd: cdSpec,
  pwd: pwdSpec,
  echo: echoSpec,
  exit: exitSpec,
  logout: logoutSpec,
  export: exportSpec,
  unset: unsetSpec,
  set: setSpec,
  shift: shiftSpec,
  return: returnSpec,
  source: sourceSpec,
  '.': dotSpec,
  type: typeSpec,
  history: historySpec,
  jobs: jobsSpec,
  kill: killSpec,
  read: readSpec,
  wait: waitSpec,
  printf: printfSpec,
  help: helpSpec,
  true: trueSpec,
  false: falseSpec,
  ':': colonSpec,
  test: testSpec,
  complete: completeSpec,
  local: localSpec,
  command: commandSpec,
  eval: evalSpec,
  let: letSpec,
  umask: umaskSpec,
  disown: disownSpec,
  trap: trapSpec,
  '[': bracketSpec,
  declare: declareSpec,
  typeset: typesetSpec,
  readonly: readonlySpec,
  exec: execSpec,
  pushd: pushdSpec,
  popd: popdSpec,
  dirs: dirsSpec,
  shopt: shoptSpec,
  getopts: getoptsSpec,
  mapfile: mapfileSpec,
  readarray: readarraySpec,
  compgen: compgenSpec,
  caller: callerSpec,
  hash: hashSpec,
  times: timesSpec,
  enable: enableSpec,
  builtin: builtinSpec,
  ulimit: ulimitSpec,
  fc: fcSpec,
  bind: bindSpec,
  suspend: suspendSpec,
  compopt: compoptSpec,
};
