// MD5 (RFC 1321), SHA-1 (FIPS 180-1), SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-2 and its change notice)
// of a byte string, as lower-case hex: what md5sum, sha1sum, sha224sum, sha256sum, sha384sum and sha512sum print.
// Written from the standards; loaded with those commands. BLAKE2b (b2sum) is blake2b.ts.

export type Algo = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512' | 'blake2b';

const hex = (words: number[], littleEndian: boolean) =>
  words
    .map((w) => {
      const be = (w >>> 0).toString(16).padStart(8, '0');
      return littleEndian ? be.match(/../g)!.reverse().join('') : be;
    })
    .join('');

/** The message padded to a multiple of `block` bytes with its bit length (64 bits at the end, or 128 for SHA-512). */
function pad(msg: Uint8Array, block: number, lenBytes: number, littleEndian: boolean): Uint8Array {
  const n = Math.ceil((msg.length + 1 + lenBytes) / block) * block;
  const out = new Uint8Array(n);
  out.set(msg);
  out[msg.length] = 0x80;
  const bits = msg.length * 8;
  const lo = bits >>> 0;
  const hi = Math.floor(bits / 2 ** 32) >>> 0;
  const dv = new DataView(out.buffer);
  if (littleEndian) {
    dv.setUint32(n - 8, lo, true);
    dv.setUint32(n - 4, hi, true);
  } else {
    dv.setUint32(n - 8, hi);
    dv.setUint32(n - 4, lo);
  }
  return out;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

function md5(msg: Uint8Array): string {
  const m = pad(msg, 64, 8, true);
  const dv = new DataView(m.buffer);
  let [a0, b0, c0, d0] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const x = new Array<number>(16);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) x[i] = dv.getUint32(off + i * 4, true);
    let [a, b, c, d] = [a0, b0, c0, d0];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) [f, g] = [(b & c) | (~b & d), i];
      else if (i < 32) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
      else if (i < 48) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
      else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
      const t = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i] + x[g]) | 0, MD5_S[(i >> 4) * 4 + (i % 4)])) | 0;
      a = t;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  return hex([a0, b0, c0, d0], true);
}

function sha1(msg: Uint8Array): string {
  const m = pad(msg, 64, 8, false);
  const dv = new DataView(m.buffer);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      const [f, k] = i < 20 ? [(b & c) | (~b & d), 0x5a827999] : i < 40 ? [b ^ c ^ d, 0x6ed9eba1] : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  return hex(h, false);
}

/** The first `n` primes: SHA-2's constants are the fractional parts of their square and cube roots. */
function primes(n: number): number[] {
  const out: number[] = [];
  for (let p = 2; out.length < n; p++) if (out.every((q) => p % q)) out.push(p);
  return out;
}

let K256: number[] | undefined;

/** SHA-224's initial hash value (FIPS 180-2 change notice 1): the second 32 bits of SHA-384's. */
const H224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

/** SHA-256's initial hash value: the first 32 bits of the square roots' fractional parts of the first 8 primes. */
let H256: number[] | undefined;

function sha256(msg: Uint8Array, iv?: number[], words = 8): string {
  const k = (K256 ??= primes(64).map((q) => Math.floor((Math.cbrt(q) % 1) * 2 ** 32) >>> 0));
  const h = (iv ?? (H256 ??= primes(8).map((q) => Math.floor((Math.sqrt(q) % 1) * 2 ** 32) | 0))).map((v) => v | 0);
  const m = pad(msg, 64, 8, false);
  const dv = new DataView(m.buffer);
  const w = new Array<number>(64);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) | 0));
  }
  return hex(h.slice(0, words), false);
}

/** SHA-512's 80 round constants (FIPS 180-2, 4.2.3): the first 64 bits of the cube roots' fractional parts. */
const K512 = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019', '923f82a4af194f9b', 'ab1c5ed5da6d8118',
  'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2', '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694',
  'e49b69c19ef14ad2', 'efbe4786384f25e3', '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
  '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725', '06ca6351e003826f', '142929670a0e6e70',
  '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df', '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b',
  'a2bfe8a14cf10364', 'a81a664bbc423001', 'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
  '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb', '5b9cca4f7763e373', '682e6ff3d6b2b8a3',
  '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec', '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b',
  'ca273eceea26619c', 'd186b8c721c0c207', 'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
  '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a', '5fcb6fab3ad6faec', '6c44198c4a475817',
].map((s) => BigInt('0x' + s));

const H512 = ['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1', '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179'].map((s) => BigInt('0x' + s));

/** SHA-384's initial hash value (FIPS 180-2, 5.3.3). */
const H384 = ['cbbb9d5dc1059ed8', '629a292a367cd507', '9159015a3070dd17', '152fecd8f70e5939', '67332667ffc00b31', '8eb44a8768581511', 'db0c2e0d64f98fa7', '47b5481dbefa4fa4'].map((s) => BigInt('0x' + s));

function sha512(msg: Uint8Array, iv = H512, words = 8): string {
  const M = (1n << 64n) - 1n;
  const r = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & M;
  const m = pad(msg, 128, 16, false);
  const dv = new DataView(m.buffer);
  const h = [...iv];
  const w = new Array<bigint>(80);
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 16; i++) w[i] = dv.getBigUint64(off + i * 8);
    for (let i = 16; i < 80; i++) {
      const s0 = r(w[i - 15], 1n) ^ r(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
      const s1 = r(w[i - 2], 19n) ^ r(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & M;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 80; i++) {
      const t1 = (hh + (r(e, 14n) ^ r(e, 18n) ^ r(e, 41n)) + ((e & f) ^ (~e & M & g)) + K512[i] + w[i]) & M;
      const t2 = ((r(a, 28n) ^ r(a, 34n) ^ r(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & M;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & M;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & M;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) & M));
  }
  return h
    .slice(0, words)
    .map((v) => v.toString(16).padStart(16, '0'))
    .join('');
}

export const DIGESTS: Record<Exclude<Algo, 'blake2b'>, (msg: Uint8Array) => string> = {
  md5,
  sha1,
  sha224: (m) => sha256(m, H224, 7),
  sha256: (m) => sha256(m),
  sha384: (m) => sha512(m, H384, 6),
  sha512: (m) => sha512(m),
};
