// `color`: cmd.exe hands it the words as typed and it reads them itself; `color /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'color',
  style: 'cmd',
  synopsis: 'COLOR [attr]',
  summary: 'Sets the default console foreground and background colors.',
  rawArgs: true,
  help: () => import('./help').then((m) => m.default),
};
