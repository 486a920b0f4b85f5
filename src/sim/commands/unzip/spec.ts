// UnZip 6.0 (Rocky 9's unzip-6.0-56.el9) reads its own argv (unzip.c uz_opts()); run.ts takes -l -d DIR -o -n -q
// before or after the archive's name, then the names to extract (DIFFERENCES.md).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'unzip',
  style: 'gnu',
  synopsis: 'unzip [-Z] [-opts[modifiers]] file[.zip] [list] [-x xlist] [-d exdir]',
  rawArgs: true,
  flags: [],
};
