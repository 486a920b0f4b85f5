// less 590 (Rocky 9.5: less-590-5.el9): its options as opttbl.c has them, read by less's own scanner (option.c),
// not getopt: letters bundle (`-iN`), a value follows its letter or comes in the next word, long names match by
// unique prefix, `+cmd` runs a command at start. Help and version in help.ts (scripts/golden/less-spec.ts).
import type { CommandSpec } from '../../spec/types';

/** An option: its letter (upper case too for TRIPLE ones), long name, and whether it takes a value. */
export interface LessOption {
  letter?: string;
  name: string;
  /** The upper-case letter's long name (TRIPLE options: -i and -I, --ignore-case and --IGNORE-CASE). */
  triple?: boolean;
  value?: 'number' | 'string';
}

/** opttbl.c option[] of less 590: letter, optname, type. */
export const OPTIONS: LessOption[] = [
  { letter: 'a', name: 'search-skip-screen', triple: true },
  { letter: 'b', name: 'buffers', value: 'number' },
  { letter: 'B', name: 'auto-buffers' },
  { letter: 'c', name: 'clear-screen', triple: true },
  { letter: 'd', name: 'dumb' },
  { letter: 'D', name: 'color', value: 'string' },
  { letter: 'e', name: 'quit-at-eof', triple: true },
  { letter: 'f', name: 'force' },
  { letter: 'F', name: 'quit-if-one-screen' },
  { letter: 'g', name: 'hilite-search', triple: true },
  { letter: 'h', name: 'max-back-scroll', value: 'number' },
  { letter: 'i', name: 'ignore-case', triple: true },
  { letter: 'j', name: 'jump-target', value: 'string' },
  { letter: 'J', name: 'status-column' },
  { letter: 'k', name: 'lesskey-file', value: 'string' },
  { name: 'lesskey-src', value: 'string' },
  { letter: 'K', name: 'quit-on-intr' },
  { letter: 'L', name: 'no-lessopen' },
  { letter: 'm', name: 'long-prompt', triple: true },
  { letter: 'n', name: 'line-numbers', triple: true },
  { letter: 'o', name: 'log-file', value: 'string' },
  { letter: 'O', name: 'LOG-FILE', value: 'string' },
  { letter: 'p', name: 'pattern', value: 'string' },
  { letter: 'P', name: 'prompt', value: 'string' },
  { letter: 'q', name: 'quiet', triple: true },
  { name: 'silent', triple: true },
  { letter: 'r', name: 'raw-control-chars', triple: true },
  { letter: 's', name: 'squeeze-blank-lines' },
  { letter: 'S', name: 'chop-long-lines' },
  { letter: 't', name: 'tag', value: 'string' },
  { letter: 'T', name: 'tag-file', value: 'string' },
  { letter: 'u', name: 'underline-special', triple: true },
  { letter: 'V', name: 'version' },
  { letter: 'w', name: 'hilite-unread', triple: true },
  { letter: 'x', name: 'tabs', value: 'string' },
  { letter: 'X', name: 'no-init' },
  { letter: 'y', name: 'max-forw-scroll', value: 'number' },
  { letter: 'z', name: 'window', value: 'number' },
  { letter: '"', name: 'quotes', value: 'string' },
  { letter: '~', name: 'tilde' },
  { letter: '?', name: 'help' },
  { letter: '#', name: 'shift', value: 'string' },
  { name: 'no-keypad' },
  { name: 'old-bot' },
  { name: 'follow-name' },
  { name: 'use-backslash' },
  { name: 'rscroll', value: 'string' },
  { name: 'no-histdups' },
  { name: 'mouse', triple: true },
  { name: 'wheel-lines', value: 'number' },
  { name: 'save-marks' },
  { name: 'line-num-width', value: 'number' },
  { name: 'status-col-width', value: 'number' },
  { name: 'incsearch' },
  { name: 'use-color' },
  { name: 'file-size' },
  { name: 'tty', value: 'string' },
  { name: 'redraw-on-quit' },
];

export const spec: CommandSpec = {
  name: 'less',
  style: 'gnu',
  synopsis: 'less [options] [file...]',
  summary: 'opposite of more',
  // less scans its own words (run.ts); the spec answers --help as the first word
  rawArgs: true,
  helpPaged: true,
  helpFlags: ['--help', '-?'],
  flags: OPTIONS.filter((o) => o.name !== 'help' && o.name !== 'version').map((o) => ({
    short: o.letter,
    long: o.name,
    value: o.value ? ('required' as const) : undefined,
  })),
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
