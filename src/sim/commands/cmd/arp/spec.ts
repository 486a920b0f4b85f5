// `arp`: it reads its own words (`-a [inet_addr] [-N if_addr]`, `-d`, `-s`); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'arp',
  style: 'cmd',
  synopsis: 'ARP -a [inet_addr] [-N if_addr] [-v]',
  summary: 'Displays and modifies the IP-to-Physical address translation tables used by address resolution protocol (ARP).',
  rawArgs: true,
  ownHelp: true,
  help: () => import('./help').then((m) => m.default),
};
