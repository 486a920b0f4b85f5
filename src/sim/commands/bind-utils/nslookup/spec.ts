// nslookup of bind 9.16.23: no help option; `-opt` words are set options ("*** Invalid option: x" on stdout for
// an unknown one), `-ver` prints the version, a third operand prints usage() (help.ts) to stderr, status 1.
// Without a name it reads commands at its "> " prompt (run.ts).
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = { name: 'nslookup', style: 'gnu', synopsis: 'nslookup [-opt ...] [host [server]]', rawArgs: true, helpFlags: [] };
