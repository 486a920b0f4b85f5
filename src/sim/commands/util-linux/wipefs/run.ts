// wipefs of util-linux 2.37.4 (misc-utils/wipefs.c): the signatures libblkid finds on a device or file: the swap
// header mkswap writes (SWAPSPACE2 at 0xff6, with its UUID and label), and on the box's disk the GPT (primary,
// backup) and protective MBR, the swap partition's and the XFS file systems' signatures. -a erases them from a
// file or a loop device's file (ext2/3/4 and XFS magics too; -n: only says so); the box's disk and partitions are in use (O_EXCL: EBUSY). A user cannot open the disk.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FileNode } from '../../../fs';
import { def } from '../../lib/guest';
import { PARTITIONS } from '../../lib/mounts';
import { canWrite } from '../../../util';
import { fromBytes, toBytes } from '../../lib/bytes';
import { DISK_SECTORS } from '../lib/disk';
import { readHeader, uuidString } from '../lib/swap-header';
import { probe } from '../../lib/fs-super';
import { mountedAt, targetOf } from '../../lib/loops';
import { spec } from './spec';

interface Sig {
  offset: number;
  type: string;
  uuid: string;
  label: string;
  bytes?: number[];
}

function* wipefs(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (!ops.length) {
    ctx.err("wipefs: no device specified\nTry 'wipefs --help' for more information.\n");
    return 1;
  }
  const probeFail = (dev: string, why: string) => {
    ctx.err(`wipefs: error: ${dev}: probing initialization failed: ${why}\n`);
    return 1;
  };
  let rows: { dev: string; s: Sig }[] = [];
  for (const dev of ops) {
    const abs = ctx.resolve(dev);
    const part = /^\/dev\/(sda[1-4]?)$/.exec(abs)?.[1];
    let sigs: Sig[] = [];
    if (part) {
      if (ctx.frame.user !== 'root') return probeFail(dev, 'Permission denied');
      if (o.has('all') && !o.has('no-act')) return probeFail(dev, 'Device or resource busy');
      if (part === 'sda') sigs = [{ offset: 0x200, type: 'gpt', uuid: '', label: '' }, { offset: (DISK_SECTORS - 1) * 512, type: 'gpt', uuid: '', label: '' }, { offset: 0x1fe, type: 'PMBR', uuid: '', label: '' }];
      else {
        const p = PARTITIONS.find((x) => x.name === part)!;
        if (p.type === 'swap') sigs = [{ offset: 0xff6, type: 'swap', uuid: p.uuid, label: '' }];
        else if (p.type === 'xfs') sigs = [{ offset: 0, type: 'xfs', uuid: p.uuid, label: '' }];
      }
    } else {
      // an image file, or a loop device (root's) and its backing file
      const t = targetOf(ctx.host, abs);
      if (t.kind === 'loop' && ctx.frame.user !== 'root') return probeFail(dev, 'Permission denied');
      // a mounted device is opened with O_EXCL to be wiped: EBUSY
      if (t.kind === 'loop' && o.has('all') && !o.has('no-act') && mountedAt(ctx.host, abs)) return probeFail(dev, 'Device or resource busy');
      const node = t.kind === 'file' || t.kind === 'loop' ? t.node : ctx.host.fs.get(abs);
      if (!node) return probeFail(dev, t.kind === 'loop' ? 'No such device or address' : 'No such file or directory');
      if (node.type === 'file') {
        const h = readHeader(node);
        const p = probe(node);
        if (h) sigs = [{ offset: 0xff6, type: 'swap', uuid: uuidString(h.uuid), label: h.label, bytes: [...new TextEncoder().encode('SWAPSPACE2')] }];
        else if (p && p.type !== 'swap') {
          // libblkid's magic of each: ext2/3/4 s_magic at 0x438 (0x53 0xef), XFS "XFSB" at 0
          const s = p.type === 'xfs' ? p.xfs : p.ext;
          sigs = [{ offset: p.type === 'xfs' ? 0 : 0x438, type: p.type, uuid: uuidString(s.uuid), label: s.label, bytes: p.type === 'xfs' ? [0x58, 0x46, 0x53, 0x42] : [0x53, 0xef] }];
        }
      }
      if (o.has('all') && sigs.length) {
        for (const s of sigs) ctx.out(`${dev}: ${s.bytes!.length} bytes were erased at offset 0x${s.offset.toString(16).padStart(8, '0')} (${s.type}): ${s.bytes!.map((b) => b.toString(16).padStart(2, '0')).join(' ')}\n`);
        if (!o.has('no-act')) {
          if (!canWrite(ctx.frame.user, node === ctx.host.fs.get(abs) ? abs : (targetOf(ctx.host, abs) as { loop: { file: string } }).loop.file)) return probeFail(dev, 'Permission denied');
          const f = node as FileNode;
          const b = toBytes(f.content);
          for (const sg of sigs) b.fill(0, sg.offset, sg.offset + sg.bytes!.length);
          f.content = fromBytes(b);
          ctx.host.fs.modified(f);
        }
        continue;
      }
    }
    if (o.has('all')) continue;
    const name = dev.replace(/.*\//, '');
    rows = rows.concat(sigs.map((s) => ({ dev: name, s })));
  }
  if (o.has('all')) return 0;
  const hex = (n: number) => '0x' + n.toString(16);
  if (o.has('parsable')) {
    ctx.out(rows.map(({ s }) => `${hex(s.offset)},${s.uuid},${s.label},${s.type}\n`).join(''));
    return 0;
  }
  if (o.has('json')) {
    const items = rows.map(({ dev, s }) => `      {\n         "device": "${dev}",\n         "offset": "${hex(s.offset)}",\n         "type": "${s.type}",\n         "uuid": ${s.uuid ? `"${s.uuid}"` : 'null'},\n         "label": ${s.label ? `"${s.label}"` : 'null'}\n      }`);
    ctx.out(`{\n   "signatures": [\n${items.join(',').replace(/\}\n?,\s*\{/g, '},{')}\n   ]\n}\n`);
    return 0;
  }
  if (!rows.length) return 0;
  const head = ['DEVICE', 'OFFSET', 'TYPE', 'UUID', 'LABEL'];
  const cells = rows.map(({ dev, s }) => [dev, hex(s.offset), s.type, s.uuid, s.label]);
  const table = o.has('noheadings') ? cells : [head, ...cells];
  // libsmartcols sizes the columns with their headers, printed or not
  const w = head.map((_h, k) => Math.max(...[head, ...cells].map((r) => r[k].length)));
  ctx.out(table.map((r) => r.map((v, k) => (k === r.length - 1 ? v : v.padEnd(w[k]))).join(' ') + '\n').join(''));
  return 0;
}

def({ name: 'wipefs', summary: 'wipe a signature from a device', spec, run: wipefs });
