// xfs_admin of xfsprogs 6.4.0 (db/xfs_admin.sh, run by /bin/sh -f: bash's getopts "c:efjlL:O:pr:uU:V"). On a
// mounted XFS (findmnt -t xfs of the device or mount point) -l, -u and -L go to xfs_io's label and fsuuid
// commands (io/label.c, io/fsuuid.c; the kernel takes a label of up to 12 bytes) and the offline options are
// refused; otherwise xfs_db -x runs the label and uuid commands (db/sb.c) on the superblock mkfs.xfs wrote
// (lib/fs-super.ts). What is left out: DIFFERENCES.md in this folder.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FileNode } from '../../../fs';
import { def, isRoot } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { canRead, canWrite } from '../../../util';
import { mounts, PARTITIONS } from '../../lib/mounts';
import { keepSda1, targetOf } from '../../lib/loops';
import { probe, writeXfs, type XfsSuper } from '../../lib/fs-super';
import { toBytes } from '../../lib/bytes';
import { derivedUuid, uuidString } from '../../util-linux/lib/swap-header';
import { spec } from './spec';

const USAGE = 'Usage: xfs_admin [-efjlpuV] [-c 0|1] [-L label] [-O v5_feature] [-r rtdev] [-U uuid] device [logdev]\n';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const parse = (u: string) => Uint8Array.from(u.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16));

