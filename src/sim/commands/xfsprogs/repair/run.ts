// xfs_repair of xfsprogs 6.4.0 (repair/xfs_repair.c, phase1.c to phase7.c, libfrog/linux.c
// platform_check_mount()) on what mkfs.xfs wrote: the model keeps no inodes, free space trees or log
// (lib/fs-super.ts), so every XFS is the clean one mkfs.xfs left and the run is the one a clean file system gets,
// its progress on standard error (phase 3 and 4 name each AG in order, as they come out on a small file system)
// and -n's "skipping phase 5" on standard output. A mounted device is refused (only read-only checks of a
// read-only mount are allowed). What is left out: DIFFERENCES.md in this folder.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { canRead, canWrite } from '../../../util';
import { mounts } from '../../lib/mounts';
import { targetOf } from '../../lib/loops';
import { getoptLong } from '../../util-linux/lib/getopt';
import { xfsOn } from '../lib/device';
import { agGeometry } from '../lib/geometry';
import { fileSize } from '../../lib/inode';
import { VERSION } from '../mkfs/help';
import { spec } from './spec';

const usage = (prog: string) =>
  `Usage: ${prog} [options] device\n\nOptions:\n` +
  '  -f           The device is a file\n' +
  '  -L           Force log zeroing. Do this as a last resort.\n' +
  '  -l logdev    Specifies the device where the external log resides.\n' +
  '  -m maxmem    Maximum amount of memory to be used in megabytes.\n' +
  '  -n           No modify mode, just checks the filesystem for damage.\n' +
  '               (Cannot be used together with -e.)\n' +
  '  -P           Disables prefetching.\n' +
  '  -r rtdev     Specifies the device where the realtime section resides.\n' +
  '  -v           Verbose output.\n' +
  '  -c subopts   Change filesystem parameters - use xfs_admin.\n' +
  '  -o subopts   Override default behaviour, refer to man page.\n' +
  '  -t interval  Reporting interval in seconds.\n' +
  '  -d           Repair dangerously.\n' +
  '  -e           Exit with a non-zero code if any errors were repaired.\n' +
  '               (Cannot be used together with -n.)\n' +
  '  -V           Reports version and exits.\n';

const FATAL = '\nfatal error -- couldn\'t initialize XFS library\n';

function* xfsRepair(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  const { got, rest } = getoptLong([prog, ...ctx.args], 'c:o:fl:m:r:LnDvVdPet:', [], false, (m) => ctx.err(m));
  const has = (c: string) => got.some((g) => g.kind === 'short' && g.c === c);
  for (const g of got) {
    if (g.kind === 'error') {
      ctx.err(usage(prog));
      return 1;
    }
    if (g.kind === 'short' && g.c === 'V') {
      ctx.out(`${prog} version ${VERSION}\n`);
      return 0;
    }
  }
  const dry = has('n');
  if (rest.length !== 1 || (dry && has('e'))) {
    ctx.err(usage(prog));
    return 1;
  }
  const dev = rest[0];
  const abs = ctx.resolve(dev);
  const t = targetOf(ctx.host, abs);
  if (t.kind === 'none' && !/^\/dev\/sda[34]$/.test(abs)) {
    ctx.err(`${dev}: No such file or directory\n${dev}: No such file or directory\n${FATAL}`);
    return 1;
  }
  // check_open(): a mounted device (xfs_repair -n is told whether it is writable)
  const m = mounts(ctx.host).find((x) => x.source === abs);
  if (m) {
    if (!dry) ctx.err(`${prog}: ${dev} contains a mounted filesystem\n`);
    ctx.err(`${prog}: ${dev} contains a mounted and writable filesystem\n${FATAL}`);
    return 1;
  }
  if (t.kind === 'dir') {
    ctx.err(`${prog}: cannot open ${dev}: Is a directory\n`);
    return 1;
  }
  const ok = t.kind === 'file' ? (dry ? canRead : canWrite)(ctx.frame.user, abs) : isRoot(ctx);
  if (!ok) {
    ctx.err(`${prog}: cannot open ${dev}: Permission denied\n`);
    return 1;
  }
  const d = xfsOn(ctx.host, abs);
  if (!d) {
    // find_secondary_sb() over a device holding no XFS: a dot per read, first every default AG size from one AG
    // in, then every MiB from 16 MiB, each pass ending on the read past the end
    const bytes = t.kind === 'file' || t.kind === 'loop' || t.kind === 'sda1' ? (t.node ? fileSize(t.node) : 0) : 0;
    const size = Math.floor(bytes / 512) * 512;
    const skip = agGeometry(Math.floor(size / 4096), 4096).agsize * 4096;
    const reads = (start: number, step: number) => (size > start ? Math.ceil((size - start) / step) : 0) + 1;
    const dots = '.'.repeat((skip ? reads(skip, skip) : 0) + reads(16 * 1024 * 1024, 1024 * 1024));
    ctx.err(`Phase 1 - find and verify superblock...\nbad primary superblock - bad magic number !!!\n\nattempting to find secondary superblock...\n${dots}Sorry, could not find valid secondary superblock\nExiting now.\n`);
    return 1;
  }
  // verify_set_primary_sb(): one AG has no secondary superblock to compare with
  if (d.geo.agcount === 1 && !got.some((g) => g.kind === 'short' && g.c === 'o' && /force_geometry/.test(g.arg ?? ''))) {
    ctx.err('Phase 1 - find and verify superblock...\nOnly one AG detected - cannot validate filesystem geometry.\nUse the -o force_geometry option to proceed.\n');
    return 1;
  }
  const ags = Array.from({ length: d.geo.agcount }, (_, i) => `        - agno = ${i}\n`).join('');
  let e = 'Phase 1 - find and verify superblock...\nPhase 2 - using internal log\n        - zero log...\n        - scan filesystem freespace and inode maps...\n        - found root inode chunk\n';
  e += `Phase 3 - for each AG...\n        - ${dry ? "scan (but don't clear)" : 'scan and clear'} agi unlinked lists...\n        - process known inodes and perform inode discovery...\n${ags}        - process newly discovered inodes...\n`;
  e += `Phase 4 - check for duplicate blocks...\n        - setting up duplicate extent list...\n        - check for inodes claiming duplicate blocks...\n${ags}`;
  if (!dry) e += 'Phase 5 - rebuild AG headers and trees...\n        - reset superblock...\n';
  e += 'Phase 6 - check inode connectivity...\n';
  if (!dry) e += '        - resetting contents of realtime bitmap and summary inodes\n';
  e += '        - traversing filesystem ...\n        - traversal finished ...\n        - moving disconnected inodes to lost+found ...\n';
  e += dry ? 'Phase 7 - verify link counts...\nNo modify flag set, skipping filesystem flush and exiting.\n' : 'Phase 7 - verify and correct link counts...\ndone\n';
  if (dry) {
    const cut = e.indexOf('Phase 6');
    ctx.err(e.slice(0, cut));
    ctx.out('No modify flag set, skipping phase 5\n');
    ctx.err(e.slice(cut));
  } else ctx.err(e);
  return 0;
}

def({ name: 'xfs_repair', summary: 'repair an XFS filesystem', available: linuxOnly, spec, run: xfsRepair });
