// factor of GNU coreutils 8.32 (options and help in spec.ts): the prime factors of each operand (or of each word of
// standard input), in ascending order with repeats, `N: p q ...`; any size (the GMP build) by trial division, then
// Miller-Rabin and Pollard's rho. A word that is not a decimal number is `not a valid positive integer`.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote } from '../lib/quote';

function powmod(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  return r;
}

const WITNESSES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];

/** Miller-Rabin with the first 13 primes as witnesses: exact below 3.3e24, and for larger numbers wrong with odds too small to matter. */
function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of WITNESSES) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while (!(d & 1n)) (d >>= 1n), s++;
  for (const a of WITNESSES) {
    let x = powmod(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let composite = true;
    for (let i = 1; i < s && composite; i++) {
      x = (x * x) % n;
      if (x === n - 1n) composite = false;
    }
    if (composite) return false;
  }
  return true;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b) [a, b] = [b, a % b];
  return a;
};

/** A non-trivial divisor of the composite n (Pollard's rho, Brent's variant). */
function rho(n: bigint): bigint {
  for (let c = 1n; ; c++) {
    const f = (x: bigint) => (x * x + c) % n;
    let [x, y, d] = [2n, 2n, 1n];
    while (d === 1n) {
      x = f(x);
      y = f(f(y));
      d = gcd(x > y ? x - y : y - x, n);
    }
    if (d !== n) return d;
  }
}

function factors(n: bigint): bigint[] {
  const out: bigint[] = [];
  if (n < 2n) return out;
  for (const p of [2n, 3n, 5n]) while (n % p === 0n) (out.push(p), (n /= p));
  for (let p = 7n, step = 0; p * p <= n && p < 100_000n; p += [4n, 2n, 4n, 2n, 4n, 6n, 2n, 6n][step++ % 8]) while (n % p === 0n) (out.push(p), (n /= p));
  const stack = n > 1n ? [n] : [];
  const big: bigint[] = [];
  while (stack.length) {
    const m = stack.pop()!;
    if (isPrime(m)) big.push(m);
    else {
      const d = rho(m);
      stack.push(d, m / d);
    }
  }
  return [...out, ...big.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands?.length ? ctx.operands : (ctx.stdin ?? '').split(/[ \t\n]+/).filter((w) => w !== '');
  let ok = true;
  let out = '';
  for (const w of words) {
    const m = /^ *\+?(\d+)$/.exec(w);
    if (!m) {
      ctx.out(out);
      out = '';
      ctx.err(`factor: ${quote(w)} is not a valid positive integer\n`);
      ok = false;
      continue;
    }
    const n = BigInt(m[1]);
    out += `${n}:${factors(n).map((p) => ' ' + p).join('')}\n`;
  }
  ctx.out(out);
  return ok ? 0 : 1;
}
