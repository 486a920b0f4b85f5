// `dir`: its switches as data (`dir /?` lists them); a switch it does not know is `Invalid switch - "Z".`.
import type { CommandSpec } from '../../../spec/types';

const sw = (short: string, value: 'none' | 'optional' = 'none') => ({ short, value });

export const spec: CommandSpec = {
  name: 'dir',
  style: 'cmd',
  synopsis: 'DIR [drive:][path][filename] [/A[[:]attributes]] [/B] [/C] [/D] [/L] [/N]',
  summary: 'Displays a list of files and subdirectories in a directory.',
  flags: [sw('A', 'optional'), sw('B'), sw('C'), sw('D'), sw('L'), sw('N'), sw('O', 'optional'), sw('P'), sw('Q'), sw('R'), sw('S'), sw('T', 'optional'), sw('W'), sw('X'), sw('4')],
  help: () => import('./help').then((m) => m.default),
};
