// The procps-ng commands of the guest, by name. Written by scripts/golden/procps-specs.ts.
import type { CommandSpec } from '../../spec/types';
import { spec as free } from './free/spec';
import { spec as pidof } from './pidof/spec';
import { spec as uptime } from './uptime/spec';
import { spec as w } from './w/spec';
import { spec as sysctl } from './sysctl/spec';
import { spec as pgrep } from './pgrep/spec';
import { spec as pkill } from './pkill/spec';
import { spec as watch } from './watch/spec';
import { spec as vmstat } from './vmstat/spec';
import { spec as pmap } from './pmap/spec';
import { spec as pwdx } from './pwdx/spec';
import { spec as slabtop } from './slabtop/spec';
import { spec as tload } from './tload/spec';

export const PROCPS: Record<string, CommandSpec> = { free, pidof, uptime, w, sysctl, pgrep, pkill, watch, vmstat, pmap, pwdx, slabtop, tload };
