// clear from ncurses 6.2 (Rocky 9.5: ncurses-6.2-10.20210508.el9): progs/clear.c at the 20210508 patch reads
// its options with getopt("T:Vx"), so `--help` is the option '-'; a bad option or any operand prints usage() to
// stderr and exits 1. -V prints curses_version().
import type { CommandSpec, UsageError } from '../../../spec/types';

/** progs/clear.c usage(): "Usage: %s [options]" and its KEEP() lines, on stderr. */
export const USAGE = 'Usage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n';

function onError(e: UsageError) {
  // glibc getopt without long options reads `--help` as the letters '-', 'h', ...: the first is refused
  const letter = e.short ? e.option : '-';
  if (e.code === 'extra-operand') return { stderr: USAGE, status: 1 };
  if (e.code === 'missing-value' && e.short) return { stderr: `clear: option requires an argument -- '${letter}'\n${USAGE}`, status: 1 };
  return { stderr: `clear: invalid option -- '${letter}'\n${USAGE}`, status: 1 };
}

export const spec: CommandSpec = {
  name: 'clear',
  style: 'gnu',
  synopsis: 'clear [options]',
  summary: 'clear the terminal screen',
  // no --help: getopt refuses it like any other word starting with '--'
  helpFlags: [],
  abbreviations: false,
  flags: [
    { short: 'T', value: 'required', arg: 'TERM', description: 'use this instead of $TERM' },
    { short: 'V', action: 'version', description: 'print curses-version' },
    { short: 'x', description: 'do not try to clear scrollback' },
  ],
  operands: { max: 0 },
  onError,
  version: 'ncurses 6.2.20210508\n',
};
