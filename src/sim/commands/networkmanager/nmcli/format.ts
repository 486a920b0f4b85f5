// nmcli's output layouts (src/nmcli/utils.c _print_fill()/_print_do()): tabular columns one wider than their widest
// cell with a space between, multiline `NAME:` padded to column 40, terse `a:b` with : and \ escaped, and the
// pretty mode's centred title between `=` lines.

export interface Cfg {
  mode: 'normal' | 'terse' | 'pretty';
  multiline: boolean | null;
  fields: string | null;
  escape: boolean;
  wait: number | null;
}

export const esc = (cfg: Cfg, c: string) => (cfg.escape ? c.replace(/([:\\])/g, '\\$1') : c);

/** The pretty mode's title: centred in a line of `=` as wide as the table (at least 79 for multiline output). */
export function title(text: string, width: number): string {
  const pad = Math.floor((width - text.length) / 2);
  return '='.repeat(width) + '\n' + ' '.repeat(Math.max(pad, 0)) + text + '\n' + '='.repeat(width) + '\n';
}

/** _print_do() in tabular form. */
export function table(cfg: Cfg, titles: string[], rows: string[][], header?: string): string {
  let sel = titles.map((_, i) => i);
  if (cfg.fields && cfg.fields.toLowerCase() !== 'common' && cfg.fields.toLowerCase() !== 'all') sel = cfg.fields.split(',').map((f) => titles.indexOf(f.trim().toUpperCase()));
  const cells = rows.map((r) => sel.map((i) => (r[i] === '' ? '--' : r[i])));
  if (cfg.mode === 'terse') return cells.map((r) => r.map((c) => esc(cfg, c === '--' ? '' : c)).join(':') + '\n').join('');
  const heads = sel.map((i) => titles[i]);
  const w = heads.map((t, c) => Math.max(t.length, ...cells.map((r) => r[c].length)) + 1);
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i])).join(' ') + '\n';
  let out = '';
  if (cfg.mode === 'pretty' && header) out += title(header, Math.max(header.length + 4, 0));
  out += line(heads);
  if (cfg.mode === 'pretty') out += '-'.repeat(w.reduce((a, b) => a + b + 1, 0)) + '\n';
  return out + cells.map(line).join('');
}

/** Multiline output: `NAME:` padded to 40 columns (terse: no padding, no `--`, no escaping), lists as NAME[n]. */
export function multiline(cfg: Cfg, items: [string, string | string[]][]): string {
  let out = '';
  for (const [k, v] of items) {
    const vals = Array.isArray(v) ? v.map((x, i) => [`${k}[${i + 1}]:`, x] as const) : [[`${k}:`, v] as const];
    for (const [p, x] of vals) {
      if (cfg.mode === 'terse') out += `${p}${x}\n`;
      else out += p.padEnd(40) + (x === '' ? '--' : x) + '\n';
    }
  }
  return out;
}
