// findmnt of util-linux 2.37.4 (options and help in spec.ts), over the guest's mount table (lib/mounts.ts).
// The tree of mounts (create_treenode: a mount under the one it lies in, the filters hiding rows but not their
// children), or a list with -l, a source or target given, or -f; -n, -r, -a, -o/--output-all (+COL appends), -t,
// -O, -S, -T, -M and -D as misc-utils/findmnt.c and libsmartcols print them: columns as wide as their widest
// cell, one space between, the last one unpadded, SIZE-like columns to the right. Nothing matched: status 1.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { mounts, type Mount } from '../../lib/mounts';
import { matchFstype } from '../mount/run';

const RIGHT = new Set(['AVAIL', 'SIZE', 'USED', 'USE%', 'ID', 'PARENT', 'FREQ', 'PASSNO', 'TID']);
/** The absolute width hints of findmnt.c's infos[] (a column is at least that wide, and as wide as its header). */
const HINT: Record<string, number> = { ACTION: 10, AVAIL: 5, FREQ: 1, ID: 2, 'MAJ:MIN': 6, PARENT: 2, PARTUUID: 36, PASSNO: 1, SIZE: 5, TID: 4, USED: 5, 'USE%': 3, UUID: 36 };
const VFS = new Set(['rw', 'ro', 'nosuid', 'nodev', 'noexec', 'relatime', 'noatime', 'strictatime', 'nodiratime', 'sync', 'dirsync', 'mand']);
// infos[] in the order of its COL_ enum
const COLUMNS = ['ACTION', 'AVAIL', 'FREQ', 'FSROOT', 'FSTYPE', 'FS-OPTIONS', 'ID', 'LABEL', 'MAJ:MIN', 'OLD-OPTIONS', 'OLD-TARGET', 'OPTIONS', 'OPT-FIELDS', 'PARENT', 'PARTLABEL', 'PARTUUID', 'PASSNO', 'PROPAGATION', 'SIZE', 'SOURCE', 'TARGET', 'TID', 'USED', 'USE%', 'UUID', 'VFS-OPTIONS'];

/** size_to_human_string(SIZE_SUFFIX_1LETTER) of lib/strutils.c. */
export function humanSize(bytes: number): string {
  let exp = 0;
  while (exp < 60 && bytes >= 2 ** (exp + 10)) exp += 10;
  const letters = ['B', 'K', 'M', 'G', 'T', 'P', 'E'];
  let dec = exp ? Math.floor(bytes / 2 ** exp) : bytes;
  let frac = exp ? bytes % 2 ** exp : 0;
  if (frac) {
    frac = Math.floor((frac * 1000) / 2 ** exp);
    frac = Math.floor((frac + 50) / 100);
    if (frac > 9) {
      dec++;
      frac = 0;
    }
  }
  return `${dec}${frac ? '.' + frac : ''}${letters[exp / 10]}`;
}

/** A row of the table findmnt reads: a mount, or an /etc/fstab line (-s) with its dump and pass fields. */
type Row = Mount & { freq?: string; passno?: string };

/** The lines of /etc/fstab as libmount parses them (comments and blank lines skipped). */
function fstabRows(ctx: CommandContext): Row[] {
  const t = ctx.host.fs.read('/etc/fstab');
  if (/^E[A-Z]+$/.test(t)) return [];
  return t
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[0] && !f[0].startsWith('#') && f.length >= 2)
    .map(([source, target, fstype = '', options = 'defaults', freq = '0', passno = '0'], i) => ({ id: i, parent: 0, majMin: '0:0', source, target, fstype, options, freq, passno }));
}

