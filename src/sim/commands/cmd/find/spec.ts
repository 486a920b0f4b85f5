// `find` (find.exe): it reads its own words (`/V /C /N /I "string" [file ...]`); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'find',
  style: 'cmd',
  synopsis: 'FIND [/V] [/C] [/N] [/I] [/OFF[LINE]] "string" [[drive:][path]filename[ ...]]',
  summary: 'Searches for a text string in a file or files.',
  rawArgs: true,
  ownHelp: true,
  help: () => import('./help').then((m) => m.default),
};
