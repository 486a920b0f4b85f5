// The columns of `dnf list` (dnf 4.14: cli.py _list_cmd_calc_columns, output.py calcColumns, fmtColumns): the
// widths come from the lengths of every name.arch, evr and repository listed, fitted to the terminal's width (80
// when stdout is not a terminal, unless the longest fields need more); an item longer than its column overflows onto
// its own line, and the last column is padded to its width.

/** Count of items per length, ascending, for one column. */
type Lens = [len: number, count: number][];

function lens(values: string[]): Lens {
  const m = new Map<number, number>();
  for (const v of values) m.set(v.length, (m.get(v.length) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

/** output.py _calc_columns_spaces_helps. */
function helps(current: number, data: Lens, left: number): number {
  let ret = 0;
  for (const [len, n] of data) {
    if (left < len - current) break;
    ret += n;
  }
  return ret;
}

/** output.py calcColumns(data, remainder_column=1) for three columns; `termWidth` null when stdout is no terminal. */
export function calcColumns(cols3: string[][], termWidth: number | null, remainder = 1): number[] {
  const data = cols3.map(lens);
  const cols = data.length;
  const columns = [...Array(cols - 1).fill(1), 0];
  let total = termWidth ?? 0;
  if (!total) {
    const full = data.map((d, i) => (d.length ? d[d.length - 1][0] : columns[i] + 1));
    if (full.reduce((a, b) => a + b, 0) > 80) return full;
    total = 80;
  }
  total -= columns.reduce((a, b) => a + b, 0) + (cols - 1);
  if (!columns[cols - 1]) total += 1;
  while (total > 0) {
    let best = 0;
    let val = 0;
    for (let d = 0; d < cols; d++) {
      const h = helps(columns[d], data[d], total);
      if (!h) continue;
      if (best && d === cols - 1 && h / 2 < best) continue;
      if (h < best) continue;
      best = h;
      val = d;
    }
    if (best) {
      const diff = data[val].shift()![0] - columns[val];
      if (!columns[val] && val === cols - 1) total -= 1;
      columns[val] += diff;
      total -= diff;
      continue;
    }
    const overflowed = data.filter((d) => d.length).length;
    if (overflowed) {
      const norm = Math.floor(total / overflowed);
      for (let d = 0; d < cols; d++) {
        if (!data[d].length) continue;
        columns[d] += norm;
        total -= norm;
      }
    }
    const n = cols - 1;
    const norm = Math.floor(total / n);
    for (let d = 0; d < n; d++) columns[d] += norm;
    columns[remainder] += total - n * norm;
    total = 0;
  }
  return columns;
}

/** output.py fmtColumns for left-aligned columns: one row. */
export function fmtRow(values: string[], widths: number[]): string {
  let out = '';
  let used = 0;
  for (let i = 0; i < values.length - 1; i++) {
    const v = values[i];
    const w = widths[i];
    if (v.length <= w) out += v + ' '.repeat(w - v.length) + ' ';
    else out += v + '\n' + ' '.repeat(used + w + 1);
    used += w + 1;
  }
  const last = values[values.length - 1];
  return out + last + ' '.repeat(Math.max(0, widths[widths.length - 1] - last.length));
}
