// `vagrant`: the command tree as data. Every subcommand's folder beside this file holds its spec (flags in Ruby
// OptionParser terms), its help as Vagrant 2.4 prints it (loaded on first use) and, where the world simulates it,
// its run. The options every subcommand takes come from Vagrant's own option parser (lib/vagrant.rb).
import type { CommandSpec, ErrorOutput, FlagSpec, UsageError } from '../../spec/types';
import { spec as autocomplete } from './autocomplete/spec';
import { spec as box } from './box/spec';
import { spec as cap } from './cap/spec';
import { spec as cloud } from './cloud/spec';
import { spec as destroy } from './destroy/spec';
import { spec as dockerExec } from './docker-exec/spec';
import { spec as dockerLogs } from './docker-logs/spec';
import { spec as dockerRun } from './docker-run/spec';
import { spec as globalStatus } from './global-status/spec';
import { spec as halt } from './halt/spec';
import { spec as init } from './init/spec';
import { spec as listCommands } from './list-commands/spec';
import { spec as login } from './login/spec';
import { spec as pkg } from './package/spec';
import { spec as plugin } from './plugin/spec';
import { spec as port } from './port/spec';
import { spec as powershell } from './powershell/spec';
import { spec as provider } from './provider/spec';
import { spec as provision } from './provision/spec';
import { spec as push } from './push/spec';
import { spec as rdp } from './rdp/spec';
import { spec as reload } from './reload/spec';
import { spec as resume } from './resume/spec';
import { spec as rsync } from './rsync/spec';
import { spec as rsyncAuto } from './rsync-auto/spec';
import { spec as serve } from './serve/spec';
import { spec as snapshot } from './snapshot/spec';
import { spec as ssh } from './ssh/spec';
import { spec as sshConfig } from './ssh-config/spec';
import { spec as status } from './status/spec';
import { spec as suspend } from './suspend/spec';
import { spec as up } from './up/spec';
import { spec as upload } from './upload/spec';
import { spec as validate } from './validate/spec';
import { spec as version } from './version/spec';
import { spec as winrm } from './winrm/spec';
import { spec as winrmConfig } from './winrm-config/spec';

/** Options Vagrant's OptionParser adds to every command (Vagrant.default_cli_options). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { long: 'color', negatable: true },
  { long: 'machine-readable' },
  { short: 'v', long: 'version' },
  { long: 'debug' },
  { long: 'timestamp' },
  { long: 'debug-timestamp' },
  { long: 'no-tty' },
];

/** templates/locales/en.yml: vagrant.errors.cli_invalid_options and cli_invalid_usage (the help follows). */
export const INVALID_OPTIONS = 'An invalid option was specified. The help for this command\nis available below.\n\n';
export const INVALID_USAGE = 'This command was not invoked properly. The help for this command is\navailable below.\n\n';

/**
 * Usage errors as Vagrant reports them. Before a subcommand, Vagrant prints its main help (exit 1). A command
 * with subcommands (box, plugin, ...) prints its help when the word after it names none (snapshot raises
 * CLIInvalidUsage instead). A subcommand's OptionParser error (invalid option, missing argument, ambiguous
 * option) becomes CLIInvalidOptions: the text above and the command's help, on stderr, exit 1.
 */
function onError(e: UsageError, path: CommandSpec[]): ErrorOutput | undefined {
  const leaf = path[path.length - 1];
  if (path.length === 1) return { stderr: '', status: 1, withHelp: 'stdout' };
  if (leaf.subcommands?.length && (e.code === 'unknown-command' || e.code === 'unknown-option')) {
    if (leaf.name === 'snapshot') return { stderr: INVALID_USAGE, status: 1, withHelp: 'stderr' };
    return { stderr: '', status: 0, withHelp: 'stdout' };
  }
  if (e.code === 'missing-operand' || e.code === 'extra-operand') return { stderr: INVALID_USAGE, status: 1, withHelp: 'stderr' };
  return { stderr: INVALID_OPTIONS, status: 1, withHelp: 'stderr' };
}

export const spec: CommandSpec = {
  name: 'vagrant',
  style: 'ruby',
  synopsis: 'vagrant [options] <command> [<args>]',
  summary: 'Vagrant: development environments made easy',
  globalFlags: GLOBAL_FLAGS,
  helpCommand: true,
  subcommands: [
    autocomplete, box, cap, cloud, destroy, dockerExec, dockerLogs, dockerRun, globalStatus, halt, init, listCommands, login, pkg, plugin, port,
    powershell, provider, provision, push, rdp, reload, resume, rsync, rsyncAuto, serve, snapshot, ssh, sshConfig, status, suspend, up, upload,
    validate, version, winrm, winrmConfig,
  ],
  onError,
  help: () => import('./help').then((m) => m.default),
};
