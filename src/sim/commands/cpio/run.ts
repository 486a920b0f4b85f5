// cpio of GNU cpio 2.13 (main.c's process_args, copyout.c, copyin.c): -o reads names from standard input and writes
// the archive (bin unless -H or -c), -i extracts the members matching the patterns (all without), -t lists them
// (-v as util.c's long_format), then "N block(s)" on standard error unless --quiet; -p copies (pass.ts). The archive
// bytes are format.ts's (cpio formats) and tarfmt.ts's (-H ustar, -H tar); ids come from /etc/passwd and /etc/group.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import type { FsNode } from '../../fs';
import { strerror, type FsError } from '../../fs';
import { canRead, canWrite, globMatch, tm, two } from '../../util';
import { def } from '../lib/guest';
import { owner } from '../lib/files';
import { fromBytes, toBytes } from '../lib/bytes';
import { deviceOf, inodeOf } from '../lib/inode';
import { formatOf, packCpio, unpackCpio, type Entry, type Format } from './format';
import { isTarHeader, packTar, tarNameTooLong, unpackTar } from './tarfmt';
import { spec, TRY } from './spec';

const FORMATS = ['crc', 'newc', 'odc', 'bin', 'ustar', 'tar'];

function ids(ctx: CommandContext, file: string): { byName: Map<string, number>; byId: Map<number, string> } {
  const byName = new Map<string, number>();
  const byId = new Map<number, string>();
  const text = ctx.host.fs.read(file);
  for (const l of (typeof text === 'string' ? text : '').split('\n')) {
    const f = l.split(':');
    if (f.length < 3) continue;
    byName.set(f[0], Number(f[2]));
    if (!byId.has(Number(f[2]))) byId.set(Number(f[2]), f[0]);
  }
  return { byName, byId };
}

/** mode_string(): the ten letters of `ls -l`. */
function modeString(mode: number): string {
  const t = { 0o040000: 'd', 0o120000: 'l', 0o020000: 'c', 0o060000: 'b', 0o010000: 'p', 0o140000: 's' }[mode & 0o170000] ?? '-';
  const rwx = (m: number, s: boolean, c: string) => `${m & 4 ? 'r' : '-'}${m & 2 ? 'w' : '-'}${s ? (m & 1 ? c : c.toUpperCase()) : m & 1 ? 'x' : '-'}`;
  return t + rwx(mode >> 6, !!(mode & 0o4000), 's') + rwx(mode >> 3, !!(mode & 0o2000), 's') + rwx(mode, !!(mode & 0o1000), 't');
}

/** long_format(): mode, links, owner and group (names, or ids with -n), size, the time as ls shows it, the name. */
function longFormat(e: Entry, numeric: boolean, users: Map<number, string>, groups: Map<number, string>, now: number): string {
  const t = tm(e.mtime * 1000);
  const old = now / 1000 - e.mtime > 6 * 30 * 24 * 60 * 60 || now / 1000 - e.mtime < 0;
  const when = `${t.monName} ${String(t.d).padStart(2)} ${old ? ` ${t.y}` : `${two(t.h)}:${two(t.mi)}`}`;
  const u = numeric ? String(e.uid) : (users.get(e.uid) ?? String(e.uid)).slice(0, 8);
  const g = numeric ? String(e.gid) : (groups.get(e.gid) ?? String(e.gid)).slice(0, 8);
  const link = (e.mode & 0o170000) === 0o120000 ? ` -> ${e.link ?? new TextDecoder().decode(e.data)}` : '';
  return `${modeString(e.mode)} ${String(e.nlink).padStart(3)} ${u.padEnd(8)} ${g.padEnd(8)} ${String(e.data.length).padStart(8)} ${when} ${e.name}${link}\n`;
}

const blocks = (bytes: number) => {
  const n = Math.ceil(bytes / 512);
  return `${n} block${n === 1 ? '' : 's'}\n`;
};

