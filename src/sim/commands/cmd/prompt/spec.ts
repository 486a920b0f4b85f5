// `prompt`: cmd.exe hands it the words as typed and it reads them itself; `prompt /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'prompt',
  style: 'cmd',
  synopsis: 'PROMPT [text]',
  summary: 'Changes the cmd.exe command prompt.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
