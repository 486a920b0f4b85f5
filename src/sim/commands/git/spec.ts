// git 2.43.5: git.c reads its own argv (run.ts); `git --help` is `git help` (the common commands, help.ts).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'git',
  style: 'gnu',
  summary: 'the stupid content tracker',
  rawArgs: true,
  helpFlags: ['--help'],
  help: () => import('./help').then((m) => `usage: ${m.GIT_USAGE}\n\n${m.commonHelp()}`),
  complete: (operands, word) => (operands.length === 0 && !word.startsWith('-') ? COMPLETE : []),
};

/** What git's bash completion offers first: the porcelain commands (git-completion.bash's list_cmds). */
const COMPLETE = ['add', 'branch', 'checkout', 'clone', 'commit', 'config', 'diff', 'fetch', 'help', 'init', 'log', 'merge', 'mv', 'pull', 'push', 'remote', 'reset', 'restore', 'rm', 'show', 'stash', 'status', 'switch', 'tag', 'version'];
