/** A unified diff (`diff -u`) of two texts, three lines of context, as GNU diff prints its hunks. */

type Op = [' ' | '-' | '+', string];

function ops(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // longest common subsequence table, from the ends
  const L: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([' ', a[i]]);
      i++;
      j++;
    } else if (L[i + 1][j] >= L[i][j + 1]) out.push(['-', a[i++]]);
    else out.push(['+', b[j++]]);
  }
  while (i < n) out.push(['-', a[i++]]);
  while (j < m) out.push(['+', b[j++]]);
  return out;
}

const range = (start: number, len: number) => (len === 1 ? `${start}` : `${len === 0 ? start - 1 + (start === 0 ? 1 : 0) : start},${len}`);

/** The hunks of `diff -u` (without the ---/+++ header), or '' when the texts are equal. */
export function unifiedHunks(oldText: string, newText: string, context = 3): string {
  const split = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
  const o = ops(split(oldText), split(newText));
  if (o.every(([k]) => k === ' ')) return '';
  let out = '';
  let idx = 0;
  while (idx < o.length) {
    while (idx < o.length && o[idx][0] === ' ') idx++;
    if (idx >= o.length) break;
    let start = Math.max(0, idx - context);
    let end = idx;
    // extend over changes separated by at most 2*context unchanged lines
    for (;;) {
      while (end < o.length && o[end][0] !== ' ') end++;
      let k = end;
      while (k < o.length && o[k][0] === ' ') k++;
      if (k < o.length && k - end <= 2 * context) end = k;
      else break;
    }
    const stop = Math.min(o.length, end + context);
    let oldStart = 1;
    let newStart = 1;
    for (let x = 0; x < start; x++) {
      if (o[x][0] !== '+') oldStart++;
      if (o[x][0] !== '-') newStart++;
    }
    const hunk = o.slice(start, stop);
    const oldLen = hunk.filter(([k]) => k !== '+').length;
    const newLen = hunk.filter(([k]) => k !== '-').length;
    out += `@@ -${range(oldLen ? oldStart : oldStart - 1, oldLen)} +${range(newLen ? newStart : newStart - 1, newLen)} @@\n`;
    out += hunk.map(([k, l]) => k + l + '\n').join('');
    idx = stop;
    start = stop;
  }
  return out;
}
