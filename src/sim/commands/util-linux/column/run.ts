// column of util-linux 2.37.4 as text-utils/column.c runs it: without -t the input lines are entries filled into
// columns (-x: rows) at tab stops within the output width (-c, else the terminal's, else $COLUMNS, else 80), one a
// line when the longest is as wide; -t splits each line into cells (by runs of spaces and tabs, or by each of the
// -s characters) and prints a table (lib/table.ts): -N names the columns, -R -H -O -d -o -l -r/-i/-p, -J as JSON.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { cells, invalidEncode, terminalWidth } from '../lib/text';
import { printJson, printTable, type Col, type Line } from '../lib/table';
import { spec } from './spec';

class Fail extends Error {}

function* column(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const err = (m: string) => {
    ctx.err(`column: ${m}\n`);
    throw new Fail();
  };
  try {
    return run(ctx, o, err);
  } catch (e) {
    if (e instanceof Fail) return 1;
    throw e;
  }
}

function run(ctx: CommandContext, o: NonNullable<CommandContext['opts']>, err: (m: string) => never): number {
  // err_exclusive_options(): -J and -t each exclude -x (its message names the pair in the table's order)
  for (const a of ['json', 'table']) if (o.has(a) && o.has('fillrows')) err(`mutually exclusive arguments: --${a} --fillrows`);
  let mode: 'cols' | 'rows' | 'table' = 'cols';
  let width: number | null = null;
  let maxncols = 0;
  let names: string[] | null = null;
  for (const { key, value } of o.list) {
    const v = String(value);
    if (key === 'columns') {
      if (!/^\s*\+?\d+$/.test(v) || Number(v) > 0xffffffff) err(`invalid columns argument: '${v}'`);
      width = Number(v);
    } else if (key === 'json' || key === 'table') mode = 'table';
    else if (key === 'fillrows') mode = 'rows';
    else if (key === 'table-columns-limit') {
      if (!/^\s*\+?\d+$/.test(v)) err(`invalid columns limit argument: '${v}'`);
      maxncols = Number(v);
      if (maxncols === 0) err('columns limit must be greater than zero');
    } else if (key === 'table-columns') names = v.split(',');
  }
  const json = o.has('json');
  const tree = o.str('tree');
  if (width === null) width = terminalWidth(ctx, 80);
  if (tree !== undefined) {
    mode = 'table';
    if (!o.has('tree-parent') || !o.has('tree-id')) err('options --tree-id and --tree-parent are required for tree formatting');
  }
  const tableOnly = ['table-order', 'table-name', 'table-wrap', 'table-hide', 'table-truncate', 'table-noextreme', 'table-right', 'table-columns'];
  if (mode !== 'table' && tableOnly.some((k) => o.has(k))) err('option --table required for all --table-*');
  if (!names && json) err('option --table-columns required for --json');

  const sepChars = o.has('separator') ? [...o.str('separator')!] : null;
  const keepEmpty = o.has('keep-empty-lines');
  const entries: string[] = [];
  const lines: Line[] = [];
  const cols: Col[] = (names ?? []).map((name) => ({ name }));
  let status = 0;

  const split = (s: string): string[] => {
    if (!sepChars) {
      // wcstok() over " \t": runs of separators, none leading or trailing; each cell ends one character after it
      const parts: string[] = [];
      const re = /[^ \t]+/g;
      let m: RegExpExecArray | null;
      while (!(maxncols && parts.length + 1 === maxncols)) {
        if (!(m = re.exec(s))) return parts;
        parts.push(m[0]);
        re.lastIndex = m.index + m[0].length + 1;
      }
      // -l: the last cell is the line from the characters the cells took (2.37.4 does not count the separators
      // wcstok() skipped before the first cell)
      const taken = parts.reduce((n, p) => n + p.length + 1, 0);
      if (taken <= s.length) parts.push(s.slice(taken));
      return parts;
    }
    const parts: string[] = [];
    let cur = '';
    const chars = [...s];
    for (let i = 0; i < chars.length; i++) {
      if (maxncols && parts.length + 1 === maxncols) {
        cur = chars.slice(i).join('');
        break;
      }
      if (sepChars.includes(chars[i])) {
        parts.push(cur);
        cur = '';
      } else cur += chars[i];
    }
    parts.push(cur);
    return parts;
  };

  const read = (text: string) => {
    const ls = text.split('\n');
    if (ls[ls.length - 1] === '') ls.pop();
    for (const raw of ls) {
      if (!/[^ \t\n\v\f\r]/.test(raw)) {
        if (keepEmpty) {
          if (mode === 'table') lines.push({ cells: [], children: [] });
          else entries.push('');
        }
        continue;
      }
      const line = invalidEncode(raw);
      if (mode !== 'table') {
        entries.push(line);
        continue;
      }
      const parts = split(line);
      for (let k = cols.length; k < parts.length; k++) {
        if (json) err(`line ${lines.length + 2}: for JSON the name of the column ${k + 1} is required`);
        cols.push({ name: null });
      }
      lines.push({ cells: parts, children: [] });
    }
  };

  const files = ctx.operands ?? [];
  if (!files.length) read(ctx.stdin ?? '');
  for (const f of files) {
    const r = readFile(ctx, ctx.resolve(f));
    if (r.ok) read(r.text);
    else if (r.errno === 'EISDIR') {
      // getline() on a directory fails with EISDIR: column stops with "read failed"
      err(`read failed: ${strerror('EISDIR')}`);
    } else {
      ctx.err(`column: ${f}: ${strerror(r.errno as FsError)}\n`);
      status++;
    }
  }

  if (mode !== 'table') {
    if (!entries.length) return status;
    let maxlength = Math.max(...entries.map(cells));
    if (maxlength >= width) {
      ctx.out(entries.map((e) => e + '\n').join(''));
      return status;
    }
    maxlength = (maxlength + 8) & ~7;
    ctx.out(mode === 'rows' ? fillRows(entries, width, maxlength) : fillCols(entries, width, maxlength));
    return status;
  }
  if (!lines.length) return status;

  // -R -T -E -W -H: a list of column numbers or names ("0": all of them; for -H, "-": the unnamed ones)
  const column = (s: string): number => {
    if (/^\d+$/.test(s)) return Number(s) - 1;
    const i = (names ?? []).findIndex((n) => n.toLowerCase() === s.toLowerCase());
    if (i < 0) err(`undefined column name '${s}'`);
    return i;
  };
  const apply = (key: string, set: (c: Col) => void) => {
    const list = o.str(key);
    if (list === undefined) return;
    if (list === '0') cols.forEach(set);
    for (const one of list.split(',')) {
      if (key === 'table-hide' && one === '-') {
        cols.filter((c) => !c.name).forEach(set);
        continue;
      }
      const c = cols[column(one)];
      if (c) set(c);
    }
  };
  apply('table-right', (c) => (c.right = true));
  apply('table-truncate', () => {});
  apply('table-noextreme', () => {});
  apply('table-wrap', () => {});
  apply('table-hide', (c) => (c.hidden = true));
  if (tree !== undefined) {
    const [ct, cp, ci] = [tree, o.str('tree-parent')!, o.str('tree-id')!].map((s) => cols[column(s)]);
    if (ct && cp && ci) {
      ct.tree = true;
      const [p, i] = [cols.indexOf(cp), cols.indexOf(ci)];
      const ancestor = (a: Line, l: Line): boolean => !!l.parent && (l.parent === a || ancestor(a, l.parent));
      for (const li of lines) {
        const id = li.cells[i];
        if (!id) continue;
        for (const ln of lines) {
          if (ln.cells[p] !== id || ancestor(ln, li) || ln === li) continue;
          if (ln.parent) ln.parent.children.splice(ln.parent.children.indexOf(ln), 1);
          ln.parent = li;
          li.children.push(ln);
        }
      }
    }
  }
  let order = cols;
  const orderList = o.str('table-order');
  if (orderList !== undefined) {
    const wanted = orderList.split(',').map((s) => cols[column(s)]).filter(Boolean);
    order = [...wanted, ...cols.filter((c) => !wanted.includes(c))];
  }
  const idx = order.map((c) => cols.indexOf(c));
  const table = {
    cols: order,
    lines: lines.map((l) => l),
    sep: o.str('output-separator') ?? '  ',
    headings: !!names && !o.has('table-noheadings'),
    name: o.str('table-name'),
  };
  // the cells follow the columns' new order
  const moved = new Map<Line, Line>();
  for (const l of lines) moved.set(l, { cells: idx.map((k) => l.cells[k]), children: [] });
  for (const l of lines) {
    const m = moved.get(l)!;
    m.children = l.children.map((c) => moved.get(c)!);
    if (l.parent) m.parent = moved.get(l.parent);
  }
  table.lines = lines.map((l) => moved.get(l)!);
  ctx.out(json ? printJson(table) : printTable(table));
  return status;
}

