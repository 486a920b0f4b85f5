// chronyc's reports from a chronyd that has no time source, as the guest's is: the world's DNS does not resolve the
// box's `pool 2.rocky.pool.ntp.org iburst`, so the pool's 2 * maxsources (4) source records keep IPADDR_ID
// addresses (ntp_sources.c NSR_AddSourceByName) and the clock is never synchronised. The texts are client.c's
// (tag 4.5) print_header()/print_report() formats with the values reference.c REF_GetReferenceParams() and
// REF_GetTrackingReport() give an unsynchronised daemon (no local stratum, no drift file: frequency 0).

/** print_header(): the header and a rule of '=' as long as it. */
const header = (h: string) => `${h}\n${'='.repeat(h.length)}\n`;

const SOURCES_LEGEND =
  '\n' +
  "  .-- Source mode  '^' = server, '=' = peer, '#' = local clock.\n" +
  " / .- Source state '*' = current best, '+' = combined, '-' = not combined,\n" +
  "| /             'x' = may be in error, '~' = too variable, '?' = unusable.\n" +
  '||                                                 .- xxxx [ yyyy ] +/- zzzz\n' +
  '||      Reachability register (octal) -.           |  xxxx = adjusted offset,\n' +
  '||      Log2(Polling interval) --.      |          |  yyyy = measured offset,\n' +
  '||                                \\     |          |  zzzz = estimated error.\n' +
  '||                                 |    |           \\\n';

const SOURCESTATS_LEGEND =
  '                             .- Number of sample points in measurement set.\n' +
  '                            /    .- Number of residual runs with same sign.\n' +
  '                           |    /    .- Length of measurement set (time).\n' +
  '                           |   |    /      .- Est. clock freq error (ppm).\n' +
  '                           |   |   |      /           .- Est. error in freq.\n' +
  '                           |   |   |     |           /         .- Est. offset.\n' +
  '                           |   |   |     |          |          |   On the -.\n' +
  '                           |   |   |     |          |          |   samples. \\\n' +
  '                           |   |   |     |          |          |             |\n';

/** The pool's unresolved source records (MIN(2 * SRC_DEFAULT_MAXSOURCES, MAX_POOL_SOURCES)). */
export const UNRESOLVED = 8;

/** UTI_IPToString() of an IPADDR_ID address: the pool's records are numbered from 1 (NSR_AddSourceByName). */
const idName = (i: number) => `ID#${String(i).padStart(10, '0')}`;

/**
 * sources: without -a the unresolved (ID) sources are left out, which is all of them. With -a each is a client-mode
 * source ('^') the selection cannot use ('?', RPT_NONSELECTABLE), with SST_DoSourceReport()'s values for no
 * samples (stratum 0, LastRx (uint32_t)-1 printed "-", offsets and error 0) and the local poll minpoll 6.
 */
export function sources(verbose: boolean, all = false): string {
  let out = (verbose ? SOURCES_LEGEND : '') + header('MS Name/IP address         Stratum Poll Reach LastRx Last sample               ');
  // print_report("%c%c %-27s  %2d  %2d   %3o  %I  %+S[%+S] +/- %S\n"): print_seconds(-1), print_signed_nanoseconds(0), print_nanoseconds(0)
  if (all) for (let i = 1; i <= UNRESOLVED; i++) out += `^? ${idName(i).padEnd(27)}   0   6     0     -     +0ns[   +0ns] +/-    0ns\n`;
  return out;
}

/**
 * sourcestats: with -a the unresolved sources' rows: no samples or runs, span 0, SST_ResetInstance()'s frequency 0,
 * skew WORST_CASE_FREQ_BOUND (2000 ppm), offset 0 and standard deviation WORST_CASE_STDDEV_BOUND (4 s).
 */
export function sourcestats(verbose: boolean, all = false): string {
  let out = (verbose ? SOURCESTATS_LEGEND : '') + header('Name/IP Address            NP  NR  Span  Frequency  Freq Skew  Offset  Std Dev');
  // print_report("%-25s %3U %3U  %I %+P %P  %+S  %S\n")
  if (all) for (let i = 1; i <= UNRESOLVED; i++) out += `${idName(i).padEnd(25)}   0   0     0     +0.000   2000.000     +0ns  4000ms\n`;
  return out;
}

/**
 * tracking: reference ID 0 (NTP_REFID_UNSYNC, no name), stratum 16 shown as 0, a zero reference time, root delay
 * and dispersion 1.0, Not synchronised; %O of 0 says "fast", %F of 0 "slow" (print_report's sign rule).
 */
export const TRACKING =
  'Reference ID    : 00000000 ()\n' +
  'Stratum         : 0\n' +
  'Ref time (UTC)  : Thu Jan 01 00:00:00 1970\n' +
  'System time     : 0.000000000 seconds fast of NTP time\n' +
  'Last offset     : +0.000000000 seconds\n' +
  'RMS offset      : 0.000000000 seconds\n' +
  'Frequency       : 0.000 ppm slow\n' +
  'Residual freq   : +0.000 ppm\n' +
  'Skew            : 0.000 ppm\n' +
  'Root delay      : 1.000000000 seconds\n' +
  'Root dispersion : 1.000000000 seconds\n' +
  'Update interval : 0.0 seconds\n' +
  'Leap status     : Not synchronised\n';

export const ACTIVITY =
  '200 OK\n0 sources online\n0 sources offline\n0 sources doing burst (return to online)\n0 sources doing burst (return to offline)\n' +
  `${UNRESOLVED} sources with unknown address\n`;