function cell(m: Row, col: string, bytes: boolean, raw: boolean): string {
  const opts = m.options.split(',');
  // get_vfs_attr(): statvfs figures, "0" when zero, "-" for the use of a file system without blocks
  const size = (kb: number | undefined) => (!kb ? '0' : bytes ? String(kb * 1024) : humanSize(kb * 1024));
  switch (col) {
    case 'SOURCE': return m.source;
    case 'TARGET': return m.target;
    case 'FSTYPE': return m.fstype;
    case 'OPTIONS': return m.options;
    case 'VFS-OPTIONS': return opts.filter((x) => VFS.has(x)).join(',');
    case 'FS-OPTIONS': return [opts[0], ...opts.slice(1).filter((x) => !VFS.has(x))].join(',');
    // "%3u:%-3u" (raw output: "%u:%u")
    case 'MAJ:MIN': {
      if (raw) return m.majMin;
      const [maj, min] = m.majMin.split(':');
      return `${maj.padStart(3)}:${min.padEnd(3)}`;
    }
    case 'SIZE': return size(m.kb?.size);
    case 'USED': return size(m.kb?.used);
    case 'AVAIL': return size(m.kb ? m.kb.size - m.kb.used : undefined);
    case 'USE%': return m.kb && m.kb.size ? Math.round((m.kb.used / m.kb.size) * 100) + '%' : '-';
    case 'FSROOT': return '/';
    case 'ID': return String(m.id);
    case 'PARENT': return String(m.parent);
    case 'PROPAGATION': return 'shared';
    case 'OPT-FIELDS': return 'shared:1';
    case 'TID': return '1';
    case 'FREQ': return m.freq ?? '0';
    case 'PASSNO': return m.passno ?? '0';
    default: return '';
  }
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = [...(ctx.operands ?? [])];
  const table: Row[] = o.has('fstab') ? fstabRows(ctx) : mounts(ctx.host);
  let cols = ['TARGET', 'SOURCE', 'FSTYPE', 'OPTIONS'];
  if (o.has('df')) cols = ['SOURCE', 'FSTYPE', 'SIZE', 'USED', 'AVAIL', 'USE%', 'TARGET'];
  if (o.has('output-all')) cols = COLUMNS.filter((c) => !['ACTION', 'OLD-TARGET', 'OLD-OPTIONS'].includes(c));
  for (const list of o.all('output')) {
    const add = list.startsWith('+');
    const names = (add ? list.slice(1) : list).split(',').filter(Boolean);
    for (const n of names) {
      if (!COLUMNS.includes(n.toUpperCase())) {
        ctx.err(`findmnt: unknown column: ${n}\n`);
        return 1;
      }
    }
    cols = add ? [...cols, ...names.map((n) => n.toUpperCase())] : names.map((n) => n.toUpperCase());
  }
  let source = o.str('source');
  let target = o.str('target') ?? o.str('mountpoint');
  if (ops.length && !source && !target) {
    const a = ops.shift()!;
    if (ops.length) {
      source = a;
      target = ops.shift();
    } else if (a.startsWith('/dev/') || a.includes('=')) source = a;
    else target = a;
  }
  const types = o.str('types');
  const optPattern = o.str('options');
  const raw = o.has('raw');
  let tree = !o.has('list') && !raw && !o.has('df') && !o.has('pairs') && !o.has('fstab') && !o.has('mtab') && !o.has('poll');
  if (o.has('first-only') || source || target) tree = false;
  const resolveTarget = (t: string) => (t.startsWith('/') ? t.replace(/\/+$/, '') || '/' : ctx.resolve(t));
  const match = (m: Mount): boolean => {
    // --df: the file systems with blocks and every *tmpfs (libmount's pseudo file systems left out)
    if (o.has('df') && !o.has('all') && !m.fstype.includes('tmpfs') && !m.source.startsWith('/dev/')) return false;
    let ok = true;
    if (types) ok &&= matchFstype(m.fstype, types);
    if (optPattern) ok &&= optPattern.split(',').every((p) => (p.startsWith('no') && !m.options.split(',').includes(p)) || m.options.split(',').includes(p));
    if (target) ok &&= m.target === resolveTarget(target) || (!source && m.source === target);
    if (source) ok &&= m.source === source || (!o.str('target') && m.target === resolveTarget(source));
    return o.has('invert') ? !ok : ok;
  };

  // rows: [mount, tree prefix]
  const rows: [Mount, string][] = [];
  const ascii = o.has('ascii');
  const [branch, last, bar, gap] = ascii ? ['|-', '`-', '| ', '  '] : ['├─', '└─', '│ ', '  '];
  if (tree) {
    // the lines of the output tree: a shown mount hangs from its nearest shown ancestor (create_treenode)
    interface Node { m: Mount; kids: Node[] }
    const top: Node[] = [];
    const kids = (id: number) => table.filter((m) => m.parent === id && m.target !== '/');
    const walk = (m: Mount, into: Node[]) => {
      let next = into;
      if (match(m)) {
        const n: Node = { m, kids: [] };
        into.push(n);
        next = n.kids;
      }
      for (const c of kids(m.id)) walk(c, next);
    };
    const rootFs = table.find((m) => m.target === '/');
    if (rootFs) walk(rootFs, top);
    const draw = (nodes: Node[], pre: string, nested: boolean) =>
      nodes.forEach((n, i) => {
        const end = i === nodes.length - 1;
        rows.push([n.m, nested ? pre + (end ? last : branch) : '']);
        draw(n.kids, nested ? pre + (end ? gap : bar) : '', true);
      });
    draw(top, '', false);
  } else {
    const found = table.filter(match);
    const pick = o.has('first-only') ? found.slice(0, 1) : found;
    for (const m of pick) rows.push([m, '']);
    if (!rows.length) return 1;
  }
  if (!rows.length) return 0;

  const bytes = o.has('bytes');
  const cells = rows.map(([m, prefix]) => cols.map((c) => (c === 'TARGET' && tree ? prefix + cell(m, c, bytes, raw) : cell(m, c, bytes, raw))));
  const heads = !o.has('noheadings');
  if (o.has('pairs')) {
    ctx.out(cells.map((r) => r.map((v, i) => `${cols[i]}="${v}"`).join(' ') + '\n').join(''));
    return 0;
  }
  if (raw) {
    const esc = (v: string) => v.replace(/[ \\"]/g, (ch) => '\\x' + ch.charCodeAt(0).toString(16));
    ctx.out([...(heads ? [cols] : []), ...cells].map((r) => r.map(esc).join(' ') + '\n').join(''));
    return 0;
  }
  const width = cols.map((c, i) => Math.max(c.length, HINT[c] ?? 0, ...cells.map((r) => [...r[i]].length)));
  const fmt = (r: string[]) =>
    r
      .map((v, i) => {
        const pad = width[i] - [...v].length;
        if (RIGHT.has(cols[i])) return ' '.repeat(pad) + v;
        return i === r.length - 1 ? v : v + ' '.repeat(pad);
      })
      .join(' ') + '\n';
  ctx.out((heads ? fmt(cols) : '') + cells.map(fmt).join(''));
  return 0;
}
