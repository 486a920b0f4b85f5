/**
 * What etcdctl's printers lay out: olekukonko/tablewriter v0.0.5 as printer_table.go uses it (headers through Title:
 * "_" to a blank, upper-cased, centred with the extra blank on the right; cells aligned right; "+---+" lines above
 * and below the header and at the end; every column as wide as its widest text, one blank each side), and Go's
 * time.Duration String() for the "took" of endpoint health.
 */

/** tablewriter's Title: '_' becomes a blank (a '.' too unless between digits), trimmed, upper-cased */
function title(h: string): string {
  const rs = [...h];
  const numOrSpace = (c: string | undefined) => c === undefined || /[0-9 ]/.test(c);
  for (let i = 0; i < rs.length; i++) {
    if (rs[i] === '_') rs[i] = ' ';
    else if (rs[i] === '.' && ((i !== 0 && !numOrSpace(rs[i - 1])) || (i !== rs.length - 1 && !numOrSpace(rs[i + 1])))) rs[i] = ' ';
  }
  const s = rs.join('').trim();
  return (s.length === 0 && h.length > 0 ? ' ' : s).toUpperCase();
}

/** Render() of a table with a header and rows, SetAlignment(ALIGN_RIGHT) */
export function table(header: string[], rows: string[][]): string {
  const hdr = header.map(title);
  const w = hdr.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = '+' + w.map((n) => '-'.repeat(n + 2)).join('+') + '+\n';
  // Pad: gapLeft = gap/2 (integer division), the rest on the right
  const centre = (s: string, n: number) => {
    const gap = n - s.length;
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + s + ' '.repeat(gap - left);
  };
  let out = line + '|' + hdr.map((h, i) => ` ${centre(h, w[i])} |`).join('') + '\n' + line;
  for (const r of rows) out += '|' + r.map((c, i) => ` ${c.padStart(w[i])} |`).join('') + '\n';
  return out + line;
}

/** time.Duration's String() of a duration under a minute, in nanoseconds */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const trim = (v: number, digits: number) => v.toFixed(digits).replace(/\.?0+$/, '');
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${trim(ns / 1e3, 3)}µs`;
  if (ns < 1e9) return `${trim(ns / 1e6, 6)}ms`;
  return `${trim(ns / 1e9, 9)}s`;
}
