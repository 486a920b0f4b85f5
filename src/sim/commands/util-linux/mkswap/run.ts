// mkswap of util-linux 2.37.4 (disk-utils/mkswap.c) on a file: the size (all of it, or the 1 KiB blocks given),
// at least 10 pages; warnings for permissions other than 0600, a non-root owner (as root) and holes (the FIEMAP check:
// a file grown by truncate or dd seek); then the header (lib/swap-header.ts) with a UUID and -L label, and
// "Setting up swapspace version 1, size = ...". The swap partition and other block devices are left to the world:
// /dev/sda2 is in use as swap while swapon has it (the kernel's EBUSY), and other devices are not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FileNode } from '../../../fs';
import { canWrite } from '../../../util';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { ownerOf } from '../../lib/files';
import { fileSize } from '../../lib/inode';
import { swapAreas } from '../../lib/swaps';
import { derivedUuid, humanSize, PAGE, uuidString, writeHeader } from '../lib/swap-header';
import { spec } from './spec';

function* mkswap(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const err = (m: string) => ctx.err(`mkswap: ${m}\n`);
  const ops = ctx.operands ?? [];
  if (ops.length > 2) {
    err('only one device argument is currently supported');
    ctx.err("Try 'mkswap --help' for more information.\n");
    return 1;
  }
  const uuidArg = o.str('uuid');
  let uuid: Uint8Array;
  if (uuidArg !== undefined) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuidArg)) {
      err('error: parsing UUID failed');
      return 1;
    }
    uuid = Uint8Array.from(uuidArg.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16));
  } else uuid = derivedUuid(`mkswap:${ctx.host.hostname}:${ops[0] ?? ''}:${ctx.world.now}`);
  const version = o.str('swapversion');
  if (version !== undefined && version !== '1') {
    err(/^-?\d+$/.test(version) ? `swapspace version ${version} is not supported` : `parsing version number failed: '${version}'`);
    return 1;
  }
  const name = ops[0];
  if (!name) {
    err('error: Nowhere to set up swap on?');
    ctx.err("Try 'mkswap --help' for more information.\n");
    return 1;
  }
  const abs = ctx.resolve(name);
  const fs = ctx.host.fs;
  const node = fs.get(abs);
  const active = swapAreas(ctx.host.sys).some((a) => a.name === abs);
  if (abs.startsWith('/dev/')) {
    if (!isRoot(ctx)) {
      err(`cannot open ${name}: Permission denied`);
      return 1;
    }
    err(active ? `error: ${name} is mounted; will not make swapspace` : `cannot open ${name}: ${node ? 'Device or resource busy' : 'No such file or directory'}`);
    return 1;
  }
  if (!node) {
    err(`cannot open ${name}: No such file or directory`);
    return 1;
  }
  if (node.type === 'dir') {
    err(`cannot open ${name}: Is a directory`);
    return 1;
  }
  if (node.type !== 'file' || !canWrite(ctx.frame.user, abs)) {
    err(`cannot open ${name}: Permission denied`);
    return 1;
  }
  const f = node as FileNode;
  const size = fileSize(f);
  const devPages = Math.floor(size / PAGE);
  let npages = devPages;
  if (ops[1] !== undefined) {
    if (!/^\s*\d+$/.test(ops[1])) {
      err(`invalid block count argument: '${ops[1]}'`);
      return 1;
    }
    npages = Math.floor(Number(ops[1]) / (PAGE / 1024));
    if (npages > devPages && !o.has('force')) {
      err(`error: size ${npages * 4} KiB is larger than device size ${devPages * 4} KiB`);
      return 1;
    }
  }
  if (npages < 10) {
    err('error: swap area needs to be at least 40 KiB');
    return 1;
  }
  if (active) {
    err(`error: ${name} is mounted; will not make swapspace`);
    return 1;
  }
  if ((f.mode & 0o7077) !== 0) err(`${name}: insecure permissions ${(f.mode & 0o7777).toString(8).padStart(4, '0')}, fix with: chmod 0600 ${name}`);
  const own = ownerOf(f, abs).user;
  if (isRoot(ctx) && own !== 'root') {
    const uid = ctx.host.users.get(own)?.uid ?? 1000;
    err(`${name}: insecure file owner ${uid}, fix with: chown 0:0 ${name}`);
  }
  if (f.holes) {
    ctx.err(`\nmkswap: ${name} contains holes or other unsupported extents.\n        This swap file can be rejected by kernel on swap activation!\n`);
    ctx.err(o.has('verbose') ? '\n' : '        Use --verbose for more details.\n');
    // check_extents() ends its report with an empty line
    ctx.err('\n');
  }
  const bytes = (npages - 1) * PAGE;
  ctx.out(`Setting up swapspace version 1, size = ${humanSize(bytes, { space: true, threeLetter: true })} (${bytes} bytes)\n`);
  let label = o.str('label') ?? '';
  if (new TextEncoder().encode(label).length > 16) {
    err('Label was truncated.');
    label = new TextDecoder().decode(new TextEncoder().encode(label).subarray(0, 16));
  }
  ctx.out(`${label ? `LABEL=${label}, ` : 'no label, '}UUID=${uuidString(uuid)}\n`);
  writeHeader(f, npages, uuid, label);
  fs.modified(f);
  return 0;
}

def({ name: 'mkswap', summary: 'set up a Linux swap area', available: linuxOnly, spec, run: mkswap });
