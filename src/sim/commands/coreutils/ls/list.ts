// ls of GNU coreutils 8.32 (options and help in spec.ts), and dir and vdir, ls.c built with ls_mode LS_MULTI_COL
// (columns even into a pipe) and LS_LONG_FORMAT (-l by default).
import { canRead, padStart, tm, two } from '../../../util';
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { humanSize } from '../lib/human';
import { ownerOf, quoteaf } from '../../lib/files';
import { hasAcl } from '../../lib/acl';
import { contextOf, dirLinks, inodeOf, memDirSize, sizeOf, statInfo } from '../../lib/inode';
import { strerror, type FsNode } from '../../../fs';
import { rootOnly } from '../../lib/var-log';
import { sortItems, sortKey } from './sort';
import { inReaddirOrder } from '../../lib/readdir';
import { indicatorOf, Painter, parseLsColors } from './color';
import { cQuote, quotingStyle } from './quote';

/** A listed name as print_name_with_quoting() colours it: the quoted name, a link's quoted target, the indicator. */
interface Named {
  name: string;
  seq?: string;
  target?: { text: string; seq?: string };
  mark: string;
}
/** The name at the end of a row's `plain` text coloured (the rest as it is); `pos` the column the entry starts at. */
function painted(p: Painter, plain: string, n: Named, pos: number, long: boolean): string {
  const tail = n.name + (n.target ? ` -> ${n.target.text}` : '') + n.mark;
  const head = plain.slice(0, plain.length - tail.length);
  const at = long ? head.length : pos;
  let out = p.normal() + head + p.name(n.name, n.seq, at);
  if (n.target) out += ' -> ' + p.name(n.target.text, n.target.seq, at + new TextEncoder().encode(n.name).length + 4);
  return out + n.mark;
}

type Kind = 'file' | 'dir' | 'link';

const rwx = (m: number) => (m & 4 ? 'r' : '-') + (m & 2 ? 'w' : '-') + (m & 1 ? 'x' : '-');

function modeString(type: Kind, mode: number): string {
  // a socket keeps S_IFSOCK in its mode (containerd.sock)
  const kind = type === 'dir' ? 'd' : type === 'link' ? 'l' : ({ 0o140000: 's', 0o010000: 'p', 0o020000: 'c', 0o060000: 'b' } as Record<number, string>)[mode & 0o170000] ?? '-';
  // filemodestring(): setuid, setgid and sticky show in the x places (s, S, t, T)
  const x = (bits: string, on: number, c: string) => (mode & on ? bits.slice(0, 2) + (bits[2] === 'x' ? c : c.toUpperCase()) : bits);
  return kind + x(rwx(mode >> 6), 0o4000, 's') + x(rwx((mode >> 3) & 7), 0o2000, 's') + x(rwx(mode & 7), 0o1000, 't') + '.';
}

function lsDate(ms: number, now: number): string {
  const t = tm(ms);
  const recent = now - ms < 180 * 86400_000;
  return `${t.monName} ${String(t.d).padStart(2, ' ')} ${recent ? `${two(t.h)}:${two(t.mi)}` : ' ' + t.y}`;
}

const C_ESCAPES: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\\': '\\', ' ': ' ' };

/** quotearg's escape style with the space quoted too (ls -b, dir, vdir): \n, \t, \\, `\ `, other bytes as \ooo. */
function escapeName(n: string): string {
  let out = '';
  for (const ch of n) {
    const c = ch.codePointAt(0)!;
    if (C_ESCAPES[ch] !== undefined) out += '\\' + C_ESCAPES[ch];
    else if (c < 0x20 || c === 0x7f) out += '\\' + c.toString(8).padStart(3, '0');
    else if (c >= 0xdc80 && c <= 0xdcff) out += '\\' + (c & 0xff).toString(8).padStart(3, '0');
    else out += ch;
  }
  return out;
}

