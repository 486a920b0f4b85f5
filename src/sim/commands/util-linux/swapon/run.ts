// swapon of util-linux 2.37 (options and help in spec.ts): without arguments or with --show the table of
// active swap areas (commands/lib/swaps.ts), -s the /proc/swaps summary, -a turns on what /etc/fstab lists, and a
// file or device operand is checked as sys-utils/swapon.c's swapon_checks() does (permissions, owner, holes, the
// header mkswap wrote) before the kernel takes it (EBUSY when it is on already, EPERM for a user).
import type { CommandContext } from '../../../context';
import type { FileNode } from '../../../fs';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { kmsg, swapLine } from '../../lib/kmsg';
import { ownerOf } from '../../lib/files';
import { fileSize } from '../../lib/inode';
import { nextPriority, procSwaps, swapAreas } from '../../lib/swaps';
import { humanSize, readHeader } from '../lib/swap-header';
import { spec } from './spec';

const COLS: Record<string, { right?: boolean }> = { NAME: {}, TYPE: {}, SIZE: { right: true }, USED: { right: true }, PRIO: { right: true }, UUID: {}, LABEL: {} };

function show(ctx: CommandContext): number {
  const o = ctx.opts!;
  const list = o.str('show');
  const cols = list ? list.split(',').map((c) => c.toUpperCase()) : ['NAME', 'TYPE', 'SIZE', 'USED', 'PRIO'];
  const bad = cols.find((c) => !COLS[c]);
  if (bad) {
    ctx.err(`swapon: unknown column: ${list!.split(',')[cols.indexOf(bad)]}\n`);
    return 1;
  }
  const areas = swapAreas(ctx.host.sys);
  if (!areas.length) return 0;
  const bytes = o.has('bytes');
  const rows = areas.map((a) => {
    const f = a.type === 'file' ? ctx.host.fs.get(a.name) : null;
    const hdr = f?.type === 'file' ? readHeader(f) : null;
    const v: Record<string, string> = {
      NAME: a.name,
      TYPE: a.type,
      SIZE: bytes ? String(a.kb * 1024) : humanSize(a.kb * 1024),
      USED: bytes ? '0' : '0B',
      PRIO: String(a.prio),
      UUID: hdr ? [...hdr.uuid].map((x) => x.toString(16).padStart(2, '0')).join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-') : '',
      LABEL: hdr?.label ?? '',
    };
    return cols.map((c) => v[c]);
  });
  const all = o.has('noheadings') ? rows : [cols, ...rows];
  if (o.has('raw')) {
    ctx.out(all.map((r) => r.join(' ') + '\n').join(''));
    return 0;
  }
  const w = cols.map((_c, k) => Math.max(...all.map((r) => r[k].length)));
  ctx.out(all.map((r) => r.map((v, k) => (COLS[cols[k]].right ? v.padStart(w[k]) : k === r.length - 1 ? v : v.padEnd(w[k]))).join(' ') + '\n').join(''));
  return 0;
}

/** do_swapon() for one operand: 0, or -1 (the exit status is then 255). */
function swaponOne(ctx: CommandContext, spec: string): number {
  const sys = ctx.host.sys!;
  const path = ctx.resolve(spec);
  const warn = (m: string) => ctx.err(`swapon: ${m}\n`);
  if (path === '/dev/sda2') {
    if (!isRoot(ctx)) return warn(`cannot open ${path}: Permission denied`), -1;
    if (sys.swapOn) return warn(`${path}: swapon failed: Device or resource busy`), -1;
    kmsg(ctx.host, ctx.world.now, swapLine(ctx.host));
    sys.swapOn = true;
    return 0;
  }
  const node = ctx.host.fs.get(path);
  // mnt_resolve_spec() canonicalizes only a path that exists
  if (!node) return warn(`cannot open ${spec}: No such file or directory`), -1;
  if (node.type !== 'file') return warn(node.type === 'dir' ? `${path}: read swap header failed` : `cannot open ${path}: Permission denied`), -1;
  const f = node as FileNode;
  if (path.startsWith('/root/') && !isRoot(ctx)) return warn(`cannot open ${path}: Permission denied`), -1;
  if ((f.mode & 0o7077) !== 0) warn(`${path}: insecure permissions ${(f.mode & 0o7777).toString(8).padStart(4, '0')}, 0600 suggested.`);
  const own = ownerOf(f, path).user;
  if (own !== 'root') warn(`${path}: insecure file owner ${ctx.host.users.get(own)?.uid ?? 1000}, 0 (root) suggested.`);
  if (f.holes) return warn(`${path}: skipping - it appears to have holes.`), -1;
  const hdr = readHeader(f);
  if (!hdr) return warn(`${path}: read swap header failed`), -1;
  if (ctx.opts!.has('verbose')) {
    warn(`${path}: found signature [pagesize=4096, signature=swap]`);
    warn(`${path}: pagesize=4096, swapsize=${(hdr.lastPage + 1) * 4096}, devsize=${fileSize(f)}`);
    ctx.out(`swapon ${path}\n`);
  }
  if (!isRoot(ctx)) return warn(`${path}: swapon failed: Operation not permitted`), -1;
  if (swapAreas(sys).some((a) => a.name === path)) return warn(`${path}: swapon failed: Device or resource busy`), -1;
  const prio = ctx.opts!.str('priority');
  const kb = Math.min(hdr.lastPage, Math.floor(fileSize(f) / 4096) - 1) * 4;
  (sys.swapFiles ??= []).push({ path, kb, prio: prio !== undefined ? Number(prio) : nextPriority(sys) });
  kmsg(ctx.host, ctx.world.now, `Adding ${kb}k swap on ${path}.  Priority:${prio ?? sys.swapFiles[sys.swapFiles.length - 1].prio} extents:1 across:${kb}k FS`);
  return 0;
}

def({
  name: 'swapon',
  summary: 'enable devices and files for paging and swapping',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const opts = ctx.opts;
    const operands = ctx.operands ?? [];
    if (opts?.has('summary')) {
      ctx.out(swapAreas(sys).length ? procSwaps(sys) : '');
      return 0;
    }
    if (opts?.has('show') || (!opts?.has('all') && !opts?.has('L') && !opts?.has('U') && !operands.length)) return show(ctx);
    let status = 0;
    if (opts?.has('all')) {
      if (!isRoot(ctx)) {
        ctx.err('swapon: Not superuser.\n');
        return 1;
      }
      const fstab = ctx.host.fs.read('/etc/fstab');
      if (typeof fstab === 'string' && /^\s*[^#\s].*\sswap\s/m.test(fstab) && !sys.swapOn) {
        kmsg(ctx.host, ctx.world.now, swapLine(ctx.host));
        sys.swapOn = true;
      }
    }
    for (const op of operands) status |= swaponOne(ctx, op);
    return status ? 255 : 0;
  },
});
