// zramctl of util-linux 2.37.4 (sys-utils/zramctl.c): the box loads no zram module and configures no zram device,
// so the status table is empty (zramctl prints nothing), --find finds no free device, and a named device does not
// exist (its errors in zramctl.c's words: the device name and ENOENT, or "failed to reset").
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

function* zramctl(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const fail = (m: string) => {
    ctx.err(`zramctl: ${m}\n`);
    return 1;
  };
  if (o.has('find') && ops.length) return fail('option --find is mutually exclusive with <device>');
  if (ops.length > 1 && !o.has('reset')) return fail('only one <device> at a time is allowed');
  if (!o.has('size') && !o.has('reset') && (o.has('algorithm') || o.has('streams'))) return fail('options --algorithm and --streams must be combined with --size');
  if (o.has('reset')) {
    if (!ops.length) return fail('no device specified');
    for (const d of ops) ctx.err(`zramctl: ${d}: failed to reset: No such file or directory\n`);
    return 1;
  }
  if (o.has('find')) return fail('no free zram device found');
  if (!ops.length) {
    if (o.has('size')) return fail('no device specified');
    return 0;
  }
  return fail(`${ops[0]}: No such file or directory`);
}

def({ name: 'zramctl', summary: 'set up and control zram devices', available: linuxOnly, spec, run: zramctl });
