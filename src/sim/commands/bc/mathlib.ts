// The functions `bc -l` defines (GNU bc 1.07.1's libmath.b): e, l, s, c, a and j, step for step as the library
// computes them (the same series, the same working scales and truncations), so their digits are bc's.
import * as N from './num';

export interface Scaled {
  scale: number;
}

const k = (v: string): N.Num => N.parseConst(v, 10);
const int = (v: number | bigint) => N.num(BigInt(v));
const toScale = (v: N.Num) => Number(N.trunc(v));

function div(a: N.Num, b: N.Num, s: number): N.Num {
  return N.div(a, b, s) as N.Num;
}

export function exp(st: Scaled, x: N.Num): N.Num {
  let m = false;
  if (x.n < 0n) {
    m = true;
    x = N.neg(x);
  }
  const z = st.scale;
  const n = N.add(int(6 + z), N.mul(k('.44'), x, st.scale));
  st.scale = x.s + 1;
  let f = 0;
  while (N.cmp(x, int(1)) > 0) {
    f++;
    x = div(x, int(2), st.scale);
    st.scale++;
  }
  st.scale = toScale(n);
  let v = N.add(int(1), x);
  let a = x;
  let d = int(1);
  for (let i = 2; ; i++) {
    a = N.mul(a, x, st.scale);
    d = N.mul(d, int(i), st.scale);
    const e = div(a, d, st.scale);
    if (N.isZero(e)) {
      while (f-- > 0) v = N.mul(v, v, st.scale);
      st.scale = z;
      return m ? div(int(1), v, st.scale) : div(v, int(1), st.scale);
    }
    v = N.add(v, e);
  }
}

export function ln(st: Scaled, x: N.Num): N.Num {
  if (x.n <= 0n) return div(N.sub(int(1), N.pow(int(10), BigInt(st.scale), st.scale)!), int(1), st.scale);
  const z = st.scale;
  st.scale = 6 + z;
  let f = int(2);
  while (N.cmp(x, int(2)) >= 0) {
    f = N.mul(f, int(2), st.scale);
    x = N.sqrt(x, st.scale)!;
  }
  while (N.cmp(x, k('.5')) <= 0) {
    f = N.mul(f, int(2), st.scale);
    x = N.sqrt(x, st.scale)!;
  }
  let n = div(N.sub(x, int(1)), N.add(x, int(1)), st.scale);
  let v = n;
  const m = N.mul(n, n, st.scale);
  for (let i = 3; ; i += 2) {
    n = N.mul(n, m, st.scale);
    const e = div(n, int(i), st.scale);
    if (N.isZero(e)) {
      v = N.mul(f, v, st.scale);
      st.scale = z;
      return div(v, int(1), st.scale);
    }
    v = N.add(v, e);
  }
}

export function sin(st: Scaled, x: N.Num): N.Num {
  const z = st.scale;
  st.scale = toScale(N.add(N.mul(k('1.1'), int(z), st.scale), int(2)));
  let v = atan(st, int(1));
  let m = false;
  if (x.n < 0n) {
    m = true;
    x = N.neg(x);
  }
  st.scale = 0;
  const n = div(N.add(div(x, v, 0), int(2)), int(4), 0);
  x = N.sub(x, N.mul(N.mul(int(4), n, 0), v, 0));
  if (!N.isZero(N.mod(n, int(2), 0)!)) x = N.neg(x);
  st.scale = z + 2;
  v = x;
  let e = x;
  const s = N.mul(N.neg(x), x, st.scale);
  for (let i = 3; ; i += 2) {
    e = N.mul(e, div(s, int(i * (i - 1)), st.scale), st.scale);
    if (N.isZero(e)) {
      st.scale = z;
      return div(m ? N.neg(v) : v, int(1), st.scale);
    }
    v = N.add(v, e);
  }
}

