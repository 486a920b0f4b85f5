// dig of bind 9.16.23: its own words (+query options, @server, dash options of "46bcdfhikmnpqrtvyx"), read by
// run.ts. -h prints help() to stdout (help.ts); a bad dash option prints "Invalid option: -x" and usage() on stderr, status 1.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: 'dig',
  style: 'gnu',
  synopsis: 'dig [@global-server] [domain] [q-type] [q-class] {q-opt} {global-d-opt} host [@local-server] {local-d-opt}',
  rawArgs: true,
  helpFlags: ['-h'],
  help: () => import('./help').then((m) => m.help),
  complete: (_ops, word) => (word.startsWith('+') ? ['+short', '+noall', '+answer', '+trace', '+tcp', '+nocmd', '+nostats', '+norecurse'] : []),
};
