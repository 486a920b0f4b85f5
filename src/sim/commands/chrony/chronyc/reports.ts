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

/** sources / sourcestats: without -a the unresolved (ID) sources are left out, which is all of them. */
export function sources(verbose: boolean): string {
  return (verbose ? SOURCES_LEGEND : '') + header('MS Name/IP address         Stratum Poll Reach LastRx Last sample               ');
}

export function sourcestats(verbose: boolean): string {
  return (verbose ? SOURCESTATS_LEGEND : '') + header('Name/IP Address            NP  NR  Span  Frequency  Freq Skew  Offset  Std Dev');
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
