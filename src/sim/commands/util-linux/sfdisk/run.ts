// sfdisk of util-linux 2.37.4 (disk-utils/sfdisk.c) reading the box's disk (util-linux/lib/disk.ts): -l lists it as
// fdisk -l does (the same fdisk-list.c), -d dumps the table as a script (label, label-id, device, unit, first-lba,
// last-lba, sector-size, then each partition with its type and PARTUUID), -s prints the size in 1 KiB blocks. A user
// cannot open the disk. Writing a table (a script on standard input) stops at the disk-in-use check, as without
// --force; with it, the writing is not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { DISK_SECTORS, diskGuid, GPT_PARTS } from '../lib/disk';
import { partuuid } from '../../lib/mounts';
import { list } from '../fdisk/run';
import { spec } from './spec';

const TYPES: Record<string, string> = { 'BIOS boot': '21686148-6449-6E6F-744E-656564454649', 'Linux swap': '0657FD6D-A4AB-43C4-84E5-0933C84B4F4F', 'Linux filesystem': '0FC63DAF-8483-4772-8E79-3D69D8477DE4' };

function* sfdisk(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const fail = (m: string) => {
    ctx.err(`sfdisk: ${m}\n`);
    return 1;
  };
  const devs = ops.length ? ops : [];
  const check = (d: string): string | null => {
    const p = ctx.resolve(d);
    if (p !== '/dev/sda' && !/^\/dev\/sda[1-4]$/.test(p)) return `cannot open ${d}: No such file or directory`;
    if (!isRoot(ctx)) return `cannot open ${d}: Permission denied`;
    return null;
  };
  if (o.has('list')) {
    if (!devs.length) {
      if (isRoot(ctx)) ctx.out(list(ctx, '/dev/sda', o.has('bytes')));
      return 0;
    }
    let out = '';
    for (const d of devs) {
      const e = check(d);
      if (e) {
        ctx.out(out);
        return fail(e);
      }
      if (ctx.resolve(d) === '/dev/sda') out += (out ? '\n' : '') + list(ctx, d, o.has('bytes'));
    }
    ctx.out(out);
    return 0;
  }
  if (o.has('show-size')) {
    let out = '';
    for (const d of devs.length ? devs : ['/dev/sda']) {
      const e = check(d);
      if (e) return ctx.out(out), fail(e);
      const p = GPT_PARTS.find((x) => '/dev/' + x.name === ctx.resolve(d));
      out += `${(p ? p.end - p.start + 1 : DISK_SECTORS) / 2}\n`;
    }
    ctx.out(out);
    return 0;
  }
  if (o.has('dump')) {
    if (devs.length !== 1) return fail('no disk device specified');
    const e = check(devs[0]);
    if (e) return fail(e);
    if (ctx.resolve(devs[0]) !== '/dev/sda') return fail(`${devs[0]}: does not contain a recognized partition table`);
    const d = devs[0];
    let out = `label: gpt\nlabel-id: ${diskGuid(ctx.host)}\ndevice: ${d}\nunit: sectors\nfirst-lba: 2048\nlast-lba: ${DISK_SECTORS - 34}\nsector-size: 512\n\n`;
    for (const p of GPT_PARTS) {
      out += `${d + p.name.slice(3)} : start=${String(p.start).padStart(12)}, size=${String(p.end - p.start + 1).padStart(12)}, type=${TYPES[p.type]}, uuid=${partuuid(ctx.host.id, p.name).toUpperCase()}\n`;
    }
    ctx.out(out);
    return 0;
  }
  if (!devs.length) return fail('no disk device specified');
  const e = check(devs[0]);
  if (e) return fail(e);
  // writing a table: the disk holds the mounted root and /boot (fdisk_device_is_used()), so sfdisk stops unless
  // --force; what it would write then is not modelled
  if (!o.has('quiet')) ctx.out('Checking that no-one is using this disk right now ... FAILED\n\n');
  ctx.err('This disk is currently in use - repartitioning is probably a bad idea.\nUmount all file systems, and swapoff all swap partitions on this disk.\nUse the --no-reread flag to suppress this check.\n\n');
  return fail('Use the --force flag to overrule all checks.');
}

def({ name: 'sfdisk', summary: 'display or manipulate a disk partition table', available: linuxOnly, spec, run: sfdisk });
