// Which lines of two files differ, the way GNU diff 3.7 arrives at them (io.c's find_identical_ends, analyze.c's
// discard_confusing_lines and shift_boundaries around gnulib diffseq.h's compareseq):
// 1. the identical lines at the start and the end are set aside, except HORIZON lines next to the rest (the
//    context of -u/-c, else none), found on the raw lines even when lines are compared loosely;
// 2. in what is left, a line with no equal in the other file is a change for sure and is left out of the search,
//    and so are lines with very many equals when they sit among such lines;
// 3. Myers' O(ND) search for a shortest edit script by its middle snake, halves compared in turn;
// 4. each run of changed lines slid up as far as equal lines allow, then down, then back up to where it meets a
//    change of the other file, if it did.

/** changed[0][i] / changed[1][j]: line i of the first file, line j of the second, is not in the common part. */
export function compare(keysA: string[], keysB: string[], rawA: string[], rawB: string[], horizon: number, minimal = false): [boolean[], boolean[]] {
  const nA = keysA.length;
  const nB = keysB.length;
  let pre = 0;
  while (pre < nA && pre < nB && rawA[pre] === rawB[pre]) pre++;
  const start = pre - Math.min(horizon, pre);
  let suf = 0;
  while (suf < Math.min(nA, nB) - start && rawA[nA - 1 - suf] === rawB[nB - 1 - suf]) suf++;
  const back = Math.min(horizon, suf);
  const endA = nA - suf + back;
  const endB = nB - suf + back;
  const a = keysA.slice(start, endA);
  const b = keysB.slice(start, endB);
  const [ca, cb] = body(a, b, minimal);
  const outA = new Array<boolean>(nA).fill(false);
  const outB = new Array<boolean>(nB).fill(false);
  ca.forEach((c, i) => (outA[start + i] = c));
  cb.forEach((c, i) => (outB[start + i] = c));
  return [outA, outB];
}

function body(a: string[], b: string[], minimal: boolean): [boolean[], boolean[]] {
  const ca = new Array<boolean>(a.length).fill(false);
  const cb = new Array<boolean>(b.length).fill(false);
  const [da, db] = minimal ? [a.map(() => 0), b.map(() => 0)] : discards(a, b);
  // the lines searched, and where each is in its file
  const xi: number[] = [];
  const yi: number[] = [];
  a.forEach((_, i) => (da[i] ? (ca[i] = true) : xi.push(i)));
  b.forEach((_, j) => (db[j] ? (cb[j] = true) : yi.push(j)));
  const x = xi.map((i) => a[i]);
  const y = yi.map((j) => b[j]);
  const n = x.length + y.length + 3;
  const fd = new Int32Array(2 * n + 2);
  const bd = new Int32Array(2 * n + 2);
  const off = n;

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
      if (fmin > dmin) fd[off + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) fd[off + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[off + d - 1];
        const thi = fd[off + d + 1];
        let px = tlo < thi ? thi : tlo + 1;
        let py = px - d;
        while (px < xlim && py < ylim && x[px] === y[py]) {
          px++;
          py++;
        }
        fd[off + d] = px;
        if (odd && bmin <= d && d <= bmax && bd[off + d] <= px) return [px, py];
      }
      if (bmin > dmin) bd[off + --bmin - 1] = 0x7fffffff;
      else ++bmin;
      if (bmax < dmax) bd[off + ++bmax + 1] = 0x7fffffff;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[off + d - 1];
        const thi = bd[off + d + 1];
        let px = tlo < thi ? tlo : thi - 1;
        let py = px - d;
        while (px > xoff && py > yoff && x[px - 1] === y[py - 1]) {
          px--;
          py--;
        }
        bd[off + d] = px;
        if (!odd && fmin <= d && d <= fmax && px <= fd[off + d]) return [px, py];
      }
    }
  }

  function seq(xoff: number, xlim: number, yoff: number, ylim: number): void {
    while (xoff < xlim && yoff < ylim && x[xoff] === y[yoff]) {
      xoff++;
      yoff++;
    }
    while (xoff < xlim && yoff < ylim && x[xlim - 1] === y[ylim - 1]) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) for (let j = yoff; j < ylim; j++) cb[yi[j]] = true;
    else if (yoff === ylim) for (let i = xoff; i < xlim; i++) ca[xi[i]] = true;
    else {
      const [mx, my] = middle(xoff, xlim, yoff, ylim);
      seq(xoff, mx, yoff, my);
      seq(mx, xlim, my, ylim);
    }
  }

  seq(0, x.length, 0, y.length);
  shift(a, ca, cb);
  shift(b, cb, ca);
  return [ca, cb];
}

