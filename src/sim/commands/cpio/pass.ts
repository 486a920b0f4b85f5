// cpio -p DESTINATION of GNU cpio 2.13 (src/copypass.c process_copy_pass): each name read from standard input
// ("." and "./" skipped, a blank line ignored with a message) is copied to DESTINATION/NAME (leading slashes
// dropped): regular files by content (or hard-linked with -l), directories made (cpio_create_dir), symbolic links
// made again; -d makes missing directories, -u replaces what is not older, -m keeps the modification time, -v names
// each new file, -V prints dots; then "N block(s)" for the bytes copied. Messages as paxutils words them
// ("NAME: Cannot stat: ...", "NAME: Cannot open: ..."); those set the status to 2.
import type { CommandContext } from '../../context';
import type { FsNode } from '../../fs';
import { byteLength, strerror, type FsError } from '../../fs';
import { canRead, canWrite } from '../../util';
import { inodeOf } from '../lib/inode';

export function copyPass(ctx: CommandContext, dest: string): number {
  const o = ctx.opts!;
  const fs = ctx.host.fs;
  const dir = o.str('directory');
  const base = dir ? ctx.resolve(dir) : ctx.frame.cwd;
  // main.c change_dir(): -D is entered before the names are read; a relative DESTINATION is taken from where cpio started
  const outDir = dir && !dest.startsWith('/') ? `${ctx.frame.cwd.replace(/\/$/, '')}/${dest}` : dest;
  if (dir && fs.get(base)?.type !== 'dir') {
    ctx.err(`cpio: cannot change to directory \`${dir}': ${fs.exists(base) ? 'Not a directory' : 'No such file or directory'}\n`);
    return 2;
  }
  const abs = (p: string, from = base) => {
    const out: string[] = [];
    for (const seg of (p.startsWith('/') ? p : `${from}/${p}`).split('/')) {
      if (seg === '..') out.pop();
      else if (seg && seg !== '.') out.push(seg);
    }
    return '/' + out.join('/');
  };
  let status = 0;
  const fail = (name: string, call: string, e: FsError) => {
    ctx.err(`cpio: ${name}: Cannot ${call}: ${strerror(e)}\n`);
    status = 2;
  };
  const say = (text: string) => ctx.err(`cpio: ${text}\n`);
  const verbose = o.has('verbose');
  let dots = '';
  let bytes = 0;
  const input = ctx.stdin ?? '';
  const names = input.split(o.has('null') ? '\0' : '\n');
  if (names[names.length - 1] === '') names.pop();
  for (const name of names) {
    if (name === '') {
      say('blank line ignored');
      continue;
    }
    if (name === '.' || name === './') continue;
    const inAbs = abs(name);
    const node: FsNode | null = o.has('dereference') ? fs.get(inAbs) : fs.lget(inAbs);
    if (!node) {
      fail(name, 'stat', 'ENOENT');
      continue;
    }
    const outName = `${outDir}/${name.replace(/^\/+/, '')}`;
    const outAbs = abs(outName, ctx.frame.cwd);
    const there = fs.lget(outAbs);
    let existingDir = false;
    if (there) {
      if (there.type === 'dir' && node.type === 'dir') existingDir = true;
      else if (!o.has('unconditional') && Math.floor(node.mtime / 1000) <= Math.floor(there.mtime / 1000)) {
        say(`${outName} not created: newer or same age version exists`);
        continue;
      } else fs.remove(outAbs, false);
    }
    const makeParents = () => {
      if (o.has('make-directories')) fs.mkdir(fs.dirname(outAbs), true);
    };
    const parentOk = () => fs.get(fs.dirname(outAbs))?.type === 'dir';
    if (node.type === 'file') {
      let linked = false;
      if (o.has('link')) {
        // link_to_name(): a hard link to the original, else a copy
        if (!parentOk()) makeParents();
        const e = parentOk() ? fs.link(inAbs, outAbs, inodeOf(node, inAbs)) : 'ENOENT';
        if (!e) {
          linked = true;
          if (verbose) say(`${name} linked to ${outName}`);
        } else say(`cannot link ${name} to ${outName}: ${strerror(e)}`);
      }
      if (!linked) {
        if (!canRead(ctx.frame.user, inAbs)) {
          fail(name, 'open', 'EACCES');
          continue;
        }
        if (!parentOk()) makeParents();
        if (!parentOk()) {
          fail(outName, 'open', 'ENOENT');
          continue;
        }
        if (!canWrite(ctx.frame.user, fs.dirname(outAbs) + '/')) {
          fail(outName, 'open', 'EACCES');
          continue;
        }
        const text = String(fs.read(inAbs));
        fs.write(outAbs, text, false, node.mode & 0o7777);
        bytes += byteLength(text);
        // set_copypass_perms(): the mode, the owner (root only), the time with -m
        const made = fs.get(outAbs);
        if (made) {
          made.mode = node.mode & 0o7777;
          if (o.has('preserve-modification-time')) made.mtime = node.mtime;
          if (ctx.frame.user === 'root' && !o.has('no-preserve-owner') && node.owner) made.owner = { ...node.owner };
        }
      }
    } else if (node.type === 'dir') {
      if (!existingDir) {
        if (!parentOk()) makeParents();
        const e = fs.mkdir(outAbs);
        if (e && e !== 'EEXIST') {
          fail(outName, 'mkdir', e);
          continue;
        }
        const made = fs.get(outAbs);
        if (made) {
          made.mode = node.mode & 0o7777;
          if (o.has('preserve-modification-time')) made.mtime = node.mtime;
        }
      }
    } else if (node.type === 'link') {
      if (!parentOk()) makeParents();
      // (symlink_error()'s words are paxutils', not read: a failure is silent here, DIFFERENCES.md)
      fs.symlink(node.target, outAbs);
    }
    if (verbose) ctx.err(outName + '\n');
    if (o.has('dot')) dots += '.';
  }
  if (dots) ctx.err(dots + '\n');
  if (!o.has('quiet')) {
    const n = Math.ceil(bytes / 512);
    ctx.err(`${n} block${n === 1 ? '' : 's'}\n`);
  }
  return status;
}