/** ls.c's indent(): blanks from column `from` to `to`, a tab wherever one reaches a stop (tabsize 0: spaces only). */
function indent(from: number, to: number, tabsize: number): string {
  let s = '';
  while (from < to) {
    if (tabsize && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      s += '\t';
      from += tabsize - (from % tabsize);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/**
 * GNU ls -C (and -x, `byColumns` false) layout: ls.c calculate_columns() takes the most columns whose widths
 * (each at least 3, two blanks after all but the last) stay under the line length, then print_many_per_line() /
 * print_horizontal() fill them down or across; tabs pad when `tabsize` is set. A line length of 0 (-w 0) puts the
 * names on one line, a blank apart.
 */
export function columns(names: string[], width: number, tabsize = 0, paint?: (i: number, pos: number) => string, byColumns = true): string {
  if (!names.length) return '';
  const n = names.length;
  const show = (i: number, pos: number) => (paint ? paint(i, pos) : names[i]);
  // print_with_separator(' '): a blank and the separator blank, each name counted as 0 wide
  if (!width) return names.map((_, i) => (i ? '  ' : '') + show(i, 2 * i)).join('') + '\n';
  const maxCols = Math.min(Math.floor(width / 3) + (width % 3 !== 0 ? 1 : 0), n);
  const info = Array.from({ length: maxCols }, (_, i) => ({ valid: true, len: (i + 1) * 3, arr: new Array<number>(i + 1).fill(3) }));
  names.forEach((x, f) => {
    for (let i = 0; i < maxCols; i++) {
      const c = info[i];
      if (!c.valid) continue;
      const idx = byColumns ? Math.floor(f / Math.floor((n + i) / (i + 1))) : f % (i + 1);
      const real = x.length + (idx === i ? 0 : 2);
      if (c.arr[idx] < real) {
        c.len += real - c.arr[idx];
        c.arr[idx] = real;
        c.valid = c.len < width;
      }
    }
  });
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1].valid) cols--;
  const w = info[cols - 1].arr;
  let out = '';
  if (byColumns) {
    const rows = Math.floor(n / cols) + (n % cols !== 0 ? 1 : 0);
    for (let r = 0; r < rows; r++) {
      let pos = 0;
      for (let c = 0, f = r; ; c++) {
        out += show(f, pos);
        const len = names[f].length;
        f += rows;
        if (f >= n) break;
        out += indent(pos + len, pos + w[c], tabsize);
        pos += w[c];
      }
      out += '\n';
    }
    return out;
  }
  // print_horizontal()
  let pos = 0;
  out += show(0, 0);
  let len = names[0].length;
  let max = w[0];
  for (let f = 1; f < n; f++) {
    const c = f % cols;
    if (c === 0) {
      out += '\n';
      pos = 0;
    } else {
      out += indent(pos + len, pos + max, tabsize);
      pos += max;
    }
    out += show(f, pos);
    len = names[f].length;
    max = w[c];
  }
  return out + '\n';
}

/** ls -m: ls.c print_with_separator(), names joined by ", ", a new line when the next would reach the line length (none for 0). */
export function withCommas(names: string[], width = 80, paint?: (i: number, pos: number) => string): string {
  let out = '';
  let pos = 0;
  names.forEach((n, i) => {
    if (!width) n = '';
    if (i) {
      if (!width || pos + n.length + 2 < width) {
        out += ', ';
        pos += 2;
      } else {
        out += ',\n';
        pos = 0;
      }
    }
    out += paint ? paint(i, pos) : names[i];
    pos += n.length;
  });
  return names.length ? out + '\n' : '';
}

/** ls, dir or vdir: the same program, with dir's and vdir's default formats. */
export function* list(ctx: CommandContext, name: 'ls' | 'dir' | 'vdir'): CommandRun {
  {
    const o = ctx.opts!;
    // -f: -a and -U
    const all = o.has('all') || o.has('f');
    const almost = all || o.has('almost-all');
    // the last of -l, -1 and -C decides dir's and vdir's format
    const formats = o.list.filter((x) => x.key === 'l' || x.key === '1' || x.key === 'C').map((x) => x.key);
    // -n, -g and -o are long listings too: numeric IDs, without the owner, without the group
    // ls.c decode_switches: the last of -l (and -n, -g, -o), -m, -x, -C and --format=WORD decides; -1 after -l is ignored
    let format = 'columns';
    let formatGiven = false;
    for (const x of o.list) {
      if (['l', 'numeric-uid-gid', 'g', 'o', 'm', 'x', 'C', '1', 'format'].includes(x.key)) formatGiven = true;
      if (['l', 'numeric-uid-gid', 'g', 'o'].includes(x.key)) format = 'long';
      else if (x.key === 'm') format = 'commas';
      else if (x.key === 'C') format = 'columns';
      else if (x.key === 'x') format = 'across';
      else if (x.key === '1' && format !== 'long') format = 'one';
      else if (x.key === 'format' && typeof x.value === 'string') format = x.value === 'long' || x.value === 'verbose' ? 'long' : x.value === 'commas' ? 'commas' : x.value === 'single-column' ? 'one' : x.value === 'across' || x.value === 'horizontal' ? 'across' : 'columns';
    }
    const long = name === 'vdir' ? !formats.length || formats[formats.length - 1] === 'l' : name === 'dir' ? o.has('l') : format === 'long';
    const numeric = o.has('numeric-uid-gid');
    const showOwner = !o.has('g');
    const showGroup = !o.has('o') && !o.has('no-group');
    const h = o.has('human-readable');
    // dir and vdir quote names in the escape style (ls -b): backslash escapes, a space as `\ `
    // (the last of -b, -N, -Q and --quoting-style=escape|literal|c decides; ls's other styles are not modelled)
    const style = quotingStyle(o.list, name !== 'ls' ? 'escape' : 'literal');
    const quoteName = (n: string) => (style === 'escape' ? escapeName(n) : style === 'c' ? cQuote(n) : n);
    // ls.c: tab stops every 8 columns (-T), none once --color turns colouring on (parse_ls_color may turn it off
    // again: an unparsable LS_COLORS, or none with a TERM the built-in database does not know)
    let tabsize = 8;
    let colorOn = false;
    for (const x of o.list) {
      if (x.key === 'tabsize' && /^\d+$/.test(String(x.value))) tabsize = Number(x.value);
      else if (x.key === 'color') {
        const when = x.value === undefined || x.value === true ? 'always' : String(x.value);
        colorOn = ['always', 'yes', 'force'].includes(when) || (['auto', 'tty', 'if-tty'].includes(when) && ctx.tty);
        if (colorOn) tabsize = 0;
      }
    }
    // the line length: 80, $COLUMNS, the terminal's width, -w (ls.c decode_switches)
    let lineLength = 80;
    const envCols = ctx.frame.env.COLUMNS;
    if (envCols) {
      if (/^\d+$/.test(envCols)) lineLength = Number(envCols);
      else ctx.err(`${name}: ignoring invalid width in environment variable COLUMNS: \u2018${envCols}\u2019\n`);
    }
    if (ctx.tty) lineLength = ctx.session.size?.().cols ?? lineLength;
    for (const x of o.list) {
      if (x.key !== 'width') continue;
      if (!/^\d+$/.test(String(x.value))) {
        ctx.err(`${name}: invalid line width: \u2018${x.value}\u2019\n`);
        return 2;
      }
      lineLength = Number(x.value);
    }
    const parsed = colorOn ? parseLsColors(ctx.frame.env) : null;
    for (const e of parsed?.errors ?? []) ctx.err(e);
    const painter = parsed?.colors ? new Painter(parsed.colors, lineLength) : null;
    const named = new Map<string[], Named>();
    const one = name === 'dir' ? formats[formats.length - 1] === '1' : format === 'one' || (!formatGiven && !ctx.tty);
    const recursive = o.has('recursive') && !o.has('directory');
    const commas = name === 'ls' && format === 'commas';
    const fs = ctx.host.fs;
    const targets = ctx.operands!.length ? ctx.operands! : ['.'];
    let code = 0;
    // each directory's listing, rendered once the files named are (colours are laid out in output order)
    const blocks: (() => string)[] = [];
    const fileRows: string[][] = [];
    const dirOperandRows: string[][] = [];
    const deref = o.has('dereference');
    // the indicator style: the last of -F, --file-type, -p and --indicator-style=WORD
    let indicator = 'none';
    for (const x of o.list) {
      if (x.key === 'classify') indicator = 'classify';
      else if (x.key === 'file-type') indicator = 'file-type';
      else if (x.key === 'p') indicator = 'slash';
      else if (x.key === 'indicator-style' && typeof x.value === 'string') indicator = x.value;
    }
    /** print_type_indicator(): `/` for a directory, `@` a link, `=` a socket, `*` an executable file (-F). */
    const mark = (n: FsNode | null): string => {
      if (!n || indicator === 'none') return '';
      if (n.type === 'dir') return '/';
      if (indicator === 'slash') return '';
      if (n.type === 'link') return '@';
      if ((n.mode & 0o170000) === 0o140000) return '=';
      if ((n.mode & 0o170000) === 0o010000) return '|';
      return indicator === 'classify' && n.mode & 0o111 ? '*' : '';
    };
    /** A row: the name alone, or -l's fields (mode, links, owner, group, size, date, name); -i puts the inode first. */
    // -Z: the security context, last in the row (render() places it); "?" with SELinux disabled
    const showContext = o.has('context');
    const showBlocks = o.has('size');
    // st_blocks in KiB: 4 for each directory and each started 4 KiB of a file
    // (a directory of /dev's memory file systems takes none, nor a file whose size the kernel makes up)
    const dirKb = (q: string) => (memDirSize(q, 0) === null && fs.get(q)?.size === undefined ? 4 : 0);
    const blocksOf = (path: string, node: FsNode | null): number =>
      !node || node.type === 'link' ? 0 : node.type === 'dir' ? dirKb(path) : node.size !== undefined ? 0 : Math.ceil(sizeOf(node) / 4096) * 4;
    const kib = (k: number) => (h ? humanSize(k * 1024) : String(k));
    const fmt = (name0: string, path: string, node: FsNode): string[] => {
      const row = fmtRow(name0, path, node);
      if (showContext) row.push(ctx.host.sys?.selinux === 'Disabled' ? '?' : contextOf(ctx.host, node, path));
      if (painter) {
        // get_color_indicator(): the entry's own type (lstat), a link's target (stat) for `or`, `mi` and ln=target
        const target = node.type === 'link' ? fs.get(path) : undefined;
        const subject = { name: name0, node, target };
        const seq = indicatorOf(painter.c, subject);
        const linkShown = long && node.type === 'link' && !node.errno;
        named.set(row, {
          name: quoteName(name0),
          seq,
          target: linkShown ? { text: quoteName(node.target), seq: indicatorOf(painter.c, subject, true) } : undefined,
          mark: long && node.type === 'link' ? (linkShown ? mark(fs.get(path)) : '') : mark(node),
        });
      }
      return row;
    };
    const fmtRow = (name0: string, path: string, node: FsNode): string[] => {
      let name = quoteName(name0);
      const type: Kind = node.type;
      // -i's inode number and -s's size in blocks lead the row
      const ino = [...(o.has('inode') ? [String(inodeOf(node, path))] : []), ...(showBlocks ? [kib(blocksOf(path, node))] : [])];
      if (!long) return [...ino, name + mark(node)];
      // a link readlink() may not read (another user's /proc/PID/exe) is listed without its target
      if (node.type === 'link' && node.errno) (ctx.err(`${ctx.name}: cannot read symbolic link ${quoteaf(path)}: ${strerror(node.errno)}\n`), (code = 1));
      else if (node.type === 'link') name += ` -> ${quoteName(node.target)}` + mark(fs.get(path));
      else name += mark(node);
      const named = ownerOf(node, path);
      const ids = numeric ? statInfo(ctx.host, node, path) : null;
      const [own, grp] = ids ? [String(ids.uid), String(ids.gid)] : [named.user, named.group];
      const size = sizeOf(node);
      // a device shows its numbers, `major, minor`, where a file shows its size
      const rdev = node.type === 'file' ? node.rdev : undefined;
      const mem = node.type === 'dir' ? memDirSize(path, fs.kids(node).size) : null;
      const sz = rdev !== undefined ? `${Math.floor(rdev / 0x100000)}, ${rdev % 0x100000}` : mem !== null ? (h ? humanSize(mem) : String(mem)) : type === 'dir' && node.size === undefined ? (h ? '4.0K' : '4096') : h ? humanSize(size) : String(size);
      return [...ino, modeString(type, node.mode).slice(0, 10) + (hasAcl(node) ? '+' : modeString(type, node.mode).slice(10)), String(type === 'dir' ? dirLinks(node, fs) : (node.nlink ?? 1)), own, grp, sz, lsDate(node.mtime, ctx.world.now), name];
    };
    // ls.c print_long_format: links and size right-aligned, owner and group left-aligned, each to its widest in the list
    // `widthOnly`: rows that set the column widths without being printed (ls.c gobbles every operand, the
    // directories too, before it prints the files among them)
    const render = (rowsZ: string[][], widthOnly: string[][] = []) => {
      // -Z: print_file_name_and_frills() right-aligns the context to the widest ("%*s "); the long format puts it
      // after the group, left-aligned (format_user_or_group())
      const zs = showContext ? rowsZ.map((r) => r[r.length - 1]) : [];
      const wz = Math.max(0, ...zs.map((z) => z.length));
      const rows0 = showContext ? rowsZ.map((r, i) => (long ? r.slice(0, -1) : [...r.slice(0, -2), `${padStart(zs[i], wz)} ${r[r.length - 2]}`])) : rowsZ;
      const zcol = (i: number) => (showContext ? zs[i].padEnd(wz) + ' ' : '');
      // -i and -s: the inode number and the blocks, each right-aligned to the widest ("%*s "; -m does not pad)
      const lead = (o.has('inode') ? 1 : 0) + (showBlocks ? 1 : 0);
      const lw = [0, 1].slice(0, lead).map((k) => Math.max(0, ...[...rows0, ...widthOnly].map((r) => r[k].length)));
      const ino = (r: string[]) => r.slice(0, lead).map((v, k) => (commas && !long ? v : padStart(v, lw[k])) + ' ').join('');
      const rows = rows0.map((r) => r.slice(lead));
      // --color: each name coloured as it is printed, at the column its entry starts
      const nm = rowsZ.map((r) => named.get(r));
      const paintAt = (plain: string[]) => (painter ? (i: number, pos: number) => (nm[i] ? painted(painter, plain[i], nm[i]!, pos, false) : plain[i]) : undefined);
      if (!long) {
        const plain = rows.map((r, i) => ino(rows0[i]) + r[0]);
        if (commas) return withCommas(plain, lineLength, paintAt(plain));
        if (one) return plain.map((e, i) => (paintAt(plain)?.(i, 0) ?? e) + '\n').join('');
        return columns(plain, lineLength, tabsize, paintAt(plain), format !== 'across');
      }
      // a device's `major, minor`: each number right-aligned to the widest of the listing (ls.c format_user_or_group)
      const dev = (r: string[]) => /^(\d+), (\d+)$/.exec(r[4]);
      const wMaj = Math.max(0, ...rows.map((r) => dev(r)?.[1].length ?? 0));
      const wMin = Math.max(0, ...rows.map((r) => dev(r)?.[2].length ?? 0));
      for (const r of rows) {
        const d = dev(r);
        if (d) r[4] = `${padStart(d[1], wMaj)}, ${padStart(d[2], wMin)}`;
      }
      const extra = widthOnly.map((r) => r.slice(lead));
      const w = (i: number) => Math.max(0, ...[...rows, ...extra].map((r) => r[i].length));
      const [wl, wo, wg, ws] = [w(1), w(2), w(3), w(4)];
      // ls.c format_user_or_group(): a name left-aligned, a numeric ID (-n) right-aligned
      const id = (v: string, wd: number) => (numeric ? padStart(v, wd) : v.padEnd(wd)) + ' ';
      const line = (r: string[], i: number) => `${ino(rows0[i])}${r[0]} ${padStart(r[1], wl)} ${showOwner ? id(r[2], wo) : ''}${showGroup ? id(r[3], wg) : ''}${zcol(i)}${padStart(r[4], ws)} ${r[5]} ${r[6]}`;
      return rows.map((r, i) => (painter && nm[i] ? painted(painter, line(r, i), nm[i]!, 0, true) : line(r, i)) + '\n').join('');
    };
    // a header names each directory when there are several operands or -R
    const headers = targets.length > 1 || recursive;
    const order = sortKey(o);
    // --group-directories-first: directories (and links to them) before the rest, each part in its order (ls.c
    // DIRFIRST_CHECK, -r or not); an unsorted listing stays as it is
    const dirsFirst = <T>(items: T[], target: (t: T) => FsNode | null): T[] => {
      if (!o.has('group-directories-first') || order === 'none') return items;
      const isDir = items.map((t) => target(t)?.type === 'dir');
      return [...items.filter((_, i) => isDir[i]), ...items.filter((_, i) => !isDir[i])];
    };
    const reverse = o.has('reverse');
    const listDir = (label: string, p: string) => {
      if (!canRead(ctx.frame.user, p) || (ctx.frame.user !== 'root' && rootOnly(p)) || fs.list(p) === 'EACCES') {
        ctx.err(`${name}: cannot open directory '${label}': Permission denied\n`);
        code = 2;
        return;
      }
      const listed = fs.list(p);
      if (typeof listed === 'string') return;
      const dirNode = fs.get(p)!;
      // -U and -f: the order readdir gives
      const list = order === 'none' && dirNode.type === 'dir' ? inReaddirOrder(fs, dirNode, listed) : listed;
      const entries = dirsFirst(sortItems(list.filter((e) => almost || !e.name.startsWith('.')), order, reverse, (e) => e.name, (e) => e.mtime, (e) => e.size), (e) => fs.get(fs.join(p, e.name)));
      const rows: string[][] = [];
      if (all) {
        rows.push(fmt('.', p, dirNode));
        rows.push(fmt('..', p === '/' ? p : fs.dirname(p), fs.get(p === '/' ? p : fs.dirname(p))!));
      }
      for (const e of entries) {
        const ep = fs.join(p, e.name);
        // -L: what a link points at; a dangling one is named with ls.c's message
        const n = deref ? fs.get(ep) : fs.childOf(dirNode, e.name);
        // without -l or an indicator ls never stats the entries, so a dangling link goes unnoticed
        if (!n && (long || indicator !== 'none')) {
          ctx.err(`${name}: cannot access '${label === '.' ? '' : label.endsWith('/') ? label : label + '/'}${e.name}': No such file or directory\n`);
          code = 1;
        }
        rows.push(fmt(e.name, ep, n ?? fs.lget(ep)!));
      }
      let head = headers ? `${label}:\n` : '';
      const dots = all ? dirKb(p) + dirKb(p === '/' ? p : fs.dirname(p)) : 0;
      // print_dir(): the total with -l or -s, in -h's units too
      if (long || showBlocks) head += `total ${kib(dots + entries.reduce((s, e) => s + blocksOf(fs.join(p, e.name), fs.lget(fs.join(p, e.name))), 0))}\n`;
      blocks.push(() => head + render(rows));
      // ls.c: the sub-directories next, each with its own sub-directories before the next one
      if (recursive) for (const e of entries) if (e.type === 'dir') listDir(label.endsWith('/') ? label + e.name : `${label}/${e.name}`, fs.join(p, e.name));
    };
    // the operands as ls.c gobbles them (errors in the order given), then sorted by name as the entries of a
    // directory are: the files first, then each directory's listing
    const found: { t: string; p: string; node: FsNode; followed: FsNode | null }[] = [];
    for (const t of targets) {
      const p = ctx.resolve(t);
      // ls.c: -L follows every link, -H those named here; otherwise a link named here is followed to a directory
      // unless -l, -d or -F (a trailing / always follows it)
      const cmdline = deref || o.has('dereference-command-line') || t.endsWith('/');
      const toDir = !(long || o.has('directory') || indicator === 'classify') || o.has('dereference-command-line-symlink-to-dir');
      const lnode = fs.lget(p);
      const followed = lnode?.type === 'link' && (cmdline || toDir) ? fs.get(p) : null;
      const node = lnode?.type !== 'link' ? lnode : cmdline ? followed : followed?.type === 'dir' ? followed : lnode;
      if (!node) {
        ctx.err(`${name}: cannot access '${t}': No such file or directory\n`);
        code = 2;
        continue;
      }
      found.push({ t, p, node, followed });
    }
    const key = (t: string) => t.toLowerCase();
    // unsorted (-U), the operands stay in the order given
    if (order !== 'none') found.sort((a, b) => (key(a.t) < key(b.t) ? -1 : key(a.t) > key(b.t) ? 1 : 0));
    for (const { t, p, node, followed } of dirsFirst(sortItems(found, order, reverse, (f) => f.t, (f) => f.node.mtime, (f) => sizeOf(f.node)), (f) => fs.get(f.p))) {
      if (node.type !== 'dir' || o.has('directory')) {
        fileRows.push(fmt(t, p, node));
        continue;
      }
      if (long && !showContext) dirOperandRows.push(fmt(t, p, node));
      listDir(t, followed ? (fs.realpath(p) as string) : p);
    }
    const first = fileRows.length ? render(fileRows, dirOperandRows) : '';
    const out = [first, ...blocks.map((b) => b())].filter((b) => b !== '');
    ctx.out(out.join('\n') + (painter?.end() ?? ''));
    return code;
  }
}
