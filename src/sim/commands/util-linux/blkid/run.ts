// blkid of util-linux 2.37.4 (options and help in spec.ts). blkid reads the devices themselves: a user may not
// open /dev/sda*, so without root it finds nothing and exits 2 (BLKID_EXIT_NOTFOUND) with no output; root gets
// each device's tags as "<dev>: TAG="value" ..." in the order libblkid probes them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { isRoot } from '../../lib/guest';
import { PARTITIONS, partuuid } from '../../lib/mounts';
import { attachedLoops, targetOf } from '../../lib/loops';
import { probe, probeTags } from '../../lib/fs-super';
import { canRead } from '../../../util';
import type { FileNode } from '../../../fs';
import { readHeader, uuidString } from '../lib/swap-header';
import { tableTags } from '../../parted/label';

const EX_NOTFOUND = 2;

/** What libblkid finds in an image file, a loop device's file or sda1's bytes (lib/fs-super.ts, the swap header). */
function nodeTags(f: FileNode | undefined): [string, string][] {
  if (!f) return [];
  const p = probe(f);
  if (p?.type === 'swap') {
    const h = readHeader(f);
    return h ? [...(h.label ? [['LABEL', h.label] as [string, string]] : []), ['UUID', uuidString(h.uuid)], ['TYPE', 'swap']] : [];
  }
  // a partition table (parted's mklabel): PTUUID and PTTYPE, as libblkid's partition probes report a whole disk
  return p ? probeTags(p, uuidString) : tableTags(f);
}

function tags(host: string, p: (typeof PARTITIONS)[number]): [string, string][] {
  const t: [string, string][] = [];
  if (p.uuid) t.push(['UUID', p.uuid]);
  if (p.type === 'xfs') t.push(['BLOCK_SIZE', '512']);
  if (p.type) t.push(['TYPE', p.type]);
  t.push(['PARTUUID', partuuid(host, p.name)]);
  return t;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const host = ctx.host.id;
  const want = o.all('match-tag');
  const format = o.str('output') ?? 'full';
  if (!['full', 'value', 'device', 'export', 'list', 'udev'].includes(format)) {
    ctx.err(`blkid: unsupported output format ${format}\n`);
    return 4;
  }
  // -L / -U: the device of a label or UUID (read through udev's /dev/disk/by-* links, which anyone may)
  const byTag = o.str('uuid') ?? o.str('label');
  if (byTag !== undefined) {
    const p = o.str('uuid') !== undefined ? PARTITIONS.find((x) => x.uuid === byTag) : undefined;
    if (!p) return EX_NOTFOUND;
    ctx.out(`/dev/${p.name}\n`);
    return 0;
  }
  // the devices themselves are root's to read (a user's blkid finds nothing on them); image files anyone who may
  // read them; sda1 holds what a mkfs tool wrote there, and the loop devices their files' file systems
  const rows: [string, [string, string][]][] = [];
  const sda1 = (): [string, string][] => {
    const t = nodeTags((targetOf(ctx.host, '/dev/sda1') as { node: FileNode }).node);
    return t.length ? [...t, ['PARTUUID', partuuid(host, 'sda1')]] : tags(host, PARTITIONS[0]);
  };
  const loopTags = (abs: string): [string, string][] => {
    const t = targetOf(ctx.host, abs);
    return t.kind === 'loop' ? nodeTags(t.node) : [];
  };
  if (!ops.length) {
    if (!isRoot(ctx)) return EX_NOTFOUND;
    for (const p of PARTITIONS) rows.push([`/dev/${p.name}`, p.name === 'sda1' ? sda1() : tags(host, p)]);
    for (const l of attachedLoops(ctx.host)) rows.push([`/dev/loop${l.n}`, loopTags(`/dev/loop${l.n}`)]);
  }
  for (const d of ops) {
    const abs = ctx.resolve(d);
    const p = PARTITIONS.find((x) => '/dev/' + x.name === abs);
    if (p || abs.startsWith('/dev/')) {
      if (!isRoot(ctx)) continue;
      rows.push([d, p ? (p.name === 'sda1' ? sda1() : tags(host, p)) : loopTags(abs)]);
      continue;
    }
    const t = targetOf(ctx.host, abs);
    if (t.kind === 'file' && canRead(ctx.frame.user, abs)) rows.push([d, nodeTags(t.node)]);
  }
  let found = false;
  let out = '';
  for (const [dev, all] of rows) {
    const t = all.filter(([k]) => !want.length || want.includes(k));
    if (!t.length) continue;
    found = true;
    if (format === 'value') out += t.map(([, v]) => v + '\n').join('');
    else if (format === 'device') out += dev + '\n';
    else if (format === 'export') out += `DEVNAME=${dev}\n` + t.map(([k, v]) => `${k}=${v}\n`).join('') + '\n';
    else out += `${dev}: ${t.map(([k, v]) => `${k}="${v}"`).join(' ')}\n`;
  }
  ctx.out(format === 'export' ? out.replace(/\n$/, '') : out);
  return found ? 0 : EX_NOTFOUND;
}