/** 1: no equal in the other file (left out of the search); 2: many equals (left out only inside a run of 1s). */
function discards(a: string[], b: string[]): [number[], number[]] {
  const count = (l: string[]) => {
    const m = new Map<string, number>();
    for (const s of l) m.set(s, (m.get(s) ?? 0) + 1);
    return m;
  };
  const counts = [count(b), count(a)];
  const out = [a, b].map((lines, f) => {
    let many = 5;
    let tem = Math.floor(lines.length / 64);
    while ((tem >>= 2) > 0) many *= 2;
    return lines.map((l) => {
      const n = counts[f].get(l) ?? 0;
      return n === 0 ? 1 : n > many ? 2 : 0;
    });
  });
  for (const d of out) {
    const end = d.length;
    for (let i = 0; i < end; i++) {
      if (d[i] === 2) {
        d[i] = 0;
        continue;
      }
      if (d[i] === 0) continue;
      let j = i;
      let provisional = 0;
      for (; j < end && d[j] !== 0; j++) if (d[j] === 2) provisional++;
      while (j > i && d[j - 1] === 2) {
        d[--j] = 0;
        provisional--;
      }
      const length = j - i;
      if (provisional * 4 > length) {
        while (j > i) if (d[--j] === 2) d[j] = 0;
      } else {
        let minimum = 1;
        let t = length >> 2;
        while (0 < (t >>= 2)) minimum <<= 1;
        minimum++;
        let consec = 0;
        for (let k = 0; k < length; k++) {
          if (d[i + k] !== 2) consec = 0;
          else if (minimum === ++consec) k -= consec;
          else if (minimum < consec) d[i + k] = 0;
        }
        consec = 0;
        for (let k = 0; k < length; k++) {
          if (k >= 8 && d[i + k] === 1) break;
          if (d[i + k] === 2) {
            consec = 0;
            d[i + k] = 0;
          } else if (d[i + k] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
        i += length - 1;
        consec = 0;
        for (let k = 0; k < length; k++) {
          if (k >= 8 && d[i - k] === 1) break;
          if (d[i - k] === 2) {
            consec = 0;
            d[i - k] = 0;
          } else if (d[i - k] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
      }
    }
  }
  return [out[0], out[1]];
}

/** shift_boundaries over one file; `other` is the other file's changes (a place past either end is unchanged). */
function shift(lines: string[], changed: boolean[], other: boolean[]): void {
  const n = lines.length;
  const ch = (k: number) => k >= 0 && k < n && changed[k];
  const oc = (k: number) => k >= 0 && k < other.length && other[k];
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < n && !changed[i]) {
      while (oc(j++));
      i++;
    }
    if (i === n) break;
    let start = i;
    while (ch(++i));
    while (oc(j)) j++;
    let runlength: number;
    let corresponding: number;
    do {
      runlength = i - start;
      while (start && lines[start - 1] === lines[i - 1]) {
        changed[--start] = true;
        changed[--i] = false;
        while (ch(start - 1)) start--;
        while (oc(--j));
      }
      corresponding = oc(j - 1) ? i : n;
      while (i !== n && lines[start] === lines[i]) {
        changed[start++] = false;
        changed[i++] = true;
        while (ch(i)) i++;
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
