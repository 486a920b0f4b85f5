// psmisc's signal table (src/signals.c over the signames.h its build makes from <signal.h>): the names killall -l
// and fuser -l print (recorded from Debian's psmisc; glibc's x86_64 list), and get_signal().

export const NAMES = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS'];

/** list_signals(): the names on lines of at most 80 columns. */
export function listSignals(): string {
  let out = '';
  let col = 0;
  for (const n of NAMES) {
    if (col + n.length + 1 > 80) {
      out += '\n';
      col = 0;
    }
    out += (col ? ' ' : '') + n;
    col += n.length + 1;
  }
  return out + '\n';
}

/** get_signal(): a number as atoi() reads it, or a name with or without SIG; else the message (status 1). */
export function getSignal(name: string, cmd: string): number | string {
  if (/^\d/.test(name)) return parseInt(name, 10);
  const n = name.startsWith('SIG') ? name.slice(3) : name;
  const i = NAMES.indexOf(n);
  if (i >= 0) return i + 1;
  return `${n}: unknown signal; ${cmd} -l lists signals.\n`;
}
