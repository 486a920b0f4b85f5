// prtstat's layout (src/prtstat.c of psmisc 23.4): print_stat()'s sscanf of a /proc/PID/stat line, then
// print_formated_stat() or print_raw_stat().
import { cFixed } from '../../lib/c-fixed';

const PAGE_SIZE = 4096;
const CLK_TCK = 100;

const left = (s: string, w: number) => s.padEnd(w);
const right = (s: string, w: number) => s.padStart(w);
/** %W.Ps */
const str = (s: string, w: number, p: number) => right(s.slice(0, p), w);
/** %#x of an unsigned long: 0x and lower-case hex digits, a bare 0 for zero. */
const alt = (v: bigint) => (v === 0n ? '0' : '0x' + v.toString(16));

/** convert_bytes(): B up to 10000, kB up to 10000000, MB beyond (decimal units, rounded down). */
function bytes(v: bigint): string {
  if (v > 10000000n) return `${v / 1000000n} MB`;
  if (v > 10000n) return `${v / 1000n} kB`;
  return `${v} B`;
}

const STATES: Record<string, string> = { R: 'running', S: 'sleeping', D: 'disk sleep', Z: 'zombie', T: 'traced', W: 'paging' };
const POLICIES = ['normal', 'fifo', 'rr', 'batch', 'iso', 'idle'];

/** The 39 values sscanf() takes from the stat line (after the `(`), or null when fewer match. */
function scan(line: string): { comm: string; f: string[] } | null {
  const open = line.indexOf('(');
  if (open < 0) return null;
  const rest = line.slice(open + 1);
  // %m[^)]) : the name up to the first `)`, then `) `
  const close = rest.indexOf(')');
  if (close <= 0) return null;
  const comm = rest.slice(0, close);
  const words = rest.slice(close + 1).trim().split(/\s+/);
  // state, 5 ints, flags, 4 faults, 4 times, 4 (priority nice threads itreal), starttime, vsize rss rsslim,
  // startcode endcode startstack, esp eip, 4 signal masks skipped, wchan nswap cnswap, exit_signal processor
  // rt_priority, policy blkio, guest cguest: 42 words for the 38 values after the name
  if (words.length < 42) return null;
  return { comm, f: words };
}

/** print_formated_stat() or print_raw_stat() of a stat line read for `pid` (what prints on stdout and stderr). */
export function format(pid: number, line: string, raw: boolean): { out: string; err: string } {
  const s = scan(line);
  if (!s) return { out: '', err: line.includes('(') ? 'Unable to scan stat file' : '' };
  const w = s.f;
  const n = (i: number) => Number(w[i]);
  const u = (i: number) => BigInt(w[i]);
  // the words after the name: 0 state, 1 ppid, 2 pgrp, 3 session, 4 tty_nr, 5 tpgid, 6 flags, 7-10 faults, 11-14
  // times, 15 priority, 16 nice, 17 threads, 18 itrealvalue, 19 starttime, 20 vsize, 21 rss, 22 rsslim, 23-25 code
  // and stack, 26-27 esp eip, 28-31 signals, 32 wchan, 33 nswap, 34 cnswap, 35 exit_signal, 36 processor,
  // 37 rt_priority, 38 policy, 39 blkio, 40 guest_time, 41 cguest_time
  const state = w[0][0];
  if (raw) {
    const row = (an: string, av: string, bn: string, bv: string) => `${str(an, 12, 11)}: ${left(av, 15)}\t${str(bn, 22, 21)}: ${bv}\n`;
    return { err: '', out:
      row('pid', String(pid), 'comm', s.comm) +
        row('state', state, 'ppid', w[1]) +
        row('pgrp', w[2], 'session', w[3]) +
        row('tty_nr', w[4], 'tpgid', w[5]) +
        row('flags', (BigInt.asUintN(32, u(6))).toString(16), 'minflt', w[7]) +
        row('cminflt', w[8], 'majflt', w[9]) +
        row('cmajflt', w[10], 'utime', w[11]) +
        row('stime', w[12], 'cutime', w[13]) +
        row('cstime', w[14], 'priority', w[15]) +
        row('nice', w[16], 'num_threads', w[17]) +
        row('itrealvalue', w[18], 'starttime', w[19]) +
        row('vsize', w[20], 'rss', w[21]) +
        row('rsslim', w[22], 'startcode', w[23]) +
        row('endcode', w[24], 'startstack', w[25]) +
        row('kstkesp', u(26).toString(16).toUpperCase(), 'kstkeip', u(27).toString(16).toUpperCase()) +
        // print_raw_stat() prints wchan again for cnswap
        row('wchan', w[32], 'nswap', w[33]) +
        row('cnswap', w[32], 'exit_signal', w[35]) +
        row('processor', w[36], 'rt_priority', w[37]) +
        row('policy', w[38], 'delayaccr_blkio_ticks', w[39]) +
        row('guest_time', w[40], 'cguest_time', w[41]),
    };
  }
  const tty = n(4);
  const ttyText = `${(tty & 0xff00) >> 8}:${(tty & 0xff) | ((tty & 0xfff00000) >>> 20)}`;
  // convert_time(): (float)ticks / (float)sc_clk_tck
  const t = (i: number) => right(cFixed(Math.fround(Math.fround(n(i)) / CLK_TCK), 2), 6);
  const policy = n(38);
  const priority = n(15);
  return { err: '', out:
    `Process: ${left(s.comm, 14)}\t\tState: ${state} (${STATES[state] ?? 'unknown'})\n` +
      `  CPU#:  ${left(w[36], 3)}\t\tTTY: ${ttyText}\tThreads: ${w[17]}\n` +
      'Process, Group and Session IDs\n' +
      `  Process ID: ${pid}\t\t  Parent ID: ${w[1]}\n` +
      `    Group ID: ${w[2]}\t\t Session ID: ${w[3]}\n` +
      `  T Group ID: ${w[5]}\n\n` +
      'Page Faults\n' +
      `  This Process    (minor major): ${right(w[7], 8)}  ${right(w[9], 8)}\n` +
      `  Child Processes (minor major): ${right(w[8], 8)}  ${right(w[10], 8)}\n` +
      'CPU Times\n' +
      `  This Process    (user system guest blkio): ${t(11)} ${t(12)} ${t(40)} ${t(39)}\n` +
      `  Child processes (user system guest):       ${t(13)} ${t(14)} ${t(41)}\n` +
      'Memory\n' +
      `  Vsize:       ${left(bytes(u(20)), 10)}\n` +
      `  RSS:         ${left(bytes(u(21) * BigInt(PAGE_SIZE)), 10)} \t\t RSS Limit: ${bytes(u(22))}\n` +
      `  Code Start:  ${left(alt(u(23)), 10)}\t\t Code Stop:  ${left(alt(u(24)), 10)}\n` +
      `  Stack Start: ${left(alt(u(25)), 10)}\n` +
      `  Stack Pointer (ESP): ${right(alt(u(26)), 10)}\t Inst Pointer (EIP): ${right(alt(u(27)), 10)}\n` +
      'Scheduling\n' +
      `  Policy: ${policy >= 0 && policy < 6 ? POLICIES[policy] : 'unknown'}\n` +
      `  Nice:   ${w[16]} \t\t RT Priority: ${priority > 0 ? priority - 20 : 1 - priority} ${priority > 0 ? '(non RT)' : ''}\n`,
  };
}
