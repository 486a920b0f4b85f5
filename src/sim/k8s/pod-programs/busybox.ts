/**
 * What busybox's applets print inside a pod. The banners: busybox:1.28's binary says `BusyBox v1.28.4 (2018-05-22
 * 17:00:17 UTC)`, busybox:1.36's `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)` (`busybox | head -1` in the images).
 * Usage errors follow libbb/appletlib.c's bb_show_usage: the banner, ` multi-call binary.`, a blank line,
 * `Usage: APPLET ` and the applet's usage text (its //usage: lines), on stderr, status 1.
 */
import { parseImage } from '../images';

export interface Run {
  out: string;
  err: string;
  code: number;
}

/** busybox's minor version in an image (28 or 36), null for an image that is not busybox */
export function busyboxMinor(image: string): number | null {
  const { repo, tag } = parseImage(image);
  if (repo.slice(repo.lastIndexOf('/') + 1) !== 'busybox') return null;
  const m = /^1\.(\d+)/.exec(tag);
  return m && Number(m[1]) < 36 ? 28 : 36;
}

export function banner(minor: number): string {
  return minor < 36 ? 'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC)' : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)';
}

/** bb_show_usage: `usage` is the applet's trivial usage and, after "\n\n", its full text */
export function showUsage(minor: number, applet: string, usage: string): Run {
  return { out: '', err: `${banner(minor)} multi-call binary.\n\nUsage: ${applet} ${usage}\n`, code: 1 };
}

/** bb_error_msg: `APPLET: TEXT` on stderr */
export const errorMsg = (applet: string, text: string, code = 1): Run => ({ out: '', err: `${applet}: ${text}\n`, code });

/**
 * A program that goes on until interrupted (ping without -c): `tick(i)` is what it prints in its i-th second (i from 1),
 * `interrupted(n)` what it prints as SIGINT ends it after n seconds, and the status it ends with.
 */
export interface Ticker {
  tick(i: number): string;
  interrupted(n: number): Run;
}

export type RunOn = Run & { ticker?: Ticker };
