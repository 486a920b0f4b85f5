// getenforce of libselinux 3.6: reads no arguments at all (utils/getenforce.c), so `getenforce --help` prints the mode.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = { name: 'getenforce', style: 'gnu', synopsis: 'getenforce', rawArgs: true, helpFlags: [] };
