// mkfs.xfs of xfsprogs 6.4.0 (mkfs/xfs_mkfs.c main(), check_device_type(), validate_overwrite() with
// libxfs/topology.c check_overwrite(), libfrog/linux.c platform_check_mount(), libxfs/init.c
// libxfs_device_open(), validate_datadev(), validate_supported() as Rocky's rhelonly patch leaves it, and
// discard_devices()): on an image file, a loop device (lib/loops.ts) or the free sda1; the box's mounted partitions
// are refused as platform_check_mount() refuses them and the disk and the swap in use as O_EXCL opens fail. The
// geometry is lib/geometry.ts; the superblock goes where blkid, lsblk and mount read it (lib/fs-super.ts).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FileNode } from '../../../fs';
import { def, isRoot } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { canWrite } from '../../../util';
import { fileSize, setFileSize } from '../../lib/inode';
import { probe, writeXfs } from '../../lib/fs-super';
import { keepSda1, mountedAt, targetOf } from '../../lib/loops';
import { getoptLong } from '../../util-linux/lib/getopt';
import { derivedUuid } from '../../util-linux/lib/swap-header';
import { geometry, MIN_LOG, report, supportWarnings } from '../lib/geometry';
import { usage, VERSION } from './help';
import { spec } from './spec';

/** getnum()'s units for -b size= (bytes, or a k/m/g suffix). */
function num(s: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(s);
  if (!m) return NaN;
  return Number(m[1]) * ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[m[2].toLowerCase()];
}

function* mkfsXfs(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  const fail = (msg: string) => {
    ctx.err(msg + usage(prog));
    return 1;
  };
  const { got, rest } = getoptLong([prog, ...ctx.args], 'b:c:d:i:l:L:m:n:KNp:qr:s:CfV', [{ name: 'unsupported', hasArg: 0 }], false, (m) => ctx.err(m));
  const opt = (c: string) => got.filter((g) => g.kind === 'short' && g.c === c).map((g) => (g as { arg?: string }).arg ?? '');
  const has = (c: string) => opt(c).length > 0;
  for (const g of got) {
    if (g.kind === 'error') return fail(`unknown option -${g.optopt ?? ''} \n`);
    if (g.kind === 'short' && g.c === 'V') {
      ctx.out(`${prog} version ${VERSION}\n`);
      return 0;
    }
    if (g.kind === 'short' && g.c === 'L' && new TextEncoder().encode(g.arg ?? '').length > 12) return fail(`Invalid value ${g.arg} for -L option\n`);
  }
  let bs = 4096;
  for (const b of opt('b')) {
    const m = /^size=(.*)$/.exec(b);
    if (m && MIN_LOG[num(m[1])]) bs = num(m[1]);
  }
  if (rest.length > 1) return fail('extra arguments\n');
  if (!rest.length) return fail('No device name specified\n');
  const quiet = has('q');
  const dry = has('N');
  const force = has('f') || has('C');
  const device = rest[0];
  const abs = ctx.resolve(device);
  const target = targetOf(ctx.host, abs);
  // check_device_type(): stat() the name; a regular file or a block device
  if (target.kind === 'none') return fail(`Error accessing specified device ${device}: No such file or directory\n`);
  if (target.kind === 'dir') return fail(`specified device ${device} not a file or block device\n`);
  // libxfs_init() -> check_open(): a mounted block device (an image file is not checked)
  const at = target.kind === 'file' ? undefined : mountedAt(ctx.host, abs);
  if (at && at !== '[SWAP]') return fail(`${prog}: ${device} contains a mounted filesystem\n`);
  // libxfs_device_open(): O_RDWR (O_EXCL on a block device)
  const cannot = (why: string) => {
    ctx.err(`${prog}: cannot open ${device}: ${why}\n`);
    return 1;
  };
  if (target.kind !== 'file' && !isRoot(ctx)) return cannot('Permission denied');
  if (target.kind === 'busy' || at === '[SWAP]') return cannot('Device or resource busy');
  if (target.kind === 'file' && !canWrite(ctx.frame.user, abs)) return cannot('Permission denied');
  const node = (target.kind === 'loop' ? target.node : target.kind === 'file' || target.kind === 'sda1' ? target.node : undefined) as FileNode | undefined;
  if (!node) return fail("can't get size of data subvolume\n");
  // validate_overwrite(): what libblkid finds (an empty file has nothing to find)
  const found = fileSize(node) ? probe(node) : null;
  if (!force && found) {
    ctx.err(`${prog}: ${device} appears to contain an existing filesystem (${found.type}).\n${prog}: Use the -f option to force overwrite.\n`);
    return 1;
  }
  // open_devices(): the size in 512-byte sectors, rounded down to 1 KiB
  const bytes = Math.floor(fileSize(node) / 1024) * 1024;
  const dblocks = Math.floor(bytes / bs);
  if (target.kind === 'file' && !dblocks) return fail("can't get size of data subvolume\n");
  const r = geometry(dblocks, bs);
  if ('tooSmall' in r) return fail(`size ${r.tooSmall} of data subvolume is too small, minimum ${r.min} blocks\n`);
  const g = r.ok;
  let out = supportWarnings(g);
  if (!quiet || dry) out += report(g, device);
  if (dry) {
    ctx.out(out);
    return 0;
  }
  // discard_devices(): BLKDISCARD works on a loop device; an image file and the VirtualBox disk refuse it
  if (!has('K') && !quiet && target.kind === 'loop') out += 'Discarding blocks...Done.\n';
  ctx.out(out);
  // -m uuid=: the file system's UUID as given
  const given = opt('m').flatMap((m) => m.split(',')).map((x) => /^uuid=([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$/i.exec(x)?.[1]).filter(Boolean).pop();
  const uuid = given ? Uint8Array.from(given.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16)) : derivedUuid(`mkfs.xfs:${ctx.host.hostname}:${abs}:${ctx.world.now}`);
  const label = opt('L').pop() ?? '';
  writeXfs(node, { blockSize: bs, dblocks: g.dblocks, sectSize: g.sectSize, uuid, label, agblocks: g.agblocks, agcount: g.agcount, logblocks: g.logblocks, inodeSize: g.inodeSize, imaxpct: g.imaxpct });
  if (fileSize(node) < g.dblocks * bs) setFileSize(ctx.host.fs, node, g.dblocks * bs, true);
  if (target.kind === 'sda1') keepSda1(ctx.host, node, ctx.world.now);
  else ctx.host.fs.modified(node);
  return 0;
}

def({ name: 'mkfs.xfs', summary: 'construct an XFS filesystem', available: linuxOnly, spec, run: mkfsXfs });
