// --progress of rsync 3.2.3 (progress.c rprint_progress()): a line rewritten with "\r" while the file goes, and
// its last state with the transfer count and what is left to check. A file of the lab copies within the meter's
// first update, so the in-progress line already shows 100%; the rate comes from the modelled transfer time.
import { bigNum } from './numbers';

function line(size: number, ms: number): string {
  let rate = (size * 1000) / Math.max(1, ms) / 1024;
  let units = 'kB/s';
  if (rate > 1024 * 1024) {
    rate /= 1024 * 1024;
    units = 'GB/s';
  } else if (rate > 1024) {
    rate /= 1024;
    units = 'MB/s';
  }
  const remain = ms / 1000;
  const rem = `${String(Math.trunc(remain / 3600)).padStart(4)}:${String(Math.trunc(remain / 60) % 60).padStart(2, '0')}:${String(Math.trunc(remain) % 60).padStart(2, '0')}`;
  return `\r${bigNum(size, 1).padStart(15)} 100% ${rate.toFixed(2).padStart(7)}${units} ${rem}`;
}

/** Both states of the meter for one file: `xfr` files sent so far, `toCheck` of `total` entries left. */
export function progressLines(size: number, ms: number, xfr: number, toCheck: number, total: number): string {
  return `${line(size, ms)}  ${line(size, ms)} (xfr#${xfr}, to-chk=${toCheck}/${total})\n`;
}
