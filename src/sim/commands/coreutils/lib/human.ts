// Sizes as gnulib's human_readable() prints them for du -h, df -h/-H and ls -lh.

const UNITS = 'KMGTPEZY';

/** human_readable() with autoscaling and the default ceiling rounding: `4.0K`, `12K`, `1.1M`. */
export function humanSize(bytes: number, base = 1024): string {
  if (bytes < base) return String(bytes);
  let e = 0;
  let v = bytes;
  while (v >= base && e < UNITS.length) {
    v /= base;
    e++;
  }
  const unit = (i: number) => (base === 1000 && i === 1 ? 'k' : UNITS[i - 1]);
  const tenths = Math.ceil(v * 10 - 1e-9) / 10;
  if (tenths < 10) return tenths.toFixed(1) + unit(e);
  const whole = Math.ceil(v - 1e-9);
  if (whole >= base && e < UNITS.length) return '1.0' + unit(e + 1);
  return whole + unit(e);
}
