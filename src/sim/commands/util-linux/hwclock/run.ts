// hwclock of util-linux 2.37.4 (sys-utils/hwclock.c): /dev/rtc0 is root's alone, so a user gets "Cannot access the
// Hardware Clock via any known method."; root reads it (--show, --get, the default): the guest's clock as
// ISO_TIMESTAMP_DOT in the local zone (the box's /etc/adjtime keeps the RTC in UTC, and VirtualBox sets it from the
// host, so it agrees with the system clock here). --systohc, --hctosys, --systz and --set change nothing visible.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { spec } from './spec';

function* hwclock(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const verbose = o.has('verbose') || o.has('test');
  if (!isRoot(ctx)) {
    if (verbose) ctx.out('No usable clock interface found.\n');
    ctx.err('hwclock: Cannot access the Hardware Clock via any known method.\n');
    if (!verbose) ctx.err('hwclock: Use the --verbose option to see the details of our search for an access method.\n');
    return 1;
  }
  const setting = ['set', 'hctosys', 'systohc', 'systz', 'adjust', 'predict'].some((k) => o.has(k));
  if (setting) return 0;
  const t = localTm(ctx.host, ctx.world.now, ctx.frame.env);
  const two = (n: number) => String(n).padStart(2, '0');
  const us = String((ctx.world.now % 1000) * 1000 + 137).padStart(6, '0');
  ctx.out(`${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}.${us}${t.numeric.slice(0, 3)}:${t.numeric.slice(3)}\n`);
  return 0;
}

def({ name: 'hwclock', summary: 'time clocks utility', available: linuxOnly, spec, run: hwclock });
