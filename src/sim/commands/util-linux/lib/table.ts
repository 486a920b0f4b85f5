// The part of libsmartcols (2.37.4) that column -t prints through: columns at their natural width (the widest
// cell, and the header when headings are on), the separator after every column but the last, the last column
// unpadded, right-aligned columns, hidden ones, a tree column drawn with the UTF-8 branches, and JSON output
// (lib/jsonwrt.c: names lower-cased, empty cells null, three spaces a level). Shrinking a table wider than the
// terminal (TRUNC, WRAP, NOEXTREMES) is not modelled: a wide table prints at its natural width.
import { cells } from './text';

export interface Col {
  name: string | null;
  right?: boolean;
  hidden?: boolean;
  tree?: boolean;
}

export interface Line {
  cells: (string | undefined)[];
  children: Line[];
  parent?: Line;
}

export interface Table {
  cols: Col[];
  lines: Line[];
  sep: string;
  headings: boolean;
  name?: string;
}

/** Lines in print order with their tree prefix (libsmartcols' tree_ascii_art_to_buffer, UTF-8 symbols). */
function walk(lines: Line[], out: { line: Line; art: string }[] = [], art = ''): { line: Line; art: string }[] {
  const roots = lines;
  roots.forEach((l, i) => {
    const last = i === roots.length - 1;
    out.push({ line: l, art: l.parent ? art + (last ? '└─' : '├─') : '' });
    if (l.children.length) walk(l.children, out, l.parent ? art + (last ? '  ' : '│ ') : '');
  });
  return out;
}

export function printTable(t: Table): string {
  const cols = t.cols.map((c, i) => ({ ...c, i })).filter((c) => !c.hidden);
  const roots = t.lines.filter((l) => !l.parent);
  const rows = cols.some((c) => c.tree) ? walk(roots) : t.lines.map((line) => ({ line, art: '' }));
  const text = (r: { line: Line; art: string }, c: (typeof cols)[number]) => (c.tree ? r.art : '') + (r.line.cells[c.i] ?? '');
  const widths = cols.map((c) => Math.max(t.headings ? cells(c.name ?? '') : 0, ...rows.map((r) => cells(text(r, c)))));
  const row = (vals: string[]) =>
    vals
      .map((v, k) => {
        const last = k === vals.length - 1;
        const pad = ' '.repeat(Math.max(0, widths[k] - cells(v)));
        if (cols[k].right) return pad + v + (last ? '' : t.sep);
        return last ? v : v + pad + t.sep;
      })
      .join('') + '\n';
  let out = t.headings ? row(cols.map((c) => c.name ?? '')) : '';
  for (const r of rows) out += row(cols.map((c) => text(r, c)));
  return out;
}

const quote = (s: string) =>
  '"' +
  s.replace(/["\\\u0000-\u001f]/g, (c) => {
    const esc: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
    return esc[c] ?? '\\u00' + c.charCodeAt(0).toString(16).padStart(2, '0');
  }) +
  '"';

export function printJson(t: Table): string {
  const cols = t.cols.map((c, i) => ({ ...c, i })).filter((c) => !c.hidden);
  const ind = (n: number) => '   '.repeat(n);
  const obj = (l: Line, d: number): string => {
    const fields = cols.map((c) => {
      const v = l.cells[c.i];
      return `${ind(d + 1)}${quote((c.name ?? '').toLowerCase())}: ${v ? quote(v) : 'null'}`;
    });
    if (l.children.length) fields.push(`${ind(d + 1)}"children": [\n${list(l.children, d + 2)}\n${ind(d + 1)}]`);
    return `{\n${fields.join(',\n')}\n${ind(d)}}`;
  };
  const list = (ls: Line[], d: number) => ind(d) + ls.map((l) => obj(l, d)).join(',');
  const roots = t.lines.filter((l) => !l.parent);
  return `{\n   ${quote(t.name ?? 'table')}: [\n${list(roots, 2)}\n   ]\n}\n`;
}
