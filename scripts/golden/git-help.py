#!/usr/bin/env python3
"""Writes src/sim/commands/git/help.ts from a git 2.43.5 built from the v2.43.5 tag:

    git archive v2.43.5 | tar -x -C /tmp/git243 && cd /tmp/git243 &&
      make NO_CURL=1 NO_OPENSSL=1 NO_EXPAT=1 NO_TCLTK=1 NO_GETTEXT=1 NO_PERL=1 NO_PYTHON=1
    scripts/golden/git-help.py /tmp/git243/bin-wrappers/git

The texts are what that git prints (C locale): the usage and common-command list of `git`, each builtin's `-h`
usage block (parse-options.c from the builtin's option table), `git help -a`, and the command names help.c's
"most similar command" search looks through (the exec path: `git --list-cmds=main`, plus the remote helpers
NO_CURL leaves out, which Rocky's git-core ships)."""
import json
import os
import subprocess
import sys

git = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
env = {'PATH': '/usr/bin:/bin', 'HOME': '/nonexistent', 'LC_ALL': 'C', 'TERM': 'dumb', 'GIT_CONFIG_NOSYSTEM': '1', 'GIT_PAGER': 'cat', 'PAGER': 'cat'}
tmp = subprocess.run(['mktemp', '-d'], capture_output=True, text=True).stdout.strip()
subprocess.run([git, 'init', '-q', tmp], env=env, check=True)


def run(*args):
    r = subprocess.run([git, *args], env=env, cwd=tmp, capture_output=True, text=True)
    return r.stdout + r.stderr


bare = run()
usage_end = bare.index('\n\n')
git_usage = bare[len('usage: '):usage_end]
common = bare[usage_end + 2:]
subs = ['add', 'branch', 'cat-file', 'checkout', 'clone', 'commit', 'config', 'diff', 'fetch', 'help', 'init', 'log', 'ls-files', 'merge', 'mv', 'pull', 'push', 'remote', 'reset', 'restore', 'rm', 'show', 'stash', 'status', 'switch', 'tag', 'version']
usage = {s: run(s, '-h') for s in subs}
usage['diff --no-index'] = run('diff', '--no-index')
help_all = subprocess.run([git, 'help', '-a'], env={**env, 'PATH': '/nonexistent'}, cwd=tmp, capture_output=True, text=True).stdout
names = sorted(set(run('--list-cmds=main').split()) | {'http-fetch', 'remote-ftp', 'remote-ftps', 'remote-http', 'remote-https'})
common_names = sorted(l.split()[0] for l in common.split('\n') if l.startswith('   '))

out = [
    '// git 2.43.5: the texts git prints, written by scripts/golden/git-help.py from git built from the v2.43.5 tag',
    '// (git.c git_usage_string, help.c list_common_cmds_help and `help -a`, each builtin\'s parse-options usage).',
    '',
    f'export const GIT_USAGE = {json.dumps(git_usage)};',
    '',
    f'const COMMON = {json.dumps(common)};',
    '',
    '/** The common commands, as `git` and `git help` print them after the usage. */',
    'export const commonHelp = () => COMMON;',
    '',
    '/** `git <command> -h` for each modelled builtin, and the usage `git diff` prints outside a repository. */',
    'export const USAGE: Record<string, string> = ' + json.dumps(usage, indent=2) + ';',
    '',
    '/** `git help -a` (no aliases, no external commands). */',
    f'export const HELP_ALL = {json.dumps(help_all)};',
    '',
    '/** The commands in the exec path, which help.c searches for the most similar names. */',
    f'export const COMMAND_NAMES: string[] = {json.dumps(names)};',
    '',
    '/** The common commands (command-list.txt), which get a prefix match\'s best score. */',
    f'export const COMMON_NAMES = new Set({json.dumps(common_names)});',
    '',
]
with open(os.path.join(root, 'src/sim/commands/git/help.ts'), 'w') as f:
    f.write('\n'.join(out))
subprocess.run(['rm', '-rf', tmp])
print('wrote src/sim/commands/git/help.ts')
