// fsck of util-linux 2.37.4 (disk-utils/fsck.c parse_argv(), main(), fsck_device(), execute()): the front end
// prints its title, finds each device's type (its /etc/fstab line, else what libblkid probes, else -t, else ext2)
// and runs fsck.<type> with the options it does not take itself (gathered into one word) and the device. Only
// words starting with "/" are devices; with none, the file systems of /etc/fstab with a pass number are checked
// (the box's have 0). A checker that is not there is an error for the types fsck insists on (ext2/3/4, minix,
// jfs, reiserfs) and skipped for the others (fsck.xfs is not modelled: DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { def, linuxOnly } from '../../lib/guest';
import { targetOf } from '../../lib/loops';
import { PARTITIONS } from '../../lib/mounts';
import { probe } from '../../lib/fs-super';
import { runArgv } from '../../../shell/bash';
import { help, version } from './help';
import { spec } from './spec';

const REALLY_WANTED = ['minix', 'ext2', 'ext3', 'ext4', 'ext4dev', 'jfs', 'reiserfs'];
const FSCK_EX_ERROR = 8;
const FSCK_EX_USAGE = 16;

/** The type libblkid finds on a device or an image file (mnt_get_fstype()). */
function probedType(ctx: CommandContext, abs: string): string | undefined {
  const t = targetOf(ctx.host, abs);
  if (t.kind === 'busy') return PARTITIONS.find((p) => `/dev/${p.name}` === abs)?.type || undefined;
  const node = t.kind === 'file' || t.kind === 'sda1' ? t.node : t.kind === 'loop' ? t.node : undefined;
  return node ? probe(node)?.type : undefined;
}

/** The /etc/fstab line for a device (its source as written, or the UUID= of a box partition). */
function fstabEntry(ctx: CommandContext, dev: string): { target: string; type: string } | undefined {
  const text = ctx.host.fs.read('/etc/fstab') ?? '';
  const part = PARTITIONS.find((p) => `/dev/${p.name}` === dev);
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 3 || f[0].startsWith('#')) continue;
    if (f[0] === dev || (part?.uuid && f[0] === `UUID=${part.uuid}`)) return { target: f[1], type: f[2] };
  }
  return undefined;
}

function* fsck(ctx: CommandContext): CommandRun {
  const devices: string[] = [];
  const args: string[] = [];
  let forFsck = false;
  let notitle = false;
  let verbose = 0;
  let noexec = false;
  let serialize = false;
  let fstype: string | undefined;
  const a = ctx.args;
  for (let i = 0; i < a.length; i++) {
    const arg = a[i];
    if (!forFsck && arg === '--help') {
      ctx.out(help);
      return 0;
    }
    if (!forFsck && arg === '--version') {
      ctx.out(version);
      return 0;
    }
    if ((arg.startsWith('/') && !forFsck) || arg.includes('=')) {
      if (arg.includes('=') && !arg.startsWith('/')) {
        ctx.err(ctx.frame.user === 'root' ? `fsck: couldn't find matching filesystem: ${arg}\n` : `fsck: must be root to scan for matching filesystems: ${arg}\n`);
        return FSCK_EX_ERROR;
      }
      devices.push(arg);
      continue;
    }
    if (!arg.startsWith('-') || forFsck) {
      args.push(arg);
      continue;
    }
    let opts = '';
    let j = 1;
    for (; j < arg.length; j++) {
      const c = arg[j];
      if (forFsck) {
        opts += c;
        continue;
      }
      if (c === 'V') verbose++;
      else if (c === 'N') noexec = true;
      else if (c === 'T') notitle = true;
      else if (c === 's') serialize = true;
      else if ('AlRMPCr'.includes(c)) continue;
      else if (c === 't') {
        if (fstype !== undefined) {
          ctx.err("fsck: option '-t' may be specified only once\n");
          return FSCK_EX_USAGE;
        }
        if (j + 1 < arg.length) fstype = arg.slice(j + 1);
        else if (i + 1 < a.length) fstype = a[++i];
        else {
          ctx.err("fsck: option '-t' requires an argument\n");
          return FSCK_EX_USAGE;
        }
        break;
      } else if (c === '-') forFsck = true;
      else if (c === '?') {
        ctx.out(help);
        return 0;
      } else opts += c;
    }
    if (opts) args.push(`-${opts}`);
  }
  if (!notitle) ctx.out(version);
  if (!devices.length) {
    // check_all(): the box's fstab has no file system with a pass number
    if (verbose) ctx.out('Checking all file systems.\n');
    return 0;
  }
  const interactive = devices.length === 1 || serialize;
  let status = 0;
  let running = 0;
  for (const dev of devices) {
    const abs = ctx.resolve(dev);
    const entry = fstabEntry(ctx, dev);
    let type = entry && entry.type !== 'auto' ? entry.type : probedType(ctx, abs);
    if (!type) type = fstype && !/^(no|opts=|loop)/.test(fstype) && !fstype.includes(',') ? fstype : 'ext2';
    const prog = `fsck.${type}`;
    const d = findCommand('bash', prog);
    if (!d || (d.available && !d.available(ctx.host, ctx.world))) {
      if (REALLY_WANTED.includes(type)) {
        ctx.err(`fsck: error 2 (No such file or directory) while executing ${prog} for ${dev}\n`);
        status |= FSCK_EX_ERROR;
      }
      continue;
    }
    running++;
    const argv = [prog, ...args, dev];
    if (verbose || noexec) ctx.out(`[/usr/sbin/${prog} (${running}) -- ${entry?.target ?? dev}] ${argv.map((w) => `${w} `).join('')}\n`);
    if (noexec) continue;
    // a checker of several devices at once runs with its standard input closed
    const rt = { world: ctx.world, hooks: ctx.session };
    const code = yield* runArgv(rt, ctx.frame, argv, { out: ctx.out, err: ctx.err, tty: ctx.tty && interactive }, interactive ? ctx.stdin : '');
    status |= code;
    running--;
  }
  return status;
}

def({ name: 'fsck', summary: 'check and repair a Linux filesystem', available: linuxOnly, spec, run: fsck });
