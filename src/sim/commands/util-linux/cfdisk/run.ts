// cfdisk of util-linux 2.37.4 (disk-utils/cfdisk.c main()): the options (help and version in help.ts, written
// from the source by scripts/golden/util-linux-specs.ts), -L's colour mode (lib/colors.c colormode_or_err()),
// the device (the first of the default disks that exists, /dev/sda here) and fdisk_assign_device()'s errors:
// "cannot open" a device that is not there or that a user may not open. The full-screen interface that follows
// on a device it can open is not modelled: cfdisk then ends at once with status 1 and no output (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { targetOf } from '../../lib/loops';
import { canRead } from '../../../util';
import { spec } from './spec';

function* cfdisk(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const color = o.get('color');
  if (typeof color === 'string') {
    const p = color.startsWith('=') ? color.slice(1) : color;
    if (!['auto', 'never', 'always'].includes(p.toLowerCase())) {
      ctx.err(`cfdisk: unsupported color mode: '${p}'\n`);
      return 1;
    }
  }
  const disk = ops[0] ?? '/dev/sda';
  const abs = ctx.resolve(disk);
  const t = targetOf(ctx.host, abs);
  const why =
    t.kind === 'none' ? 'No such file or directory'
    : t.kind === 'file' || t.kind === 'dir' ? (canRead(ctx.frame.user, abs) ? '' : 'Permission denied')
    : isRoot(ctx) ? '' : 'Permission denied';
  if (why) {
    ctx.err(`cfdisk: cannot open ${disk}: ${why}\n`);
    return 1;
  }
  const lock = o.get('lock');
  if (typeof lock === 'string') {
    const m = lock.startsWith('=') ? lock.slice(1) : lock;
    if (!['yes', 'no', 'nonblock'].includes(m.toLowerCase()) && m !== '1' && m !== '0') {
      ctx.err(`cfdisk: unsupported lock mode: ${m}\n`);
      return 1;
    }
  }
  return 1;
}

def({ name: 'cfdisk', summary: 'display or manipulate a disk partition table', available: linuxOnly, spec, run: cfdisk });
