// scp's progress meter (progressmeter.c of OpenSSH 8.7p1): on a terminal, each file gets a line as wide as the
// terminal, `\r` + the name padded to (width - 35) + percent, size, rate and time; first at 0% when the copy
// starts, then at 100% when it ends, then a newline.
const UNIT = ' KMGT';

function formatRate(bytesPerSec: number): string {
  let bytes = Math.trunc(bytesPerSec) * 100;
  let i = 0;
  for (; bytes >= 100 * 1000 && UNIT[i] !== 'T'; i++) bytes = Math.trunc((bytes + 512) / 1024);
  if (i === 0) {
    i++;
    bytes = Math.trunc((bytes + 512) / 1024);
  }
  return `${String(Math.trunc((bytes + 5) / 100)).padStart(3)}.${Math.trunc((bytes + 5) / 10) % 10}${UNIT[i]}${i ? 'B' : ' '}`;
}

function formatSize(n: number): string {
  let bytes = n;
  let i = 0;
  for (; bytes >= 10000 && UNIT[i] !== 'T'; i++) bytes = Math.trunc((bytes + 512) / 1024);
  return `${String(bytes).padStart(4)}${UNIT[i]}${i ? 'B' : ' '}`;
}

/** One refresh of the meter. `done`: the 100% line with the whole copy's rate and time. */
export function meterLine(cols: number, file: string, size: number, done: boolean, elapsedSec: number): string {
  const width = Math.min(cols, 512);
  const fileLen = width + 1 - 36;
  let buf = fileLen > 0 ? '\r' + file.slice(0, fileLen).padEnd(fileLen) : '';
  const pos = done ? size : 0;
  const percent = size === 0 || pos === size ? 100 : Math.trunc((pos / size) * 100);
  buf += ` ${String(percent).padStart(3)}% `;
  buf += formatSize(pos) + ' ';
  const rate = done ? (elapsedSec > 0 ? size / elapsedSec : size) : 0;
  buf += formatRate(rate) + '/s ';
  if (!done && size > 0) buf += '  --:-- ETA';
  else {
    let seconds = Math.trunc(done ? elapsedSec : 0);
    const hours = Math.trunc(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.trunc(seconds / 60);
    seconds -= minutes * 60;
    const two = (n: number) => String(n).padStart(2, '0');
    buf += hours ? `${hours}:${two(minutes)}:${two(seconds)}` : `  ${two(minutes)}:${two(seconds)}`;
    buf += '    ';
  }
  return buf.slice(0, width);
}

/** How long the copy of `size` bytes takes on the host-only network (about 1 ms, then about 40 MB/s). */
export function transferSeconds(size: number): number {
  return 0.00115 + size / 40e6;
}
