// xfs_info of xfsprogs 6.4.0 (spaceman/xfs_info.sh): an image file attached to a loop device is looked at through
// it; a mounted XFS (findmnt -t xfs of the mount point or the device) is asked through xfs_spaceman's "info",
// which names the device; anything else is read by xfs_db -p xfs_info -c info, which names what it was given
// and refuses what holds no XFS superblock (db/init.c, db/sb.c). Geometry: lib/device.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { canRead } from '../../../util';
import { mounts } from '../../lib/mounts';
import { loopOfFile, targetOf } from '../../lib/loops';
import { toBytes } from '../../lib/bytes';
import { report } from '../lib/geometry';
import { xfsOn } from '../lib/device';
import { VERSION } from '../mkfs/help';
import { spec } from './spec';

const USAGE = 'Usage: xfs_info [-V] [-t mtab] [mountpoint|device|file]\n';

function* xfsInfo(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  // the script's $0 in bash's getopts messages: the path it was run by
  const self = ctx.name.includes('/') ? ctx.name : `/usr/sbin/${ctx.name}`;
  // getopts "t:V"
  while (args.length && /^-./.test(args[0]) && args[0] !== '--') {
    const a = args.shift()!;
    if (a === '-V') {
      ctx.out(`xfs_info version ${VERSION}\n`);
      return 0;
    }
    if (a === '-t') {
      if (!args.length) {
        ctx.err(`${self}: option requires an argument -- t\n${USAGE}`);
        return 2;
      }
      args.shift();
    } else if (!a.startsWith('-t')) {
      ctx.err(`${self}: illegal option -- ${a[1]}\n${USAGE}`);
      return 2;
    }
  }
  if (args[0] === '--') args.shift();
  if (args.length !== 1) {
    ctx.err(USAGE);
    return 2;
  }
  const arg = args[0];
  let abs = ctx.resolve(arg);
  const loop = loopOfFile(ctx.host, abs);
  if (loop) abs = `/dev/loop${loop.n}`;
  const m = mounts(ctx.host).find((x) => x.fstype === 'xfs' && (x.target === abs || x.source === abs));
  if (m) {
    const d = xfsOn(ctx.host, m.source);
    if (d) {
      ctx.out(report(d.geo, m.source));
      return 0;
    }
  }
  // xfs_db: libxfs_init() opens the device read-only
  const t = targetOf(ctx.host, abs);
  if (t.kind === 'none') {
    ctx.err(`${loop ? abs : arg}: No such file or directory\n\nfatal error -- couldn't initialize XFS library\n`);
    return 1;
  }
  const name = loop ? abs : arg;
  if (t.kind === 'dir') {
    ctx.err(`xfs_info: cannot open ${name}: Is a directory\n`);
    return 1;
  }
  if ((t.kind !== 'file' && !isRoot(ctx)) || (t.kind === 'file' && !canRead(ctx.frame.user, abs))) {
    ctx.err(`xfs_info: cannot open ${name}: Permission denied\n`);
    return 1;
  }
  const d = xfsOn(ctx.host, abs);
  if (d) {
    ctx.out(report(d.geo, name));
    return 0;
  }
  const node = t.kind === 'file' || t.kind === 'loop' || t.kind === 'sda1' ? t.node : undefined;
  const head = node ? toBytes(node.content.slice(0, 4)) : new Uint8Array(0);
  const magic = [0, 1, 2, 3].map((i) => (head[i] ?? 0).toString(16).padStart(2, '0')).join('');
  ctx.err(`xfs_info: ${name} is not a valid XFS filesystem (unexpected SB magic number 0x${magic})\nUse -F to force a read attempt.\n`);
  return 1;
}

def({ name: 'xfs_info', summary: 'display XFS filesystem geometry information', available: linuxOnly, spec, run: xfsInfo });
