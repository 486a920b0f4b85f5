// The builtins this model has, by name (git.c's commands[] for these), with `git version` and `git help`.
import type { CommandRun } from '../../types';
import type { Git, Sub } from './run';
import { GIT_USAGE, USAGE, commonHelp, HELP_ALL } from './help';
import { init, clone } from './cmd-init';
import { config } from './cmd-config';
import { status } from './cmd-status';
import { add, rm, mv } from './cmd-add';
import { commit } from './cmd-commit';
import { log, show, diff } from './cmd-log';
import { branch, switchCmd, checkout, restore, reset } from './cmd-branch';
import { parseOpts, tableFromUsage, has } from './opts';
import { catFile, lsFiles } from './cmd-objects';
import { tag } from './cmd-tag';
import { merge } from './cmd-merge';
import { stash } from './cmd-stash';
import { remote, push, fetch, pull } from './cmd-remote';

function* version(g: Git): CommandRun {
  const p = parseOpts(g.args, tableFromUsage(USAGE.version), USAGE.version);
  g.ctx.out('git version 2.43.5\n');
  if (has(p, 'build-options')) g.ctx.out('cpu: x86_64\nno commit associated with this build\nsizeof-long: 8\nsizeof-size_t: 8\nshell-path: /bin/sh\nfeature: fsmonitor--daemon\n');
  return 0;
}

/** builtin/help.c: the common list, `-a`, or a manual page through man (not on the box: help.c's exec_viewer fails). */
function* help(g: Git): CommandRun {
  const p = parseOpts(g.args, tableFromUsage(USAGE.help), USAGE.help);
  if (has(p, 'all')) return yield* g.page(HELP_ALL);
  if (!p.args.length) {
    g.ctx.out(`usage: ${GIT_USAGE}\n\n${commonHelp()}`);
    return 0;
  }
  g.ctx.err("warning: failed to exec 'man': No such file or directory\nfatal: no man viewer handled the request\n");
  return 128;
}

/** `git <cmd> --help` is `git help <cmd>`. */
const withHelp =
  (sub: Sub): Sub =>
  (g) =>
    g.args.includes('--help') && g.args.indexOf('--help') < (g.args.indexOf('--') < 0 ? Infinity : g.args.indexOf('--')) ? help({ ...g, args: ['git'] }) : sub(g);

export const SUBCOMMANDS: Record<string, Sub> = Object.fromEntries(
  Object.entries({ add, branch, 'cat-file': catFile, checkout, clone, commit, config, diff, fetch, help, init, log, 'ls-files': lsFiles, merge, mv, pull, push, remote, reset, restore, rm, show, stash, status, switch: switchCmd, tag, version }).map(([k, v]) => [k, withHelp(v)]),
);
