// zip 3.0 (Rocky 9.5's zip-3.0-35.el9) reads its own argv with get_option() (fileio.c): short options may be grouped
// and come before or after the zip file's name; run.ts parses them (the options modelled: -r -j -q -d -u -f -D -0..-9
// -h -v; DIFFERENCES.md).
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'zip',
  style: 'gnu',
  synopsis: 'zip [-options] [-b path] [-t mmddyyyy] [-n suffixes] [zipfile list] [-xi list]',
  rawArgs: true,
  flags: [],
};
