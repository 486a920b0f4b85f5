// parted 3.5: getopt_long over its own words (run.ts) up to the device; the commands follow it.
import type { CommandSpec } from '../../spec/types';

export const spec: CommandSpec = {
  name: 'parted',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
};
