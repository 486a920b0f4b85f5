// tput from ncurses 6.2 (Rocky 9.5: ncurses-6.2-10.20210508.el9): progs/tput.c reads its options with
// getopt("ST:Vx"), so `--help` is the option '-'; a bad option prints usage() to stderr and exits 2 (ErrUsage).
import type { CommandSpec, UsageError } from '../../../spec/types';

/** progs/tput.c usage(): "Usage: %s [options] [command]" and its KEEP() lines, on stderr. */
export const USAGE =
  'Usage: tput [options] [command]\n\nOptions:\n  -S <<       read commands from standard input\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n\nCommands:\n  clear       clear the screen\n  init        initialize the terminal\n  reset       reinitialize the terminal\n  capname     unlike clear/init/reset, print value for capability "capname"\n';

function onError(e: UsageError) {
  const letter = e.short ? e.option : '-';
  if (e.code === 'missing-value' && e.short) return { stderr: `tput: option requires an argument -- '${letter}'\n${USAGE}`, status: 2 };
  return { stderr: `tput: invalid option -- '${letter}'\n${USAGE}`, status: 2 };
}

export const spec: CommandSpec = {
  name: 'tput',
  style: 'gnu',
  synopsis: 'tput [options] [command]',
  summary: 'initialize a terminal or query terminfo database',
  helpFlags: [],
  abbreviations: false,
  flags: [
    { short: 'S', description: 'read commands from standard input' },
    { short: 'T', value: 'required', arg: 'TERM', description: 'use this instead of $TERM' },
    { short: 'V', action: 'version', description: 'print curses-version' },
    { short: 'x', description: 'do not try to clear scrollback' },
  ],
  onError,
  version: 'ncurses 6.2.20210508\n',
};
