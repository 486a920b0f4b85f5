// The active swap areas: the guest's swap partition (sys.swapOn, /dev/sda2) and the swap files turned on with
// swapon (sys.swapFiles). /proc/swaps, free, top, swapon --show, the kubelet and kubeadm's preflight read them here.
import type { LinuxSystem } from '../../types';

export interface SwapArea {
  name: string;
  type: 'partition' | 'file';
  kb: number;
  prio: number;
}

export function swapAreas(sys: LinuxSystem | null | undefined): SwapArea[] {
  if (!sys) return [];
  const out: SwapArea[] = sys.swapOn ? [{ name: '/dev/sda2', type: 'partition', kb: sys.swapTotalKb, prio: -2 }] : [];
  for (const f of sys.swapFiles ?? []) out.push({ name: f.path, type: 'file', kb: f.kb, prio: f.prio });
  return out;
}

/** SwapTotal in kB. */
export const swapTotal = (sys: LinuxSystem | null | undefined): number => swapAreas(sys).reduce((n, a) => n + a.kb, 0);

/** Any swap is on. */
export const anySwap = (sys: LinuxSystem | null | undefined): boolean => swapAreas(sys).length > 0;

/** /proc/swaps as the 5.14 kernel's swap_show() prints it (the name padded to 40 columns, a file's type with a tab). */
export function procSwaps(sys: LinuxSystem | null | undefined): string {
  let out = 'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n';
  for (const a of swapAreas(sys)) {
    const pad = a.name.length < 40 ? ' '.repeat(40 - a.name.length) : ' ';
    out += `${a.name}${pad}${a.type === 'file' ? 'file\t' : 'partition'}\t${a.kb}\t${a.kb < 10000000 ? '\t' : ''}0\t\t${a.prio}\n`;
  }
  return out;
}

/** The next priority the kernel gives a swap area turned on without one: one below the lowest negative in use. */
export function nextPriority(sys: LinuxSystem): number {
  const used = swapAreas(sys).map((a) => a.prio).filter((p) => p < 0);
  return used.length ? Math.min(...used) - 1 : -2;
}
