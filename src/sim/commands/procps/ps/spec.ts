// ps from procps-ng 3.3.17 (Rocky 9.5): UNIX (-ef), BSD (aux) and GNU (--forest) options; ps reads its own
// argv (ps/parser.c), so the spec names the options for help and Tab and leaves the words to the command.
import type { CommandSpec } from '../../../spec/types';

const sysv = 'AaCcdeFfGgHjLlMNOoPpqsTtUuwxyZ'.split('').map((short) => ({ short, value: 'GgOopqstUu'.includes(short) ? ('required' as const) : undefined }));
export const spec: CommandSpec = {
  name: 'ps',
  style: 'gnu',
  synopsis: 'ps [options]',
  // ps/display.c: "error: <why>" and the usage, to stderr, exit 1
  onError: (e) => ({ stderr: `error: ${e.short ? (e.code === 'missing-value' ? `list must follow -${e.option}` : 'unsupported SysV option') : 'unknown gnu long option'}\n`, status: 1, withHelp: 'stderr' }),
  version: 'ps from procps-ng 3.3.17\n',
  flags: [
    ...sysv,
    { short: 'V', long: 'version', action: 'version' as const },
    ...['cols', 'columns', 'cumulative', 'deselect', 'forest', 'format', 'group', 'Group', 'headers', 'info', 'lines', 'no-headers', 'pid', 'ppid', 'quick-pid', 'rows', 'sid', 'sort', 'tty', 'user', 'User', 'width'].map((long) => ({
      long,
      value: ['cols', 'columns', 'format', 'group', 'Group', 'lines', 'pid', 'ppid', 'quick-pid', 'rows', 'sid', 'sort', 'tty', 'user', 'User', 'width'].includes(long) ? ('required' as const) : undefined,
    })),
  ],
  help: () => import('./help').then((m) => m.help),
};