/** columnate_fillcols(): entries down the columns, tabs to each column's stop. */
function fillCols(ents: string[], termwidth: number, maxlength: number): string {
  const numcols = Math.max(1, Math.floor(termwidth / maxlength));
  const numrows = Math.ceil(ents.length / numcols);
  let out = '';
  for (let row = 0; row < numrows; row++) {
    let endcol = maxlength;
    let chcnt = 0;
    for (let base = row, col = 0; col < numcols; col++) {
      out += ents[base];
      chcnt += cells(ents[base]);
      if ((base += numrows) >= ents.length) break;
      let cnt: number;
      while ((cnt = (chcnt + 8) & ~7) <= endcol) {
        out += '\t';
        chcnt = cnt;
      }
      endcol += maxlength;
    }
    out += '\n';
  }
  return out;
}

/** columnate_fillrows(): entries across the rows. */
function fillRows(ents: string[], termwidth: number, maxlength: number): string {
  const numcols = Math.floor(termwidth / maxlength);
  let out = '';
  let chcnt = 0;
  let col = 0;
  let endcol = maxlength;
  for (let i = 0; ; i++) {
    out += ents[i];
    chcnt += cells(ents[i]);
    if (i === ents.length - 1) break;
    if (++col === numcols) {
      chcnt = col = 0;
      endcol = maxlength;
      out += '\n';
    } else {
      let cnt: number;
      while ((cnt = (chcnt + 8) & ~7) <= endcol) {
        out += '\t';
        chcnt = cnt;
      }
      endcol += maxlength;
    }
  }
  if (chcnt) out += '\n';
  return out;
}

def({ name: 'column', summary: 'columnate lists', spec, run: column });
