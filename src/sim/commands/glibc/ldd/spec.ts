// ldd of glibc 2.34 (Rocky 9.5): a bash script (elf/ldd.bash.in) that reads its own arguments, long options by any
// unambiguous prefix; help and version in help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = { name: 'ldd', style: 'gnu', synopsis: 'ldd [OPTION]... FILE...', rawArgs: true, helpFlags: [] };
