// crictl's command line as a spec for the shared parser (style urfave: urfave/cli v2.25.7 over Go's flag package, as
// cri-tools v1.28.0 vendors it): the app's global flags, its commands and their flags from data.ts (read from the
// sources by scripts/gen-crictl-spec.ts), help texts rendered by help.ts when asked for.
//
// Read from the sources but pinned otherwise by tests/unit/sim/k8s/crictl.test.ts: after `Incorrect Usage:` urfave's
// ShowCommandHelp finds the command already carrying its `help` sub-command (Command.setup), which would select the
// SubcommandHelpTemplate (`crictl ps command [command options] ...` and a COMMANDS list); the help printed there is
// the command's own help (CommandHelpTemplate), as for `crictl ps --help`. Not checked against a real crictl.
import type { Host } from '../../types';
import type { CommandSpec, FlagSpec } from '../../spec/types';
import { pkgVersion } from '../host';
import { COMMANDS, GLOBAL_FLAGS, type CrictlCommand, type CrictlFlag } from './data';

const TYPES: Record<string, FlagSpec['type']> = {
  BoolFlag: 'bool',
  StringFlag: 'string',
  IntFlag: 'int',
  Int64Flag: 'int',
  DurationFlag: 'duration',
  StringSliceFlag: 'stringSlice',
};

/** Keys of the app's flags in the parsed options (`g.timeout`), apart from the commands' own (`exec --timeout`). */
export const G = (name: string) => `g.${name}`;

function flagSpec(f: CrictlFlag, global: boolean): FlagSpec {
  const short = f.aliases.find((a) => a.length === 1);
  const longs = f.aliases.filter((a) => a.length > 1);
  return {
    long: f.name,
    ...(short ? { short } : {}),
    ...(longs.length ? { longAliases: longs } : {}),
    type: TYPES[f.kind] ?? 'string',
    ...(TYPES[f.kind] === 'stringSlice' ? { repeatable: true } : {}),
    description: f.usage,
    ...(f.value !== undefined && f.value !== '' ? { default: f.value } : {}),
    ...(global ? { key: G(f.name) } : {}),
    ...(f.hidden ? { hidden: true } : {}),
  };
}

const HELP_FLAGS = ['--help', '-h'];

function commandSpec(c: CrictlCommand): CommandSpec {
  return {
    name: c.name,
    ...(c.aliases.length ? { aliases: c.aliases } : {}),
    style: 'urfave',
    summary: c.usage,
    flags: c.flags.map((f) => flagSpec(f, false)),
    ...(c.shortOptions ? { bundling: true } : {}),
    helpFlags: HELP_FLAGS,
    help: () => import('./help').then((m) => m.commandHelp(c)),
    ...(c.name === 'completion' ? { complete: (ops: string[]) => (ops.length ? [] : ['bash', 'zsh', 'fish']) } : {}),
  };
}

/** The version crictl reports on this host (the cri-tools package), `v1.28.0`. */
export const crictlVersion = (h: Host) => `v${pkgVersion(h, 'cri-tools') ?? '1.28.0'}`;

const cache = new Map<string, CommandSpec>();

/** crictl's spec for a cri-tools version (the version is in the app's help and `--version`). */
export function crictlSpec(version = 'v1.28.0'): CommandSpec {
  let s = cache.get(version);
  if (s) return s;
  const subs = COMMANDS.map(commandSpec);
  // the `help, h` command urfave adds to the app (parsed by the urfave style itself, listed for Tab)
  subs.push({ name: 'help', aliases: ['h'], style: 'urfave', summary: 'Shows a list of commands or help for one command', helpFlags: HELP_FLAGS, complete: (ops) => (ops.length ? [] : COMMANDS.map((c) => c.name)) });
  s = {
    name: 'crictl',
    style: 'urfave',
    summary: 'client for CRI',
    flags: GLOBAL_FLAGS.map((f) => flagSpec(f, true)),
    subcommands: subs,
    helpCommand: true,
    helpFlags: HELP_FLAGS,
    help: () => import('./help').then((m) => m.appHelp(version)),
    version: `crictl version ${version}\n`,
    variant: (ctx) => crictlSpec(crictlVersion(ctx.host)),
  };
  cache.set(version, s);
  return s;
}