function* xfsAdmin(ctx: CommandContext): CommandRun {
  const self = ctx.name.includes('/') ? ctx.name : `/usr/sbin/${ctx.name}`;
  const ops: [string, string?][] = [];
  const args = [...ctx.args];
  // bash getopts: option words up to the first operand or --
  while (args.length && /^-./.test(args[0])) {
    const w = args.shift()!;
    if (w === '--') break;
    for (let k = 1; k < w.length; k++) {
      const c = w[k];
      if (!'cefjlLOprUuV'.includes(c)) {
        ctx.err(`${self}: illegal option -- ${c}\n${USAGE}`);
        return 2;
      }
      if ('cLOrU'.includes(c)) {
        const a = k + 1 < w.length ? w.slice(k + 1) : args.shift();
        if (a === undefined) {
          ctx.err(`${self}: option requires an argument -- ${c}\n${USAGE}`);
          return 2;
        }
        ops.push([c, a]);
        break;
      }
      if (c === 'V') {
        ctx.out('xfs_admin version 6.4.0\n');
        return 0;
      }
      ops.push([c]);
    }
  }
  if (args.length < 1 || args.length > 2) {
    ctx.err(USAGE);
    return 2;
  }
  const dev = args[0];
  const abs = ctx.resolve(dev);
  const offline = ops.some(([c]) => 'cefjOprU'.includes(c));
  const io = ops.filter(([c]) => 'luL'.includes(c));
  const m = mounts(ctx.host).find((x) => x.fstype === 'xfs' && (x.target === abs || x.source === abs));
  const part = (src: string) => PARTITIONS.find((p) => '/dev/' + p.name === src);
  if (m) {
    if (offline) {
      ctx.out(`${dev}: filesystem is mounted.\n`);
      return 2;
    }
    if (io.length) {
      const node = part(m.source) ? undefined : (targetOf(ctx.host, m.source) as { node?: FileNode }).node;
      const sb = node ? probe(node) : null;
      const xfs = sb?.type === 'xfs' ? sb.xfs : undefined;
      let label = xfs?.label ?? '';
      let status = 0;
      for (const [c, a] of io) {
        if (c === 'l') ctx.out(`label = "${label}"\n`);
        else if (c === 'u') ctx.out(`UUID = ${xfs ? uuidString(xfs.uuid) : part(m.source)!.uuid}\n`);
        else if (!isRoot(ctx)) {
          ctx.err('label: Operation not permitted\n');
          status = 1;
        } else if (new TextEncoder().encode(a!).length > 12) {
          ctx.err('label: Invalid argument\n');
          status = 1;
        } else {
          label = a!;
          if (node && xfs) {
            writeXfs(node, { ...xfs, label });
            ctx.host.fs.modified(node);
          }
          ctx.out(`label = "${label}"\n`);
        }
      }
      return status;
    }
  }
  const db = ops.filter(([c]) => 'luLU'.includes(c));
  if (!db.length) return 0;
  // xfs_db -x, read-only (-r) when -l or -u is among the options
  const readonly = ops.some(([c]) => c === 'l' || c === 'u');
  const t = targetOf(ctx.host, abs);
  const sdaPart = t.kind === 'busy' ? part(abs) : undefined;
  if (t.kind === 'none') {
    ctx.err(`${dev}: No such file or directory\n\nfatal error -- couldn't initialize XFS library\n`);
    return 1;
  }
  if (t.kind === 'dir') {
    ctx.err(`xfs_admin: cannot open ${dev}: Is a directory\n`);
    return 1;
  }
  const allowed = t.kind === 'file' ? (readonly ? canRead : canWrite)(ctx.frame.user, abs) : isRoot(ctx);
  if (!allowed) {
    ctx.err(`xfs_admin: cannot open ${dev}: Permission denied\n`);
    return 1;
  }
  const node = t.kind === 'file' || t.kind === 'loop' || t.kind === 'sda1' ? t.node : undefined;
  const sb = node ? probe(node) : null;
  let xfs: XfsSuper | undefined = sb?.type === 'xfs' ? sb.xfs : undefined;
  if (!xfs && sdaPart?.type === 'xfs') xfs = { blockSize: 4096, dblocks: 0, sectSize: 512, uuid: parse(sdaPart.uuid), label: '' };
  if (!xfs) {
    const head = node ? toBytes(node.content.slice(0, 4)) : new Uint8Array(0);
    const magic = [0, 1, 2, 3].map((i) => (head[i] ?? 0).toString(16).padStart(2, '0')).join('');
    ctx.err(`xfs_admin: ${dev} is not a valid XFS filesystem (unexpected SB magic number 0x${magic})\nUse -F to force a read attempt.\n`);
    return 1;
  }
  let out = '';
  for (const [c, a] of db) {
    if (c === 'l') out += `label = "${xfs.label}"\n`;
    else if (c === 'u') out += `UUID = ${uuidString(xfs.uuid)}\n`;
    else if (readonly) out += 'xfs_admin: not in expert mode, writing disabled\n';
    else if (c === 'L') {
      let label = a!;
      const len = new TextEncoder().encode(label).length;
      // "writing all SBs" comes before the label is read and cut to the 12 bytes of sb_fname
      out += 'writing all SBs\n';
      if (len > 12) {
        label = new TextDecoder().decode(new TextEncoder().encode(label).subarray(0, 12));
        out += `xfs_admin: truncating label length from ${len} to 12\n`;
      }
      xfs = { ...xfs, label };
      out += `new label = "${label}"\n`;
    } else {
      const v = a!.toLowerCase();
      const uuid = v === 'generate' ? derivedUuid(`xfs_admin:${ctx.host.hostname}:${abs}:${ctx.world.now}`) : v === 'nil' ? new Uint8Array(16) : UUID.test(v) ? parse(v) : undefined;
      if (!uuid) out += 'invalid UUID\n';
      else {
        xfs = { ...xfs, uuid };
        out += `Clearing log and setting UUID\nwriting all SBs\nnew UUID = ${uuidString(uuid)}\n`;
      }
    }
  }
  // the label and UUID written to an image file, loop device or sda1 (the box's partitions are not kept)
  if (node && sb?.type === 'xfs' && !readonly) {
    writeXfs(node, xfs);
    if (t.kind === 'sda1') keepSda1(ctx.host, node, ctx.world.now);
    else ctx.host.fs.modified(node);
  }
  ctx.out(out);
  return 0;
}

def({ name: 'xfs_admin', summary: 'change parameters of an XFS filesystem', available: linuxOnly, spec, run: xfsAdmin });
