// ls of GNU coreutils 8.32 (options and help in spec.ts).
import { byteLength } from '../../../fs';
import { canRead, padStart, parseFlags, tm, two } from '../../../util';
import { def } from '../../lib/guest';
import { owner } from '../../lib/files';

function modeString(type: 'file' | 'dir', mode: number): string {
  const rwx = (m: number) => (m & 4 ? 'r' : '-') + (m & 2 ? 'w' : '-') + (m & 1 ? 'x' : '-');
  // a socket keeps S_IFSOCK in its mode (containerd.sock)
  const kind = type === 'dir' ? 'd' : (mode & 0o170000) === 0o140000 ? 's' : '-';
  return kind + rwx(mode >> 6) + rwx((mode >> 3) & 7) + rwx(mode & 7) + '.';
}

function lsDate(ms: number, now: number): string {
  const t = tm(ms);
  const recent = now - ms < 180 * 86400_000;
  return `${t.monName} ${String(t.d).padStart(2, ' ')} ${recent ? `${two(t.h)}:${two(t.mi)}` : ' ' + t.y}`;
}

export function human(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T'];
  let v = bytes;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[i];
}

/** GNU ls -C layout: as many columns as fit the width, filled top to bottom. */
export function columns(names: string[], width: number): string {
  if (!names.length) return '';
  const n = names.length;
  for (let cols = n; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    if (cols > 1 && (cols - 1) * rows >= n) continue;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const col = names.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(0, ...col.map((x) => x.length)) + (c < cols - 1 ? 2 : 0));
    }
    if (cols > 1 && widths.reduce((a, b) => a + b, 0) > width) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < cols; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        line += c < cols - 1 && names[(c + 1) * rows + r] !== undefined ? name.padEnd(widths[c]) : name;
      }
      out += line + '\n';
    }
    return out;
  }
  return names.join('\n') + '\n';
}

def({
  name: 'ls',
  summary: 'list directory contents',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const all = flags.has('a') || flags.has('all');
    const long = flags.has('l');
    const h = flags.has('h');
    const one = flags.has('1') || !ctx.tty;
    const fs = ctx.host.fs;
    const targets = pos.length ? pos : ['.'];
    let code = 0;
    const blocks: string[] = [];
    const fileRows: string[] = [];
    const fmt = (name: string, path: string, type: 'file' | 'dir', size: number, mtime: number, mode: number) => {
      if (!long) return name;
      const o = owner(path);
      const sz = type === 'dir' ? (h ? '4.0K' : '4096') : h ? human(size) : String(size);
      return `${modeString(type, mode)} ${type === 'dir' ? 2 : 1} ${o} ${o} ${padStart(sz, h ? 4 : 5)} ${lsDate(mtime, ctx.world.now)} ${name}`;
    };
    const render = (rows: string[]) => (one || long ? rows.map((r) => r + '\n').join('') : columns(rows, 80));
    for (const t of targets) {
      const p = ctx.resolve(t);
      const node = fs.get(p);
      if (!node) {
        ctx.err(`ls: cannot access '${t}': No such file or directory\n`);
        code = 2;
        continue;
      }
      if (node.type === 'file' || flags.has('d')) {
        fileRows.push(fmt(t, p, node.type, node.type === 'file' ? byteLength(node.content) : 4096, node.mtime, node.mode));
        continue;
      }
      if (!canRead(ctx.frame.user, p)) {
        ctx.err(`ls: cannot open directory '${t}': Permission denied\n`);
        code = 2;
        continue;
      }
      const list = fs.list(p);
      if (typeof list === 'string') continue;
      const entries = list.filter((e) => all || !e.name.startsWith('.'));
      const rows: string[] = [];
      if (all) {
        rows.push(fmt('.', p, 'dir', 4096, node.mtime, 0o755));
        rows.push(fmt('..', p, 'dir', 4096, node.mtime, 0o755));
      }
      for (const e of entries) rows.push(fmt(e.name, fs.join(p, e.name), e.type, e.size, e.mtime, e.mode));
      let block = '';
      if (targets.length > 1) block += `${t}:\n`;
      if (long) block += `total ${entries.reduce((s, e) => s + (e.type === 'dir' ? 0 : Math.ceil(e.size / 4096) * 4), 0)}\n`;
      block += render(rows);
      blocks.push(block);
    }
    const out = [fileRows.length ? render(fileRows) : '', ...blocks].filter((b) => b !== '');
    ctx.out(out.join('\n'));
    return code;
  },
});
