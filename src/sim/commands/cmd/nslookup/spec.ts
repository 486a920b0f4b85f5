// `nslookup`: it reads its own words (`name [server]`, `-opt`); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'nslookup',
  style: 'cmd',
  synopsis: 'nslookup [-opt ...] host server',
  summary: 'Queries the Domain Name System.',
  rawArgs: true,
  ownHelp: true,
  helpStream: 'stderr',
  help: () => import('./help').then((m) => m.default),
};
