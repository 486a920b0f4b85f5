// `whoami`: displays the current user. What it does, as on Windows; its `/?` text is help.ts beside this file.
// An option whoami.exe does not know gets its recorded error (tests/golden/cmd/SOURCES.md), exit 1; the ones it
// knows (/USER, /GROUPS, /PRIV, /ALL, ...) are not modelled and print the name as without them.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

const KNOWN = ['upn', 'fqdn', 'logonid', 'user', 'groups', 'claims', 'priv', 'all', 'fo', 'nh'];

export function* run(ctx: CmdCtx): CommandRun {
  const bad = ctx.args.find((a, i) => !(/^[-/]/.test(a) && KNOWN.includes(a.slice(1).toLowerCase())) && !/^[-/]fo$/i.test(ctx.args[i - 1] ?? ''));
  if (bad !== undefined) {
    ctx.err(`ERROR: Invalid argument/option - '${bad}'.\nType "WHOAMI /?" for usage.\n`);
    return 1;
  }
  ctx.out(`${ctx.host.hostname.toLowerCase()}\\${ctx.frame.user}\n`);
  return 0;
}
