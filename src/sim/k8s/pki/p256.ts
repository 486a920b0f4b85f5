// NIST P-256 (FIPS 186-4 D.1.2.3, SEC 2 secp256r1) point multiplication in Jacobian coordinates: the public point
// of a private scalar, so the kubelet's EC key pair is a real one.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
const GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n;
const GY = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n;

type J = [bigint, bigint, bigint];
const mod = (a: bigint) => ((a % P) + P) % P;

function inv(a: bigint): bigint {
  // Fermat: a^(p-2) mod p
  let r = 1n;
  let b = mod(a);
  for (let e = P - 2n; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % P;
    b = (b * b) % P;
  }
  return r;
}

function double([x, y, z]: J): J {
  if (y === 0n) return [0n, 1n, 0n];
  // a = -3: M = 3(X - Z^2)(X + Z^2)
  const z2 = (z * z) % P;
  const m = mod(3n * mod(x - z2) * mod(x + z2));
  const s = mod(4n * x * y * y);
  const x3 = mod(m * m - 2n * s);
  const y3 = mod(m * (s - x3) - 8n * y * y * y * y);
  return [x3, y3, mod(2n * y * z)];
}

function add(p: J, q: J): J {
  if (p[2] === 0n) return q;
  if (q[2] === 0n) return p;
  const z1z1 = (p[2] * p[2]) % P;
  const z2z2 = (q[2] * q[2]) % P;
  const u1 = (p[0] * z2z2) % P;
  const u2 = (q[0] * z1z1) % P;
  const s1 = (p[1] * q[2] * z2z2) % P;
  const s2 = (q[1] * p[2] * z1z1) % P;
  if (u1 === u2) return s1 === s2 ? double(p) : [0n, 1n, 0n];
  const h = mod(u2 - u1);
  const r = mod(s2 - s1);
  const h2 = (h * h) % P;
  const h3 = (h2 * h) % P;
  const x3 = mod(r * r - h3 - 2n * u1 * h2);
  const y3 = mod(r * (u1 * h2 - x3) - s1 * h3);
  return [x3, y3, (h * p[2] * q[2]) % P];
}

/** A scalar in [1, n-1] from 32 bytes. */
export function scalarOf(bytes: Uint8Array): bigint {
  const k = BigInt('0x' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''));
  return (k % (N - 1n)) + 1n;
}

/** The uncompressed point 04 || X || Y of k·G. */
export function publicPoint(k: bigint): Uint8Array {
  let r: J = [0n, 1n, 0n];
  let g: J = [GX, GY, 1n];
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) r = add(r, g);
    g = double(g);
  }
  const zi = inv(r[2]);
  const zi2 = (zi * zi) % P;
  const x = (r[0] * zi2) % P;
  const y = (r[1] * zi2 * zi) % P;
  const hex = (v: bigint) => v.toString(16).padStart(64, '0');
  return Uint8Array.from(('04' + hex(x) + hex(y)).match(/../g)!, (h) => parseInt(h, 16));
}

/** Whether a point is on the curve (y² = x³ - 3x + b). */
export function onCurve(point: Uint8Array): boolean {
  const hex = [...point].map((b) => b.toString(16).padStart(2, '0')).join('');
  const x = BigInt('0x' + hex.slice(2, 66));
  const y = BigInt('0x' + hex.slice(66));
  return mod(y * y) === mod(x * x * x - 3n * x + B);
}
