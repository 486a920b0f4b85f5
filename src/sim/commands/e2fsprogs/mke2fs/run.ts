// mke2fs of e2fsprogs 1.46.5 (misc/mke2fs.c PRS() and main(), misc/util.c check_mount() and proceed_question(),
// lib/support/plausible.c) as mke2fs, mkfs.ext2, mkfs.ext3 and mkfs.ext4: on an image file (made when a size is
// given), a loop device (lib/loops.ts) or the free sda1; the box's mounted partitions and the swap in use are
// refused as check_mount() refuses them. The output is the real byte stream: the numeric progress of
// lib/ext2fs/progress.c (its first update and the backspaces over it) before each "done". The superblock is
// written for blkid, lsblk and mount (lib/fs-super.ts). What is left out: DIFFERENCES.md in this folder.
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import type { FileNode } from '../../../fs';
import { def, isRoot } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { canWrite } from '../../../util';
import { fileSize, setFileSize } from '../../lib/inode';
import { probe, writeExt } from '../../lib/fs-super';
import { keepSda1, loopOfFile, mountedAt, targetOf } from '../../lib/loops';
import { asctime } from '../../file/file/magic';
import { getoptLong } from '../../util-linux/lib/getopt';
import { derivedUuid, uuidString } from '../../util-linux/lib/swap-header';
import { features, geometry, type ExtType } from '../lib/geometry';
import { finishSuper } from '../lib/super';
import { banner, library, usage } from './help';
import { spec } from './spec';

const OPTSTRING = 'b:cd:e:g:i:jl:m:no:qr:s:t:vC:DE:FG:I:J:KL:M:N:O:R:ST:U:Vz:';

/** ext2fs_numeric_progress_*(): the first update (0/max) and the close, as written. */
export function progress(max: number): string {
  const l = String(max).length;
  const w = 2 * l + 1;
  return `${'0'.padStart(l)}/${String(max).padStart(l)}${'\b'.repeat(w)}${' '.repeat(w)}${'\b'.repeat(w)}`;
}

/** parse_num_blocks2(): a count with an optional K, M, G or T suffix, in blocks of `bs` bytes; NaN when invalid. */
function numBlocks(arg: string, bs: number): number {
  const m = /^(\d+)([KkMmGgTt]?)$/.exec(arg);
  if (!m) return NaN;
  const n = Number(m[1]);
  const mult = { '': 0, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2].toLowerCase() as '' | 'k'];
  return mult ? Math.floor((n * mult) / bs) : n;
}