export function cos(st: Scaled, x: N.Num): N.Num {
  const z = st.scale;
  st.scale = toScale(N.mul(int(z), k('1.2'), st.scale));
  const v = sin(st, N.add(x, N.mul(atan(st, int(1)), int(2), st.scale)));
  st.scale = z;
  return div(v, int(1), st.scale);
}

const ATAN1 = ['.7853981633974483096156608', '.7853981633974483096156608458198757210492', '.785398163397448309615660845819875721049292349843776455243736'];
const ATAN02 = ['.1973955598498807583700497', '.1973955598498807583700497651947902934475', '.197395559849880758370049765194790293447585103787852101517688'];

export function atan(st: Scaled, x: N.Num): N.Num {
  let m = int(1);
  if (x.n < 0n) {
    m = int(-1);
    x = N.neg(x);
  }
  for (const [at, table] of [[int(1), ATAN1], [k('.2'), ATAN02]] as const) {
    if (N.cmp(x, at) !== 0) continue;
    const i = st.scale <= 25 ? 0 : st.scale <= 40 ? 1 : st.scale <= 60 ? 2 : -1;
    if (i >= 0) return div(k(table[i]), m, st.scale);
  }
  const z = st.scale;
  let a = N.ZERO;
  let f = 0;
  if (N.cmp(x, k('.2')) > 0) {
    st.scale = z + 5;
    a = atan(st, k('.2'));
  }
  st.scale = z + 3;
  while (N.cmp(x, k('.2')) > 0) {
    f++;
    x = div(N.sub(x, k('.2')), N.add(int(1), N.mul(x, k('.2'), st.scale)), st.scale);
  }
  let n = x;
  let v = x;
  const s = N.mul(N.neg(x), x, st.scale);
  for (let i = 3; ; i += 2) {
    n = N.mul(n, s, st.scale);
    const e = div(n, int(i), st.scale);
    if (N.isZero(e)) {
      st.scale = z;
      return div(N.add(N.mul(int(f), a, st.scale), v), m, st.scale);
    }
    v = N.add(v, e);
  }
}

export function bessel(st: Scaled, n: N.Num, x: N.Num): N.Num {
  const z = st.scale;
  st.scale = 0;
  n = div(n, int(1), 0);
  let m = false;
  if (n.n < 0n) {
    n = N.neg(n);
    if (N.cmp(N.mod(n, int(2), 0)!, int(1)) === 0) m = true;
  }
  let f = int(1);
  for (let i = 2n; i <= n.n; i++) f = N.mul(f, int(i), st.scale);
  st.scale = toScale(N.mul(k('1.5'), int(z), st.scale));
  f = div(div(N.pow(x, n.n, st.scale)!, N.pow(int(2), n.n, st.scale)!, st.scale), f, st.scale);
  let v = int(1);
  let e = int(1);
  const s = div(N.mul(N.neg(x), x, st.scale), int(4), st.scale);
  st.scale = toScale(N.sub(N.add(N.mul(k('1.5'), int(z), st.scale), int(N.length(f))), int(f.s)));
  for (let i = 1; ; i++) {
    e = div(div(N.mul(e, s, st.scale), int(i), st.scale), N.add(n, int(i)), st.scale);
    if (N.isZero(e)) {
      st.scale = z;
      const r = N.mul(m ? N.neg(f) : f, v, st.scale);
      return div(r, int(1), st.scale);
    }
    v = N.add(v, e);
  }
}

export const MATHLIB: Record<string, (st: Scaled, args: N.Num[]) => N.Num> = {
  e: (st, [x = N.ZERO]) => exp(st, x),
  l: (st, [x = N.ZERO]) => ln(st, x),
  s: (st, [x = N.ZERO]) => sin(st, x),
  c: (st, [x = N.ZERO]) => cos(st, x),
  a: (st, [x = N.ZERO]) => atan(st, x),
  j: (st, [n = N.ZERO, x = N.ZERO]) => bessel(st, n, x),
};
