// `tree`: its switches as data; `tree /?` loads help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'tree',
  style: 'cmd',
  synopsis: 'TREE [drive:][path] [/F] [/A]',
  summary: 'Graphically displays the folder structure of a drive or path.',
  flags: [{ short: 'F' }, { short: 'A' }],
  onError: (e) => (e.code === 'unknown-option' ? { stderr: `Invalid switch - /${(e.option ?? '').toUpperCase()}\n`, status: 1 } : undefined),
  help: () => import('./help').then((m) => m.default),
};
