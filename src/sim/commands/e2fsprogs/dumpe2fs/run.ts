// dumpe2fs of e2fsprogs 1.46.5 (misc/dumpe2fs.c main(), lib/e2p/ljs.c e2p_list_journal_super()): -h prints the
// superblock (lib/list.ts), the journal superblock mke2fs wrote (no features, sequence 1, start 0) and the empty
// bad block list's new line. The group descriptors of a full listing carry per-group checksums and the flex_bg
// placement, which are not modelled: without -h the listing stops after the same header (DIFFERENCES.md).
// The exit status is main()'s return, the error code (an ext2 error table code keeps its low byte).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { getoptLong } from '../../util-linux/lib/getopt';
import { VERSION, DATE } from '../mke2fs/help';
import { listSuper } from '../lib/list';
import { F } from '../lib/super';
import { BAD_MAGIC, SHORT_READ, idNames, openFs, plausible } from '../lib/open';

const STATUS: Record<string, number> = { [BAD_MAGIC]: 19, [SHORT_READ]: 36, 'No such file or directory': 2, 'Permission denied': 13, 'Is a directory': 21 };

function* dumpe2fs(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  ctx.err(`dumpe2fs ${VERSION} (${DATE})\n`);
  const { got, rest } = getoptLong([prog, ...ctx.args], 'bfghixVo:', [], false, (t) => ctx.err(t));
  const usage = () => {
    ctx.err(`Usage: ${prog} [-bfghimxV] [-o superblock=<num>] [-o blocksize=<num>] device\n`);
    return 1;
  };
  for (const g of got) {
    if (g.kind === 'error') return usage();
    if (g.kind === 'short' && g.c === 'V') {
      ctx.err(`\tUsing EXT2FS Library version ${VERSION}\n`);
      return 0;
    }
  }
  if (rest.length !== 1) return usage();
  const device = rest[0];
  const o = openFs(ctx, device, false);
  if (!o.ok) {
    ctx.err(`${prog}: ${o.error} while trying to open ${device}\n`);
    ctx.out("Couldn't find valid filesystem superblock.\n");
    if (o.error === BAD_MAGIC) ctx.out(plausible(device, o.other));
    return STATUS[o.error] ?? 1;
  }
  const s = o.super;
  let t = listSuper(s, idNames(ctx));
  if (s.journal && s.u32(F.journalInum)) {
    const blocks = s.u32(F.jnlBlocks + 64) / s.blockSize;
    const kb = (s.blockSize / 1024) * blocks;
    t += 'Journal features:         (none)\n';
    t += `Total journal size:       ${kb < 8192 ? `${kb}k` : `${kb >> 10}M`}\n`;
    t += `Total journal blocks:     ${blocks}\nMax transaction length:   ${blocks}\nFast commit length:       0\n`;
    t += 'Journal sequence:         0x00000001\nJournal start:            0\n';
  }
  ctx.out(`${t}\n`);
  return 0;
}

def({ name: 'dumpe2fs', summary: 'dump ext2/ext3/ext4 file system information', available: linuxOnly, spec: { name: 'dumpe2fs', style: 'gnu', rawArgs: true, helpFlags: [] }, run: dumpe2fs });