function* mke2fs(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  const say = (t: string) => ctx.err(t);
  const { got, rest } = getoptLong([prog, ...ctx.args], OPTSTRING, [], false, say);
  if (got.some((g) => g.kind === 'error')) {
    say(usage(prog));
    return 1;
  }
  const opt = (c: string) => got.filter((g) => g.kind === 'short' && g.c === c).map((g) => (g as { arg?: string }).arg ?? '');
  const has = (c: string) => opt(c).length > 0;
  const quiet = has('q');
  const force = opt('F').length;
  const noaction = has('n');
  let bs: number | undefined;
  for (const b of opt('b')) {
    const n = numBlocks(b, 1);
    if (!(n >= 1024 && n <= 65536) || (n & (n - 1)) !== 0) {
      say(`${prog}: invalid block size - ${b}\n`);
      return 1;
    }
    bs = n;
  }
  let label = opt('L').pop() ?? '';
  if (new TextEncoder().encode(label).length > 16) {
    label = new TextDecoder().decode(new TextEncoder().encode(label).subarray(0, 16));
    say(`Warning: label too long; will be truncated to '${label}'\n\n`);
  }
  if (opt('t').length > 1) {
    say(`${prog}: The -t option may only be used once\n`);
    return 1;
  }
  if (has('V')) {
    say(banner + library);
    return 0;
  }
  if (!rest.length || rest.length > 2) {
    say(usage(prog));
    return 1;
  }
  const device = rest[0];
  let explicit: number | undefined;
  if (rest[1] !== undefined) {
    explicit = numBlocks(rest[1], bs ?? 1024);
    if (!explicit) {
      say(`${prog}: invalid blocks '${rest[1]}' on device '${device}'\n`);
      return 1;
    }
  }
  if (!quiet) say(banner);
  const abs = ctx.resolve(device);
  // check_mount(): mounted (the swap in use counts), or held by the kernel (the whole disk, its partitions)
  const target = targetOf(ctx.host, abs);
  // ismounted.c check_loop_mounted(): an image file behind a mounted loop device is mounted too
  const behind = target.kind === 'file' ? loopOfFile(ctx.host, abs) : undefined;
  const at = mountedAt(ctx.host, abs) ?? (behind ? mountedAt(ctx.host, `/dev/loop${behind.n}`) : undefined);
  if (at || target.kind === 'busy') {
    say(`${device} ${at ? 'is mounted; ' : 'is apparently in use by the system; '}will not make a filesystem here!\n`);
    return 1;
  }
  // ext2fs_get_device_size2(): the device opened for reading
  const sizeError = (why: string) => {
    say(`${prog}: ${why} while trying to determine filesystem size\n`);
    return 1;
  };
  let node: FileNode | undefined;
  let created = false;
  if (target.kind === 'none') {
    if (abs.startsWith('/dev/')) return sizeError('No such file or directory');
    if (explicit === undefined) {
      say(`The file ${device} does not exist and no size was specified.\n`);
      return 1;
    }
    if (!canWrite(ctx.frame.user, abs.replace(/\/[^/]*$/, '') || '/')) return sizeError('Permission denied');
    ctx.host.fs.write(abs, '');
    node = ctx.host.fs.get(abs) as FileNode;
    created = true;
    if (!quiet) ctx.out(`Creating regular file ${device}\n`);
  } else if (target.kind === 'dir') return sizeError('Is a directory');
  else if ((target.kind === 'loop' || target.kind === 'sda1') && !isRoot(ctx)) return sizeError('Permission denied');
  else if (target.kind === 'file' && !canWrite(ctx.frame.user, abs)) return sizeError('Permission denied');
  else node = target.kind === 'loop' ? target.node : target.node;
  const isDev = target.kind === 'loop' || target.kind === 'sda1';
  const devBytes = node ? fileSize(node) : 0;
  if (explicit === undefined && devBytes < (bs ?? 1024)) {
    say(`${prog}: Device size reported to be zero.  Invalid partition specified, or\n\tpartition table wasn't reread after running fdisk, due to\n\ta modified partition being busy and in use.  You may need to reboot\n\tto re-read your partition table.\n\n`);
    return 1;
  }
  const typeArg = opt('t').pop();
  const fromName = /^mkfs\.(.+)$/.exec(prog)?.[1];
  const type = typeArg ?? fromName ?? (has('j') ? 'ext3' : 'ext2');
  if (!['ext2', 'ext3', 'ext4'].includes(type)) {
    ctx.out(`\nYour mke2fs.conf file does not define the ${type} filesystem type.\n`);
    if (!force) {
      ctx.out('Aborting...\n');
      return 1;
    }
  }
  const ext = (['ext2', 'ext3', 'ext4'].includes(type) ? type : 'ext2') as ExtType;
  if (explicit !== undefined && isDev && !force && explicit * (bs ?? 1024) > devBytes) {
    say(`${prog}: Filesystem larger than apparent device size.\n`);
    if (!(yield* proceed(ctx))) return 1;
  }
  // check_plausibility(): with a terminal on both ends, a file system already there is asked about
  if (ctx.tty && ctx.stdin === null && node && !created && !force) {
    const p = probe(node);
    if (p && p.type !== 'swap') {
      const lab = p.type === 'xfs' ? p.xfs.label : p.ext.label;
      ctx.out(`${device} contains a ${p.type} file system${lab ? ` labelled '${lab}'` : ''}\n`);
      if (p.type !== 'xfs' && p.ext.mkfsTime) ctx.out(`\tcreated on ${asctime(p.ext.mkfsTime)}\n`);
      if (!(yield* proceed(ctx))) return 1;
    }
  }
  const g = geometry(devBytes, ext, bs, explicit);
  if (!g) {
    say(`${device}: Not enough space to build proposed filesystem while setting up superblock\n`);
    return 1;
  }
  if (g.journal < 0) say('\nFilesystem too small for a journal\n');
  const uuidArg = opt('U').pop();
  const uuid = uuidArg && /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(uuidArg) ? Uint8Array.from(uuidArg.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16)) : derivedUuid(`mke2fs:${ctx.host.hostname}:${abs}:${ctx.world.now}`);
  let out = '';
  if (!quiet && !noaction && !created) out += `Discarding device blocks: ${progress(g.blocks)}done                            \n`;
  if (!quiet || noaction) {
    out += `Creating filesystem with ${g.blocks} ${g.blockSize >> 10}k blocks and ${g.inodes} inodes\n`;
    if (g.groups === 1) out += '\n';
    else {
      out += `Filesystem UUID: ${uuidString(uuid)}\nSuperblock backups stored on blocks: `;
      let left = 0;
      g.backups.forEach((b, i) => {
        if (i) out += ', ';
        const need = String(b).length + 1;
        if (need > left) (out += '\n\t'), (left = 72);
        left -= need;
        out += String(b);
      });
      out += '\n\n';
    }
  }
  if (noaction) {
    ctx.out(out);
    return 0;
  }
  if (!quiet) {
    out += `Allocating group tables: ${progress(g.groups)}done                            \n`;
    out += `Writing inode tables: ${progress(g.groups)}done                            \n`;
    if (g.journal > 0) out += `Creating journal (${g.journal} blocks): done\n`;
    out += `Writing superblocks and filesystem accounting information: ${progress(g.groups)}done\n\n`;
  }
  ctx.out(out);
  const f = node!;
  if (created || fileSize(f) < g.blocks * g.blockSize) setFileSize(ctx.host.fs, f, g.blocks * g.blockSize, true);
  const feats = features(ext);
  if (g.journal <= 0) feats.compat &= ~0x4;
  writeExt(f, { inodes: g.inodes, blocks: g.blocks, blockSize: g.blockSize, blocksPerGroup: g.blocksPerGroup, inodesPerGroup: g.inodesPerGroup, inodeSize: 256, ...feats, uuid, label, mkfsTime: Math.floor(ctx.world.now / 1000) });
  const hashSeed = derivedUuid(`mke2fs-hash:${ctx.host.hostname}:${abs}:${ctx.world.now}`);
  finishSuper(f, { ext, rsvGdt: g.rsvGdt, journal: g.journal, hashSeed, now: Math.floor(ctx.world.now / 1000) });
  if (target.kind === 'sda1') keepSda1(ctx.host, f, ctx.world.now);
  else ctx.host.fs.modified(f);
  return 0;
}

/** proceed_question(): "y" or "Y" goes on; anything else ends with a new line and status 1. */
function* proceed(ctx: CommandContext): Generator<Yield, boolean, unknown> {
  const answer = String((yield { ask: 'Proceed anyway? (y,N) ' }) ?? '');
  if (/^[yY]/.test(answer)) return true;
  ctx.out('\n');
  return false;
}

def({ name: 'mke2fs', aliases: ['mkfs.ext2', 'mkfs.ext3', 'mkfs.ext4'], summary: 'create an ext2/ext3/ext4 file system', available: linuxOnly, spec, run: mke2fs });