function* cpio(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fs = ctx.host.fs;
  if (o.has('usage')) {
    ctx.out((yield { load: () => import('./help').then((m) => m.usage) }) as string);
    return 0;
  }
  const usageError = (text: string) => {
    ctx.err(`cpio: ${text}\n${TRY}`);
    return 2;
  };
  let mode: 'i' | 'o' | 'p' | null = null;
  let list = false;
  for (const { key } of o.list) {
    const m = key === 'extract' ? 'i' : key === 'create' ? 'o' : key === 'pass-through' ? 'p' : key === 'list' ? 'i' : null;
    if (key === 'list') list = true;
    if (!m) continue;
    if (mode && mode !== m) return usageError('Mode already defined');
    mode = m;
  }
  if (!mode) return usageError('You must specify one of -oipt options.');
  let format: Format | 'ustar' | 'tar' | null = o.has('c') ? 'odc' : null;
  const h = o.str('format');
  if (h !== undefined) {
    if (!FORMATS.includes(h.toLowerCase())) {
      ctx.err(`cpio: invalid archive format \`${h}'; valid formats are:\ncrc newc odc bin ustar tar (all-caps also recognized)\n${TRY}`);
      return 2;
    }
    const f = h.toLowerCase();
    format = f as Format | 'ustar' | 'tar';
  }
  if (mode === 'p') {
    // process_args(): one destination directory and no archive format
    const ops = ctx.operands ?? [];
    if (ops.length > 1) return usageError('Too many arguments');
    if (!ops.length) return usageError('Not enough arguments');
    if (format) return usageError('Archive format is not specified in copy-pass mode (use --format option)');
    const { copyPass } = (yield { load: () => import('./pass') }) as typeof import('./pass');
    return copyPass(ctx, ops[0]);
  }
  const dir = o.str('directory');
  const base = dir ? ctx.resolve(dir) : ctx.frame.cwd;
  if (dir && fs.get(base)?.type !== 'dir') {
    ctx.err(`cpio: cannot change to directory \`${dir}': ${fs.exists(base) ? 'Not a directory' : 'No such file or directory'}\n`);
    return 2;
  }
  // a member's path: absolute as it is, else under the directory (. and .. resolved)
  const at = (p: string) => {
    const out: string[] = [];
    for (const seg of (p.startsWith('/') ? p : `${base}/${p}`).split('/')) {
      if (seg === '..') out.pop();
      else if (seg && seg !== '.') out.push(seg);
    }
    return '/' + out.join('/');
  };
  const quiet = o.has('quiet');
  const verbose = o.has('verbose');
  let status = 0;
  const error = (text: string) => {
    ctx.err(`cpio: ${text}\n`);
    status = 2;
  };
  const users = ids(ctx, '/etc/passwd');
  const groups = ids(ctx, '/etc/group');

  if (mode === 'o') {
    if (ctx.operands?.length) return usageError('Too many arguments');
    const target = o.str('file') ?? o.str('O');
    if (target !== undefined) {
      const abs = ctx.resolve(target);
      if (!fs.get(fs.dirname(abs))) {
        ctx.err(`cpio: Cannot open ${target}: No such file or directory\n`);
        return 2;
      }
    }
    const names = (ctx.stdin ?? '').split(o.has('null') ? '\0' : '\n').filter((n) => n !== '');
    const entries: Entry[] = [];
    let dots = '';
    const tarFmt = format === 'ustar' || format === 'tar';
    // tar formats: a regular file whose inode is already in the archive is written as a hard link to that name
    // (copyout.c find_inode_file / add_inode)
    const inodes = new Map<number, string>();
    for (let name of names) {
      const abs = at(name);
      const node: FsNode | null = o.has('dereference') ? fs.get(abs) : fs.lget(abs);
      if (!node) {
        error(`${name}: Cannot stat: No such file or directory`);
        continue;
      }
      if (node.type !== 'dir' && !canRead(ctx.frame.user, abs)) {
        error(`${name}: Cannot open: Permission denied`);
        continue;
      }
      const who = node.owner ?? { user: owner(abs), group: owner(abs) };
      const dirNode = node.type === 'dir';
      const typeBits = dirNode ? 0o040000 : node.type === 'link' ? 0o120000 : 0o100000;
      const data = dirNode ? new Uint8Array(0) : node.type === 'link' ? toBytes(node.target) : toBytes(fs.read(abs) as string);
      // tar formats: a directory's name ends in a slash; names and link targets must fit the header
      if (tarFmt && dirNode && !name.endsWith('/')) name += '/';
      if (tarFmt && tarNameTooLong(name, format === 'ustar')) {
        ctx.err(`cpio: ${name}: file name too long\n`);
        continue;
      }
      const longLink = tarFmt && node.type === 'link' && data.length + 1 > 100;
      const ino = inodeOf(node, abs);
      const earlier = tarFmt && node.type === 'file' ? inodes.get(ino) : undefined;
      if (tarFmt && node.type === 'file' && earlier === undefined) inodes.set(ino, name);
      if (longLink) ctx.err(`cpio: ${name}: symbolic link too long\n`);
      else entries.push({
        name,
        mode: typeBits | ((node.mode ?? (dirNode ? 0o755 : 0o644)) & 0o7777),
        uid: users.byName.get(who.user) ?? 0,
        gid: groups.byName.get(who.group) ?? 0,
        nlink: dirNode ? 2 : ((node as { nlink?: number }).nlink ?? 1),
        mtime: Math.floor(node.mtime / 1000),
        ino,
        dev: deviceOf(abs),
        data: earlier !== undefined ? new Uint8Array(0) : data,
        ...(earlier !== undefined ? { link: earlier } : {}),
      });
      if (verbose) ctx.err(name + '\n');
      else if (o.has('dot')) dots += '.';
    }
    if (dots) ctx.err(dots + '\n');
    const archive = tarFmt ? packTar(entries, format === 'ustar', (u) => users.byId.get(u), (g) => groups.byId.get(g)) : packCpio(entries, (format ?? 'bin') as Format);
    if (target !== undefined) {
      const abs = ctx.resolve(target);
      if (!canWrite(ctx.frame.user, abs) || !canWrite(ctx.frame.user, fs.dirname(abs) + '/')) {
        ctx.err(`cpio: Cannot open ${target}: Permission denied\n`);
        return 2;
      }
      const e = fs.write(abs, fromBytes(archive));
      if (e) {
        ctx.err(`cpio: Cannot open ${target}: ${strerror(e as FsError)}\n`);
        return 2;
      }
    } else ctx.out(fromBytes(archive));
    if (!quiet) ctx.err(blocks(archive.length));
    return status;
  }

  // copy-in: -i and -t
  const source = o.str('file') ?? o.str('I');
  let raw: Uint8Array;
  if (source !== undefined) {
    const abs = ctx.resolve(source);
    const node = fs.get(abs);
    if (!node || node.type === 'dir' || !canRead(ctx.frame.user, abs)) {
      ctx.err(`cpio: Cannot open ${source}: ${!node ? 'No such file or directory' : node.type === 'dir' ? 'Is a directory' : 'Permission denied'}\n`);
      return 2;
    }
    raw = toBytes(fs.read(abs) as string);
  } else raw = toBytes(ctx.stdin ?? '');
  const numeric = o.has('numeric-uid-gid');
  // a tar header when no cpio magic is found (copyin.c read_in_header: is_tar_header)
  const byName = (uname: string, gname: string) => (numeric ? {} : { uid: users.byName.get(uname), gid: groups.byName.get(gname) });
  const archive = formatOf(raw) ? unpackCpio(raw) : isTarHeader(raw) ? unpackTar(raw, byName) : 'eof';
  if (archive === 'eof') {
    ctx.err('cpio: premature end of archive\n');
    return 2;
  }
  const patterns = ctx.operands ?? [];
  const nonmatching = o.has('nonmatching');
  const wanted = (name: string) => !patterns.length || patterns.some((p) => globMatch(p, name)) !== nonmatching;
  let out = '';
  for (const m of archive.entries) {
    if (!wanted(m.name)) continue;
    // a tar directory's trailing slash goes when it is extracted
    const e = list ? m : { ...m, name: m.name.replace(/(.)\/+$/, '$1') };
    if (list) {
      out += verbose ? longFormat(e, numeric, users.byId, groups.byId, ctx.world.now) : e.name + '\n';
      continue;
    }
    if (o.has('to-stdout')) {
      if ((e.mode & 0o170000) === 0o100000) out += fromBytes(e.data);
      if (verbose) ctx.err(e.name + '\n');
      continue;
    }
    const abs = at(e.name);
    const isDir = (e.mode & 0o170000) === 0o040000;
    const existing = fs.get(abs);
    if (existing && !isDir && !o.has('unconditional') && existing.mtime >= e.mtime * 1000) ctx.err(`cpio: ${e.name} not created: newer or same age version exists\n`);
    else if (isDir) {
      if (!existing) {
        if (o.has('make-directories')) fs.mkdir(abs, true);
        else if (!fs.get(fs.dirname(abs))) error(`${e.name}: Cannot open: No such file or directory`);
        else fs.mkdir(abs);
      }
      const made = fs.get(abs);
      if (made && !existing) (made.mode = e.mode & 0o7777), o.has('preserve-modification-time') && (made.mtime = e.mtime * 1000);
    } else if ((e.mode & 0o170000) === 0o120000) {
      if (existing) fs.remove(abs);
      // (symlink_error()'s words are paxutils', not read: a failure is silent here, DIFFERENCES.md)
      fs.symlink(e.link ?? fromBytes(e.data), abs);
    } else {
      const parent = fs.dirname(abs);
      if (!fs.get(parent) && o.has('make-directories')) fs.mkdir(parent, true);
      if (!fs.get(parent)) error(`${e.name}: Cannot open: No such file or directory`);
      else if (!canWrite(ctx.frame.user, parent + '/')) error(`${e.name}: Cannot open: Permission denied`);
      else {
        if (existing) fs.remove(abs);
        fs.write(abs, fromBytes(e.data), false, e.mode & 0o7777);
        const made = fs.get(abs);
        if (made) {
          made.mode = e.mode & 0o7777;
          if (o.has('preserve-modification-time')) made.mtime = e.mtime * 1000;
          if (ctx.frame.user === 'root' && !o.has('no-preserve-owner')) made.owner = { user: users.byId.get(e.uid) ?? String(e.uid), group: groups.byId.get(e.gid) ?? String(e.gid) };
        }
      }
    }
    if (verbose) ctx.err(e.name + '\n');
  }
  if (out) ctx.out(out);
  if (!quiet) ctx.err(blocks(archive.size));
  return status;
}

def({ name: 'cpio', summary: 'copy files to and from archives', spec, run: cpio });
