// Which lines of two files differ, the way GNU diff's analyze.c arrives at them: Myers' O(ND) search for a
// shortest edit script by its middle snake, halves compared in turn (matching heads and tails set aside first),
// then each run of changed lines slid as far down as equal lines allow (shift_boundaries) so that an added line
// among equal ones is the last of them. Lines are compared by a key (ignoring case or white space).

/** changed[0][i] / changed[1][j]: line i of the first file, line j of the second, is not in the common part. */
export function compare(a: string[], b: string[]): [boolean[], boolean[]] {
  const ca = new Array<boolean>(a.length).fill(false);
  const cb = new Array<boolean>(b.length).fill(false);
  const n = a.length + b.length + 2;
  const fd = new Int32Array(2 * n + 1);
  const bd = new Int32Array(2 * n + 1);
  const off = n;

  /** The point (x, y) where a shortest path from (xoff, yoff) to (xlim, ylim) crosses its middle. */
  function middle(xoff: number, xlim: number, yoff: number, ylim: number): [number, number] {
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = (fmid - bmid) & 1;
    fd[off + fmid] = xoff;
    bd[off + bmid] = xlim;
    for (;;) {
      // forward: extend each diagonal by one edit, then along equal lines
      if (fmin > dmin) fd[off + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) fd[off + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[off + d - 1];
        const thi = fd[off + d + 1];
        let x = tlo >= thi ? tlo + 1 : thi;
        let y = x - d;
        while (x < xlim && y < ylim && a[x] === b[y]) {
          x++;
          y++;
        }
        fd[off + d] = x;
        if (odd && bmin <= d && d <= bmax && bd[off + d] <= x) return [x, y];
      }
      // backward, from the ends
      if (bmin > dmin) bd[off + --bmin - 1] = 0x7fffffff;
      else ++bmin;
      if (bmax < dmax) bd[off + ++bmax + 1] = 0x7fffffff;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[off + d - 1];
        const thi = bd[off + d + 1];
        let x = tlo < thi ? tlo : thi - 1;
        let y = x - d;
        while (x > xoff && y > yoff && a[x - 1] === b[y - 1]) {
          x--;
          y--;
        }
        bd[off + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd[off + d]) return [x, y];
      }
    }
  }

  function seq(xoff: number, xlim: number, yoff: number, ylim: number): void {
    while (xoff < xlim && yoff < ylim && a[xoff] === b[yoff]) {
      xoff++;
      yoff++;
    }
    while (xlim > xoff && ylim > yoff && a[xlim - 1] === b[ylim - 1]) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) for (let j = yoff; j < ylim; j++) cb[j] = true;
    else if (yoff === ylim) for (let i = xoff; i < xlim; i++) ca[i] = true;
    else {
      const [x, y] = middle(xoff, xlim, yoff, ylim);
      seq(xoff, x, yoff, y);
      seq(x, xlim, y, ylim);
    }
  }

  seq(0, a.length, 0, b.length);
  shift(a, ca, cb);
  shift(b, cb, ca);
  return [ca, cb];
}

/**
 * shift_boundaries: move each run of changed lines up while the line before it equals its last line (joining runs
 * it meets), then down while its first line equals the line after it; if going down left it no longer next to a
 * change of the other file that it was next to, it goes back up to that place.
 */
function shift(lines: string[], changed: boolean[], other: boolean[]): void {
  const n = lines.length;
  const oc = (k: number) => k >= 0 && k < other.length && other[k];
  let i = 0;
  // j: one past the place of the other file that corresponds to i
  let j = 0;
  for (;;) {
    while (i < n && !changed[i]) {
      while (oc(j++));
      i++;
    }
    if (i >= n) break;
    let start = i;
    while (i < n && changed[i]) i++;
    let runlength: number;
    let corresponding: number;
    do {
      runlength = i - start;
      while (start > 0 && lines[start - 1] === lines[i - 1]) {
        changed[--start] = true;
        changed[--i] = false;
        while (start > 0 && changed[start - 1]) start--;
        while (oc(--j));
      }
      corresponding = oc(j - 1) ? i : n;
      while (i < n && lines[start] === lines[i]) {
        changed[start++] = false;
        changed[i++] = true;
        while (i < n && changed[i]) i++;
        while (oc(++j)) corresponding = i;
      }
    } while (runlength !== i - start);
    while (corresponding < i) {
      changed[--start] = true;
      changed[--i] = false;
      while (oc(--j));
    }
  }
}

/** A change: lines [a0, a1) of the first file replaced by [b0, b1) of the second. */
export interface Change {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** The changes in order, from the changed flags. */
export function changes(ca: boolean[], cb: boolean[]): Change[] {
  const out: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < ca.length || j < cb.length) {
    if ((i < ca.length && ca[i]) || (j < cb.length && cb[j])) {
      const a0 = i;
      const b0 = j;
      while (i < ca.length && ca[i]) i++;
      while (j < cb.length && cb[j]) j++;
      out.push({ a0, a1: i, b0, b1: j });
    } else {
      i++;
      j++;
    }
  }
  return out;
}
