// `sort` (sort.exe): it reads its own words (`/R`, `/+n`, `/O file`, a file); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'sort',
  style: 'cmd',
  synopsis: 'SORT [/R] [/+n] [/M kilobytes] [/L locale] [/REC recordbytes] [[drive1:][path1]filename1] [/T [drive2:][path2]] [/O [drive3:][path3]filename3]',
  summary: 'Sorts input.',
  rawArgs: true,
  ownHelp: true,
  help: () => import('./help').then((m) => m.default),
};
