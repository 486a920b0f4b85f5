// `dir`: a folder's listing as cmd.exe prints it: the long form, /B bare names, /W wide columns, /S every
// subfolder too (with the grand total), /A:D or /A:-D for folders or files only, /O to sort. Switches: spec.ts beside this.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { Vfs } from '../../../fs';
import { commas, globMatch, padStart, tm, two } from '../../../util';
import { volume } from '../volume';
import { isHidden } from '../hidden';

const NOT_FOUND_PATH = 'The system cannot find the path specified.\n';
const FREE = 412_316_860_416;
/** The console's width, for /W's columns. */
const WIDTH = 80;

/** "12/10/2025  10:02 AM" in the host's local time. */
export function winStamp(ms: number, offset: number): string {
  const t = tm(ms, offset);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${two(t.mo + 1)}/${two(t.d)}/${t.y}  ${two(h12)}:${two(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
}

interface Row {
  name: string;
  dir: boolean;
  size: number;
  mtime: number;
}

function rowsOf(fs: Vfs, dir: string, pattern: string, attr: string | null, anyAttr: boolean): Row[] {
  const list = fs.list(dir);
  if (typeof list === 'string') return [];
  const node = fs.get(dir)!;
  const rows: Row[] = [];
  if (pattern === '*' && fs.segments(dir).length > 1 && attr !== 'H') rows.push({ name: '.', dir: true, size: 0, mtime: node.mtime }, { name: '..', dir: true, size: 0, mtime: node.mtime });
  for (const e of list) {
    if (!globMatch(pattern, e.name, true)) continue;
    // without /A dir leaves hidden entries out; /A:H lists only them
    const hidden = isHidden(fs.join(fs.canonical(dir), e.name));
    if (hidden ? !anyAttr || attr === '-H' : attr === 'H') continue;
    rows.push({ name: e.name, dir: e.type === 'dir', size: e.size, mtime: e.mtime });
  }
  if (attr === 'D') return rows.filter((r) => r.dir);
  if (attr === '-D') return rows.filter((r) => !r.dir);
  return rows;
}

/** /O[[:]sortorder]: N name, E extension, S size, D date, G folders first, each reversed by a `-`; /O alone is /OGN. */
function sortRows(rows: Row[], order: string): Row[] {
  const keys = [...(order || 'GN').matchAll(/(-?)([NESDG])/gi)].map((m) => ({ rev: m[1] === '-', key: m[2].toUpperCase() }));
  const ext = (n: string) => (n.includes('.') && !/^\.+$/.test(n) ? n.slice(n.lastIndexOf('.') + 1).toLowerCase() : '');
  const cmp = (a: Row, b: Row): number => {
    for (const { rev, key } of keys) {
      let c = 0;
      if (key === 'N') c = a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;
      else if (key === 'E') c = ext(a.name) < ext(b.name) ? -1 : ext(a.name) > ext(b.name) ? 1 : 0;
      else if (key === 'S') c = (a.dir ? 0 : a.size) - (b.dir ? 0 : b.size);
      else if (key === 'D') c = a.mtime - b.mtime;
      else if (key === 'G') c = Number(b.dir) - Number(a.dir);
      if (c) return rev ? -c : c;
    }
    return 0;
  };
  return [...rows].sort(cmp);
}

const summary = (files: number, bytes: number) => `${padStart(String(files), 16)} File(s)${padStart(commas(bytes), 15)} bytes\n`;
const free = (dirs: number, bytes: number) => `${padStart(String(dirs), 16)} Dir(s)${padStart(commas(FREE - bytes), 16)} bytes free\n`;

function wide(rows: Row[]): string {
  const names = rows.map((r) => (r.dir ? `[${r.name}]` : r.name));
  const width = Math.max(14, ...names.map((n) => n.length)) + 3;
  const cols = Math.max(1, Math.floor(WIDTH / width));
  let out = '';
  for (let i = 0; i < names.length; i += cols) out += names.slice(i, i + cols).map((n, j, a) => (j === a.length - 1 ? n : n.padEnd(width))).join('') + '\n';
  return out;
}

export function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const sw = ctx.args.filter((a) => a.startsWith('/')).map((a) => a.slice(1).toUpperCase());
  const has = (k: string) => sw.includes(k);
  const bare = has('B');
  const recurse = has('S');
  const isWide = has('W') || has('D');
  const a = sw.find((s) => s.startsWith('A'));
  const o = sw.find((s) => s.startsWith('O'));
  const order = o === undefined ? null : o.slice(1).replace(/^:/, '');
  const rowsIn = (d: string) => (order === null ? rowsOf(fs, d, pattern, attr, a !== undefined) : sortRows(rowsOf(fs, d, pattern, attr, a !== undefined), order));
  const attr = a ? a.slice(1).replace(/^:/, '') || null : null;
  const target = ctx.args.find((x) => !x.startsWith('/'))?.replace(/"/g, '') ?? '.';
  let dir = fs.resolve(ctx.frame.cwd, target);
  let pattern = '*';
  if (!fs.isDir(dir)) {
    pattern = fs.basename(dir);
    dir = fs.dirname(dir);
  }
  const off = ctx.world.tzOffsetHours;
  const v = volume(dir);
  const volHeader = ` Volume in drive ${v.drive} is ${v.label}\n Volume Serial Number is ${v.serial}\n`;
  if (!fs.isDir(dir)) {
    if (!bare) ctx.out(volHeader + '\n');
    ctx.err(fs.exists(dir) ? 'The directory name is invalid.\n' : NOT_FOUND_PATH);
    return 1;
  }
  // the folders to list: this one, then (with /S) every folder below it, depth first in name order
  const dirs: string[] = [];
  const walk = (d: string) => {
    dirs.push(d);
    if (!recurse) return;
    const list = fs.list(d);
    if (typeof list !== 'string') for (const e of list) if (e.type === 'dir') walk(fs.join(d, e.name));
  };
  walk(dir);
  if (bare) {
    const names: string[] = [];
    for (const d of dirs) for (const r of rowsIn(d)) if (r.name !== '.' && r.name !== '..') names.push(recurse ? fs.join(fs.canonical(d), r.name) : r.name);
    if (!names.length) {
      ctx.err('File Not Found\n');
      return 1;
    }
    ctx.out(names.map((n) => n + '\n').join(''));
    return 0;
  }
  let out = volHeader;
  let files = 0;
  let bytes = 0;
  let dirCount = 0;
  let listed = 0;
  for (const d of dirs) {
    const rows = rowsIn(d);
    if (!rows.length) continue;
    listed++;
    out += `\n Directory of ${fs.canonical(d)}\n\n`;
    let f = 0;
    let b = 0;
    if (isWide) out += wide(rows);
    for (const r of rows) {
      if (r.dir) {
        dirCount++;
        if (!isWide) out += `${winStamp(r.mtime, off)}    <DIR>          ${r.name}\n`;
      } else {
        f++;
        b += r.size;
        if (!isWide) out += `${winStamp(r.mtime, off)}${padStart(commas(r.size), 18)} ${r.name}\n`;
      }
    }
    files += f;
    bytes += b;
    out += summary(f, b);
  }
  if (!listed) {
    ctx.out(out + (recurse ? '\n' : `\n Directory of ${fs.canonical(dir)}\n\n`));
    ctx.err('File Not Found\n');
    return 1;
  }
  if (recurse) out += `\n     Total Files Listed:\n${summary(files, bytes)}`;
  out += free(dirCount, bytes);
  ctx.out(out);
  return 0;
}
