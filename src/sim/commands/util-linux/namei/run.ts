// namei of util-linux 2.37.4, ported from misc-utils/namei.c: each component of a path, one a line, with its
// file type (-m: its mode, -o: owner and group, -l: both, vertically aligned, -v: types aligned), symbolic links
// followed into their own components (not with -n), mount points as D with -x; a missing component ends the
// listing with its error.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FsNode } from '../../../fs';
import { def } from '../../lib/guest';
import { statInfo } from '../../lib/inode';
import { mounts } from '../../lib/mounts';
import { spec } from './spec';

interface N {
  name: string;
  level: number;
  node: FsNode | null;
  path: string;
  noent?: string;
  abslink?: string;
  relstart: number;
  mountpoint?: boolean;
}

const strmode = (m: number, kind: string) => {
  const t = kind === 'dir' ? 'd' : kind === 'link' ? 'l' : kind === 'socket' ? 's' : '-';
  const x = (bit: number, sp: number, on: string, off: string) => (m & sp ? (m & bit ? on : off) : m & bit ? 'x' : '-');
  return t + (m & 0o400 ? 'r' : '-') + (m & 0o200 ? 'w' : '-') + x(0o100, 0o4000, 's', 'S') + (m & 0o040 ? 'r' : '-') + (m & 0o020 ? 'w' : '-') + x(0o010, 0o2000, 's', 'S') + (m & 0o004 ? 'r' : '-') + (m & 0o002 ? 'w' : '-') + x(0o001, 0o1000, 't', 'T');
};

function* namei(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const owners = o.has('owners') || o.has('long');
  const modes = o.has('modes') || o.has('long');
  const vertical = o.has('vertical') || o.has('long');
  const paths = ctx.operands ?? [];
  if (!paths.length) {
    ctx.err("namei: pathname argument is missing\nTry 'namei --help' for more information.\n");
    return 1;
  }
  const fs = ctx.host.fs;
  const mnt = new Set(o.has('mountpoints') ? mounts(ctx.host).map((m) => m.target) : []);
  const abs = (p: string) => (p.startsWith('/') ? p : ctx.frame.cwd.replace(/\/$/, '') + '/' + p);
  const lstat = (p: string): { node: FsNode | null; err?: string; real: string } => {
    // every component but the last is followed (the kernel's path walk)
    const a = abs(p);
    const parent = a.slice(0, a.lastIndexOf('/')) || '/';
    const pr = fs.lookup(parent);
    if (typeof pr === 'string') return { node: null, err: pr === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory', real: a };
    if (pr.node.type !== 'dir') return { node: null, err: 'Not a directory', real: a };
    const base = a.slice(a.lastIndexOf('/') + 1);
    const real = (pr.path === '/' ? '' : pr.path) + '/' + base;
    if (base === '' || base === '.') return { node: pr.node, real: pr.path };
    if (base === '..') {
      const up = pr.path.slice(0, pr.path.lastIndexOf('/')) || '/';
      return { node: fs.get(up), real: up };
    }
    const n = fs.childOf(pr.node, base);
    return n ? { node: n, real } : { node: null, err: 'No such file or directory', real };
  };
  const newN = (path: string, name: string, level: number): N => {
    const st = lstat(path);
    const n: N = { name, level, node: st.node, path: st.real, relstart: 0 };
    if (!st.node) {
      n.noent = st.err;
      return n;
    }
    if (st.node.type === 'link') {
      const sym = st.node.target;
      if (!sym.startsWith('/') && path.includes('/')) {
        n.relstart = path.lastIndexOf('/') + 1;
        n.abslink = path.slice(0, n.relstart - 1) + '/' + sym;
      } else n.abslink = sym;
    }
    if (mnt.size && st.node.type === 'dir') n.mountpoint = mnt.has(st.real) || st.real === '/';
    return n;
  };
  const add = (orig: string, start: number, level: number): N[] => {
    const out: N[] = [];
    let i = start;
    if (orig[i] === '/') {
      while (orig[i] === '/') i++;
      out.push(newN('/', '/', level));
    }
    while (i < orig.length) {
      let end = orig.indexOf('/', i);
      if (end < 0) end = orig.length;
      out.push(newN(orig.slice(0, end), orig.slice(i, end), level));
      i = end;
      while (orig[i] === '/') i++;
    }
    return out;
  };
  let rc = 0;
  const names = (n: N) => statInfo(ctx.host, n.node!, n.path);
  for (const path of paths) {
    if (!fs.get(ctx.resolve(path))) rc = 1;
    let list = add(path, 0, 0);
    if (!list.length) continue;
    let sml = 0;
    if (!o.has('nolinks')) {
      let count = 0;
      for (let k = 0; k < list.length; k++) {
        const n = list[k];
        if (n.noent || n.node?.type !== 'link') continue;
        if (++count > 40) {
          list = list.slice(0, k + 1);
          sml = -1;
          break;
        }
        const sub = add(n.abslink!, n.relstart, n.level + 1);
        list.splice(k + 1, 0, ...sub);
      }
    }
    const uw = owners ? Math.max(...list.filter((n) => n.node).map((n) => names(n).user.length)) : 0;
    const gw = owners ? Math.max(...list.filter((n) => n.node).map((n) => names(n).group.length)) : 0;
    let out = `f: ${path}\n`;
    let failed = false;
    for (const n of list) {
      if (n.noent) {
        let blanks = 1;
        if (modes) blanks += 9;
        if (owners) blanks += uw + gw + 2;
        if (!vertical) blanks += 1;
        blanks += n.level * 2;
        out += ' '.repeat(blanks) + ' ' + `${n.name} - ${n.noent}\n`;
        failed = true;
        break;
      }
      const st = names(n);
      let md = strmode(st.mode, st.kind);
      if (n.mountpoint) md = 'D' + md.slice(1);
      if (!vertical) out += '  '.repeat(n.level) + ' ';
      out += modes ? md : md[0];
      if (owners) out += ` ${st.user.padEnd(uw)} ${st.group.padEnd(gw)}`;
      if (vertical) out += '  '.repeat(n.level);
      out += n.node!.type === 'link' ? ` ${n.name} -> ${n.abslink!.slice(n.relstart)}\n` : ` ${n.name}\n`;
    }
    ctx.out(out);
    if (failed) {
      rc = 1;
      continue;
    }
    if (sml === -1) {
      rc = 1;
      ctx.err(`namei: ${path}: exceeded limit of symlinks\n`);
    }
  }
  return rc;
}

def({ name: 'namei', summary: 'follow a pathname until a terminal point is found', spec, run: namei });
