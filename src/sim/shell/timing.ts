// The `time` reserved word's report (execute_cmd.c time_command, print_formatted_time and mkfmt): TIMEFORMAT's
// %[p][l]R/U/S, %P and %%, bash's own format or `time -p`'s POSIX one, on the shell's standard error.
import type { Frame } from '../context';

const BASH_TIMEFORMAT = '\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS';
const POSIX_TIMEFORMAT = 'real %2R\nuser %2U\nsys %2S';

/** mkfmt: seconds with `prec` decimals, as `MmS.FFFs` when `lng`. */
function mkfmt(ms: number, prec: number, lng: boolean): string {
  let sec = Math.floor(ms / 1000);
  let frac = ms % 1000;
  let out = '';
  if (lng) {
    out += `${Math.floor(sec / 60)}m`;
    sec %= 60;
  }
  out += String(sec);
  if (prec) {
    out += '.';
    const precs = [0, 100, 10, 1];
    for (let k = 1; k <= prec; k++) {
      out += String(Math.floor(frac / precs[k]));
      frac %= precs[k];
    }
  }
  return lng ? out + 's' : out;
}

/** The report of a timed pipeline that took `realMs` (user and system time as given), or an error text. */
export function timeReport(frame: Frame, posix: boolean, realMs: number, userMs = 0, sysMs = 0): string {
  const format = posix ? POSIX_TIMEFORMAT : frame.env.TIMEFORMAT ?? BASH_TIMEFORMAT;
  if (format === '') return '';
  let out = '';
  for (let k = 0; k < format.length; k++) {
    const c = format[k];
    if (c !== '%' || k + 1 >= format.length) {
      out += c;
      continue;
    }
    if (format[k + 1] === '%') {
      out += '%';
      k++;
      continue;
    }
    if (format[k + 1] === 'P') {
      k++;
      const cpu = realMs === 0 ? 0 : Math.floor(((userMs + sysMs) * 10000) / realMs);
      out += mkfmt(Math.floor(cpu / 100) * 1000 + (cpu % 100) * 10, 2, false);
      continue;
    }
    k++;
    let prec = 3;
    let lng = false;
    if (/[0-9]/.test(format[k])) {
      prec = Math.min(3, Number(format[k]));
      k++;
    }
    if (format[k] === 'l') {
      lng = true;
      k++;
    }
    const which = format[k];
    if (which === 'R' || which === 'E') out += mkfmt(realMs, prec, lng);
    else if (which === 'U') out += mkfmt(userMs, prec, lng);
    else if (which === 'S') out += mkfmt(sysMs, prec, lng);
    else return `-bash: TIMEFORMAT: \`${which ?? ''}': invalid format character\n`;
  }
  return out + '\n';
}
