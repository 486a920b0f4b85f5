// fdisk of util-linux 2.37.4 (disk-utils/fdisk.c, fdisk-list.c) listing the box's disk (lib/disk.ts): -l (with
// devices, or every disk of /proc/partitions) prints the geometry, the GPT's identifier and the partition table
// with libfdisk's gpt_fields widths. A user cannot open the disk: silently skipped without operands, "cannot
// open" with them. The interactive editor is not modelled: fdisk DEVICE greets and stops.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { DISK_SECTORS, diskGuid, GPT_PARTS, human } from '../lib/disk';
import { spec } from './spec';

export function list(ctx: CommandContext, dev: string, bytesCol: boolean): string {
  const bytes = DISK_SECTORS * 512;
  let out = `Disk ${dev}: ${human(bytes, { space: true, three: true, two: true })}, ${bytes} bytes, ${DISK_SECTORS} sectors\n`;
  // /sys/block/sda/device/model: the ATA model string, space-padded to 16
  out += 'Disk model: VBOX HARDDISK   \n';
  out += 'Units: sectors of 1 * 512 = 512 bytes\nSector size (logical/physical): 512 bytes / 512 bytes\nI/O size (minimum/optimal): 512 bytes / 512 bytes\n';
  out += `Disklabel type: gpt\nDisk identifier: ${diskGuid(ctx.host)}\n\n`;
  const head = ['Device', 'Start', 'End', 'Sectors', 'Size', 'Type'];
  const rows = GPT_PARTS.map((p) => {
    const n = p.end - p.start + 1;
    return [`${dev}${p.name.slice(3)}`, String(p.start), String(p.end), String(n), bytesCol ? String(n * 512) : human(n * 512), p.type];
  });
  // the Device column keeps gpt_fields[]'s width hint of 10; the others are as wide as their cells (as 2.38.1's
  // fdisk -l prints an image partitioned like this disk)
  const min = [10, 0, 0, 0, 0, 0];
  const w = head.map((h, k) => Math.max(min[k], h.length, ...rows.map((r) => r[k].length)));
  const line = (r: string[]) => r.map((v, k) => (k === 0 ? v.padEnd(w[k]) : k === r.length - 1 ? v : v.padStart(w[k]))).join(' ') + '\n';
  out += line(head) + rows.map(line).join('');
  return out;
}

function* fdisk(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (!o.has('list') && !o.has('list-details') && !o.has('getsz')) {
    if (!ops.length) {
      ctx.err("fdisk: bad usage\nTry 'fdisk --help' for more information.\n");
      return 1;
    }
    // fdisk.c greets before it opens the device; the editor that follows is not modelled (it stops here)
    ctx.out('Welcome to fdisk (util-linux 2.37.4).\nChanges will remain in memory only, until you decide to write them.\nBe careful before using the write command.\n\n');
    if (isRoot(ctx)) return 0;
    ctx.err(`fdisk: cannot open ${ops[0]}: Permission denied\n`);
    return 1;
  }
  const bytesCol = o.has('bytes');
  if (!ops.length) {
    if (isRoot(ctx)) ctx.out(list(ctx, '/dev/sda', bytesCol));
    return 0;
  }
  let out = '';
  let status = 0;
  for (const op of ops) {
    const dev = op;
    const path = ctx.resolve(op);
    if (path !== '/dev/sda' && !/^\/dev\/sda[1-4]$/.test(path)) {
      const node = ctx.host.fs.get(path);
      ctx.err(`fdisk: cannot open ${dev}: ${node ? 'Inappropriate ioctl for device' : 'No such file or directory'}\n`);
      status = 1;
      continue;
    }
    if (!isRoot(ctx)) {
      ctx.err(`fdisk: cannot open ${dev}: Permission denied\n`);
      status = 1;
      continue;
    }
    if (path === '/dev/sda') out += (out ? '\n\n' : '') + list(ctx, dev, bytesCol);
    else {
      // a partition holds no partition table: its geometry alone
      const p = [{ n: 'sda1', s: 2048 }, { n: 'sda2', s: 4194304 }, { n: 'sda3', s: 2097152 }, { n: 'sda4', s: 14673920 }].find((x) => path.endsWith(x.n))!;
      const bytes = p.s * 512;
      out += (out ? '\n\n' : '') + `Disk ${dev}: ${human(bytes, { space: true, three: true, two: true })}, ${bytes} bytes, ${p.s} sectors\nUnits: sectors of 1 * 512 = 512 bytes\nSector size (logical/physical): 512 bytes / 512 bytes\nI/O size (minimum/optimal): 512 bytes / 512 bytes\n`;
    }
  }
  ctx.out(out);
  return status;
}

def({ name: 'fdisk', summary: 'manipulate disk partition table', available: linuxOnly, spec, run: fdisk });
