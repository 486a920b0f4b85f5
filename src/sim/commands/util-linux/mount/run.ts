// mount of util-linux 2.37.4 (options and help in spec.ts), over the guest's mount table (lib/mounts.ts).
// Without arguments (or with -t, -l only) it lists the table as print_all() does: "%s on %s type %s (%s)".
// Mounting follows sys-utils/mount.c and libmount's messages ("<target>: <reason>."): mount is set-user-ID, so a
// user's request is first judged by libmount (only what /etc/fstab allows with `user`), then retried without root
// rights, where mount(2) refuses ("must be superuser to use mount", status 32). -a mounts what /etc/fstab lists
// and is not mounted yet, skipping swap and / (mnt_context_next_mount); -v says so per entry.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { isRoot } from '../../lib/guest';
import { addMount, mounts, PARTITIONS, type Mount } from '../../lib/mounts';
import { firstFree, targetOf } from '../../lib/loops';
import type { Host } from '../../../types';
import { probe } from '../../lib/fs-super';
import { ext4Mounted } from '../../e2fsprogs/lib/kernel';

/** The loop device libmount would take for an image file: the first free one, or a new one after the last. */
const nextLoop = (host: Host): number => firstFree(host).n;

const EX_USAGE = 1;
const EX_FAIL = 32;
const EX_SOMEOK = 64;

/** mnt_match_fstype() (libmount's match_fstype): "no" before the list negates it all; "no<type>" inside refuses one. */
export function matchFstype(type: string, pattern: string): boolean {
  const no = pattern.startsWith('no');
  const words = (no ? pattern.slice(2) : pattern).split(',');
  const t = type.toLowerCase();
  for (const w of words.map((x) => x.toLowerCase())) {
    if (w === 'no' + t) return false;
    if (w === t) return !no;
  }
  return no;
}

interface FstabEntry {
  source: string;
  target: string;
  fstype: string;
  options: string;
}

function fstab(ctx: CommandContext, path = '/etc/fstab'): FstabEntry[] | null {
  const t = ctx.host.fs.read(path);
  if (/^E[A-Z]+$/.test(t)) return null;
  return t
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/))
    .filter((f) => f.length >= 3)
    .map(([source, target, fstype, options]) => ({ source, target, fstype, options: options ?? 'defaults' }));
}

/** The device a source names: a partition's /dev path or its file system's UUID=. */
function device(source: string): string | null {
  const p = PARTITIONS.find((x) => '/dev/' + x.name === source || (x.uuid && source === 'UUID=' + x.uuid));
  return p ? '/dev/' + p.name : null;
}

