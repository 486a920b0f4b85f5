// reset from ncurses 6.2: tset under the name reset (progs/Makefile.in links reset to tset). progs/tset.c reads its
// options with getopt("a:cd:e:Ii:k:m:p:qQrSsVw"); a bad option or a second operand prints usage() to stderr and
// exits 1.
import type { CommandSpec, UsageError } from '../../../spec/types';

/** progs/tset.c usage(): its KEEP() lines (the SKIP() ones are not printed). */
export const USAGE =
  'Usage: reset [options] [terminal]\n\nOptions:\n  -c          set control characters\n  -e ch       erase character\n  -I          no initialization strings\n  -i ch       interrupt character\n  -k ch       kill character\n  -m mapping  map identifier to type\n  -Q          do not output control key settings\n  -q          display term only, do no changes\n  -r          display term on stderr\n  -s          output TERM set command\n  -V          print curses-version\n  -w          set window-size\n\nIf neither -c/-w are given, both are assumed.\n';

function onError(e: UsageError) {
  const letter = e.short ? e.option : '-';
  if (e.code === 'extra-operand') return { stderr: USAGE, status: 1 };
  if (e.code === 'missing-value' && e.short) return { stderr: `reset: option requires an argument -- '${letter}'\n${USAGE}`, status: 1 };
  return { stderr: `reset: invalid option -- '${letter}'\n${USAGE}`, status: 1 };
}

export const spec: CommandSpec = {
  name: 'reset',
  style: 'gnu',
  synopsis: 'reset [options] [terminal]',
  summary: 'terminal initialization',
  helpFlags: [],
  abbreviations: false,
  flags: [
    { short: 'a', value: 'required' },
    { short: 'c', description: 'set control characters' },
    { short: 'd', value: 'required' },
    { short: 'e', value: 'required', arg: 'ch', description: 'erase character' },
    { short: 'I', description: 'no initialization strings' },
    { short: 'i', value: 'required', arg: 'ch', description: 'interrupt character' },
    { short: 'k', value: 'required', arg: 'ch', description: 'kill character' },
    { short: 'm', value: 'required', arg: 'mapping', description: 'map identifier to type' },
    { short: 'p', value: 'required' },
    { short: 'Q', description: 'do not output control key settings' },
    { short: 'q', description: 'display term only, do no changes' },
    { short: 'r', description: 'display term on stderr' },
    { short: 'S' },
    { short: 's', description: 'output TERM set command' },
    { short: 'V', action: 'version', description: 'print curses-version' },
    { short: 'w', description: 'set window-size' },
  ],
  operands: { max: 1 },
  onError,
  version: 'ncurses 6.2.20210508\n',
};
