// `echo`: cmd.exe hands it the words as typed; only `echo /?` (the first word) asks for help.ts, `echo a /?` prints "a /?".
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'echo',
  style: 'cmd',
  synopsis: 'ECHO [message]',
  summary: 'Displays messages, or turns command-echoing on or off.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
