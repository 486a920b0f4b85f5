// blkid of util-linux 2.37.4 (options and help in spec.ts). blkid reads the devices themselves: a user may not
// open /dev/sda*, so without root it finds nothing and exits 2 (BLKID_EXIT_NOTFOUND) with no output; root gets
// each device's tags as "<dev>: TAG="value" ..." in the order libblkid probes them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { isRoot } from '../../lib/guest';
import { PARTITIONS, partuuid } from '../../lib/mounts';

const EX_NOTFOUND = 2;

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
  // the devices themselves are root's to read; a user's blkid finds nothing
  if (!isRoot(ctx)) return EX_NOTFOUND;
  const parts = ops.length ? ops.map((d) => PARTITIONS.find((x) => '/dev/' + x.name === d)) : PARTITIONS;
  let found = false;
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    const t = tags(host, p).filter(([k]) => !want.length || want.includes(k));
    if (!t.length) continue;
    found = true;
    const dev = `/dev/${p.name}`;
    if (format === 'value') out += t.map(([, v]) => v + '\n').join('');
    else if (format === 'device') out += dev + '\n';
    else if (format === 'export') out += `DEVNAME=${dev}\n` + t.map(([k, v]) => `${k}=${v}\n`).join('') + '\n';
    else out += `${dev}: ${t.map(([k, v]) => `${k}="${v}"`).join(' ')}\n`;
  }
  ctx.out(format === 'export' ? out.replace(/\n$/, '') : out);
  return found ? 0 : EX_NOTFOUND;
}
