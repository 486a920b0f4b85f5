/**
 * Public keys on NIST P-256 (the kubelet's ECDSA keys): the point d·G for a private scalar d, so that a request
 * carries a key x509 readers accept (a point on the curve). Jacobian coordinates, one inversion at the end.
 */
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n;
const GY = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n;

type J = [bigint, bigint, bigint];
const mod = (a: bigint) => ((a % P) + P) % P;

function double([x, y, z]: J): J {
  if (y === 0n || z === 0n) return [0n, 1n, 0n];
  // a = -3: M = 3(X - Z^2)(X + Z^2)
  const zz = mod(z * z);
  const m = mod(3n * (x - zz) * (x + zz));
  const yy = mod(y * y);
  const s = mod(4n * x * yy);
  const x3 = mod(m * m - 2n * s);
  return [x3, mod(m * (s - x3) - 8n * yy * yy), mod(2n * y * z)];
}

function add(p: J, q: J): J {
  if (p[2] === 0n) return q;
  if (q[2] === 0n) return p;
  const z1z1 = mod(p[2] * p[2]);
  const z2z2 = mod(q[2] * q[2]);
  const u1 = mod(p[0] * z2z2);
  const u2 = mod(q[0] * z1z1);
  const s1 = mod(p[1] * q[2] * z2z2);
  const s2 = mod(q[1] * p[2] * z1z1);
  if (u1 === u2) return s1 === s2 ? double(p) : [0n, 1n, 0n];
  const h = mod(u2 - u1);
  const r = mod(s2 - s1);
  const hh = mod(h * h);
  const hhh = mod(h * hh);
  const v = mod(u1 * hh);
  const x3 = mod(r * r - hhh - 2n * v);
  return [x3, mod(r * (v - x3) - s1 * hhh), mod(h * p[2] * q[2])];
}

function inverse(a: bigint): bigint {
  let r = 1n;
  let b = mod(a);
  for (let e = P - 2n; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % P;
    b = (b * b) % P;
  }
  return r;
}

const hex32 = (v: bigint) => v.toString(16).padStart(64, '0');

const scalar = (secret: number[]) => (BigInt('0x' + secret.map((b) => b.toString(16).padStart(2, '0')).join('')) % (N - 1n)) + 1n;
const bytes32 = (v: bigint) => {
  const h = hex32(v);
  return Array.from({ length: 32 }, (_, i) => parseInt(h.slice(i * 2, i * 2 + 2), 16));
};

/** the private scalar made from these bytes, as 32 big-endian bytes (in [1, n-1]) */
export function privateScalar(secret: number[]): number[] {
  return bytes32(scalar(secret));
}

/** the uncompressed point (0x04 || X || Y) of the private scalar made from these bytes */
export function publicPoint(secret: number[]): number[] {
  let d = scalar(secret);
  let acc: J = [0n, 1n, 0n];
  let base: J = [GX, GY, 1n];
  for (; d > 0n; d >>= 1n) {
    if (d & 1n) acc = add(acc, base);
    base = double(base);
  }
  const zi = inverse(acc[2]);
  const zi2 = mod(zi * zi);
  const x = mod(acc[0] * zi2);
  const y = mod(acc[1] * zi2 * zi);
  return [4, ...bytes32(x), ...bytes32(y)];
}