/** The options mount(2) ends up with, as the table shows them. */
function effective(fstype: string, options: string, bind: boolean): string {
  const given = options.split(',').filter((o) => o && o !== 'defaults' && o !== 'rw' && o !== 'auto' && o !== 'nouser' && o !== 'async');
  const ro = given.includes('ro');
  const rest = given.filter((o) => o !== 'ro');
  const base = [ro ? 'ro' : 'rw', 'relatime', 'seclabel'];
  if (fstype === 'tmpfs') return [...base, ...rest.filter((o) => !['relatime'].includes(o)), 'inode64'].join(',');
  if (fstype === 'xfs' && !bind) return [...base, 'attr2', 'inode64', 'logbufs=8', 'logbsize=32k', 'noquota'].join(',');
  return [...base, ...rest].join(',');
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const root = isRoot(ctx);
  const types = o.str('types');
  const bind = o.has('bind') || o.has('rbind');
  const verbose = o.has('verbose');
  const fail = (spec: string, why: string, code: number) => {
    ctx.err(`mount: ${spec}: ${why}.\n`);
    return code;
  };
  const oper = bind || o.has('move') || ['shared', 'slave', 'private', 'unbindable'].some((p) => o.has('make-' + p) || o.has('make-r' + p));
  const source = o.str('source') ?? (o.str('uuid') ? 'UUID=' + o.str('uuid') : o.str('label') ? 'LABEL=' + o.str('label') : undefined);
  const target = o.str('target');

  if (!source && !target && !ops.length && !o.has('all')) {
    if (oper || o.has('options')) {
      ctx.err("mount: bad usage\nTry 'mount --help' for more information.\n");
      return EX_USAGE;
    }
    ctx.out(
      mounts(ctx.host)
        .filter((m) => !types || matchFstype(m.fstype, types))
        .map((m) => `${m.source} on ${m.target} type ${m.fstype} (${m.options})\n`)
        .join(''),
    );
    return 0;
  }
  if (oper && (types || o.has('all') || (source && !bind))) {
    ctx.err("mount: bad usage\nTry 'mount --help' for more information.\n");
    return EX_USAGE;
  }

  const tab = fstab(ctx, o.str('fstab')) ?? [];
  const mounted = (t: string) => mounts(ctx.host).some((m) => m.target === t);

  /** One mount(2), with libmount's checks before it; the exit code. */
  const mountOne = (src: string, tgt: string, fstype: string | undefined, options: string): number => {
    const abs = ctx.resolve(tgt);
    if (!ctx.host.fs.exists(abs)) return fail(tgt, 'mount point does not exist', EX_FAIL);
    if (!ctx.host.fs.isDir(abs) && !bind) return fail(tgt, 'mount point is not a directory', EX_FAIL);
    if (!root) return fail(tgt, 'must be superuser to use mount', EX_FAIL);
    const dev = device(src);
    let type = fstype;
    if (bind) {
      const from = ctx.resolve(src);
      if (!ctx.host.fs.exists(from)) return fail(tgt, `special device ${src} does not exist`, EX_FAIL);
      const under = mounts(ctx.host).filter((m) => m.target === '/' || from === m.target || from.startsWith(m.target + '/')).pop() as Mount;
      addMount(ctx.host, ctx.world.now, { source: under.source, target: abs, fstype: under.fstype, options: effective(under.fstype, options, true) });
      return 0;
    }
    if (src.startsWith('/') && !dev && type !== 'tmpfs' && !ctx.host.fs.exists(src)) return fail(tgt, `special device ${src} does not exist`, EX_FAIL);
    // a loop device, sda1 or an image file (libmount sets up a loop device for a regular file, autoclear) holding
    // a file system a mkfs tool wrote (lib/fs-super.ts)
    const blk = src.startsWith('/') && (!dev || dev === '/dev/sda1') ? targetOf(ctx.host, ctx.resolve(src)) : undefined;
    if (blk && (blk.kind === 'loop' || blk.kind === 'sda1' || blk.kind === 'file')) {
      const found = blk.node ? probe(blk.node) : null;
      const fsType = found && found.type !== 'swap' ? found.type : undefined;
      if (!fsType || (type && type !== fsType)) {
        if (found?.type === 'swap' && !type) return fail(tgt, "unknown filesystem type 'swap'", EX_FAIL);
        return fail(tgt, `wrong fs type, bad option, bad superblock on ${blk.kind === 'file' ? '/dev/loop' + nextLoop(ctx.host) : src}, missing codepage or helper program, or other error`, EX_FAIL);
      }
      let source = blk.kind === 'file' ? '' : ctx.resolve(src);
      if (blk.kind === 'file') {
        const n = nextLoop(ctx.host);
        const sys = ctx.host.sys!;
        sys.loops = [...(sys.loops ?? []).filter((l) => l.n !== n), { n, file: ctx.resolve(src), at: ctx.world.now, autoclear: true }];
        source = '/dev/loop' + n;
      }
      if (mounts(ctx.host).some((m) => m.source === source)) return fail(tgt, `${source} already mounted on ${mounts(ctx.host).find((m) => m.source === source)!.target}`, EX_FAIL);
      const opts = options.split(',').filter((x) => x !== 'loop');
      addMount(ctx.host, ctx.world.now, { source, target: abs, fstype: fsType, options: effective(fsType, opts.join(',') || 'defaults', false) });
      // the ext4 driver's mount count, mount time and journal flag (e2fsprogs/lib/kernel.ts)
      if (fsType.startsWith('ext') && !opts.includes('ro')) ext4Mounted(ctx.host, source, ctx.world.now);
      return 0;
    }
    if (!type) {
      if (dev === '/dev/sda3' || dev === '/dev/sda4') type = 'xfs';
      else if (src === 'tmpfs' || src === 'none') return fail(tgt, `special device ${src} does not exist`, EX_FAIL);
      else if (dev === '/dev/sda2') return fail(tgt, "unknown filesystem type 'swap'", EX_FAIL);
      else return fail(tgt, `wrong fs type, bad option, bad superblock on ${src}, missing codepage or helper program, or other error`, EX_FAIL);
    }
    const already = mounts(ctx.host).find((m) => dev && m.source === dev && type === 'xfs');
    if (already && mounted(abs) && mounts(ctx.host).some((m) => m.target === abs && m.source === dev)) return fail(tgt, `${dev} already mounted on ${already.target}`, EX_FAIL);
    addMount(ctx.host, ctx.world.now, { source: dev ?? src, target: abs, fstype: type, options: effective(type, options, false) });
    return 0;
  };

  if (o.has('all')) {
    let ok = 0;
    let bad = 0;
    for (const e of tab) {
      const ignored = e.fstype === 'swap' || e.target === '/' || e.target === 'root' || e.options.split(',').includes('noauto') || (types !== undefined && !matchFstype(e.fstype, types));
      if (ignored || mounted(e.target)) {
        if (verbose) ctx.out(`${e.target.padEnd(25)}: ${ignored ? 'ignored' : 'already mounted'}\n`);
        continue;
      }
      const rc = mountOne(e.source, e.target, e.fstype, e.options);
      if (rc === 0) {
        ok++;
        if (verbose) ctx.out(`${e.target.padEnd(25)}: successfully mounted\n`);
      } else bad++;
    }
    return bad === 0 ? 0 : ok === 0 ? EX_FAIL : EX_SOMEOK;
  }

  let src = source;
  let tgt = target;
  if (ops.length === 1 && (!src || !tgt)) {
    if (/^(LABEL|UUID|PARTLABEL|PARTUUID)=/.test(ops[0]) && src) {
      ctx.err('mount: source specified more than once\n');
      return EX_USAGE;
    }
    if (/^(LABEL|UUID|PARTLABEL|PARTUUID)=/.test(ops[0]) || tgt) src = ops[0];
    else tgt = ops[0];
  } else if (ops.length === 2 && !src && !tgt) {
    [src, tgt] = ops;
  } else if (ops.length) {
    ctx.err("mount: bad usage\nTry 'mount --help' for more information.\n");
    return EX_USAGE;
  }
  const options = [o.has('read-only') ? 'ro' : '', o.str('options') ?? ''].filter(Boolean).join(',') || 'defaults';
  if (src && tgt) return mountOne(src, tgt, types, options);
  // one of them: the rest comes from /etc/fstab (either field matches)
  const one = (src ?? tgt)!;
  const abs = one.startsWith('/') ? one.replace(/\/+$/, '') || '/' : one;
  const e = tab.find((x) => x.target === abs || x.source === one) ?? (options.split(',').includes('remount') ? mounts(ctx.host).find((m) => m.target === abs) : undefined);
  if (!e) return fail(one, `can't find in /etc/fstab`, EX_USAGE);
  if (e.fstype === 'swap') return fail(e.target, "unknown filesystem type 'swap'", EX_FAIL);
  if (mounted(e.target)) {
    if (!root) return fail(e.target, 'must be superuser to use mount', EX_FAIL);
    // -o remount: the mount stays; its new flags are not kept (see DIFFERENCES.md)
    if (options.split(',').includes('remount')) return 0;
    return fail(e.target, `${device(e.source) ?? e.source} already mounted on ${e.target}`, EX_FAIL);
  }
  return mountOne(e.source, e.target, types ?? e.fstype, options === 'defaults' ? e.options : options);
}
