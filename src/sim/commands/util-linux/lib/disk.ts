// The box's disk as the kernel and its GPT describe it: /dev/sda of 10 GiB (20971520 sectors of 512 bytes) with the
// partitions lsblk shows (lib/mounts.ts PARTITIONS), laid out as an installer aligning to 1 MiB writes them (the
// last one ending at the last 1 MiB boundary before the backup GPT). fdisk -l and blockdev read it from here.
import type { Host } from '../../../types';
import { fnv32a } from '../../../hash';

export const DISK_SECTORS = 20971520;

export interface Part {
  name: string;
  start: number;
  end: number;
  type: string;
}

export const GPT_PARTS: Part[] = [
  { name: 'sda1', start: 2048, end: 4095, type: 'BIOS boot' },
  { name: 'sda2', start: 4096, end: 4198399, type: 'Linux swap' },
  { name: 'sda3', start: 4198400, end: 6295551, type: 'Linux filesystem' },
  { name: 'sda4', start: 6295552, end: 20969471, type: 'Linux filesystem' },
];

/** The GPT's disk GUID: fixed per guest (from its host name), as the installer wrote it once. */
export function diskGuid(host: Host): string {
  let h = '';
  for (let i = 0; h.length < 32; i++) h += fnv32a(`${host.hostname}:gpt:${i}`).toString(16).padStart(8, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89AB'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/** size_to_human_string() with one letter (fdisk's Size column) or SIZE_DECIMAL_2DIGITS with " GiB" (its header). */
export function human(bytes: number, opts: { space?: boolean; three?: boolean; two?: boolean } = {}): string {
  let exp = 0;
  for (let e = 10; e <= 60; e += 10) if (bytes >= 2 ** e) exp = e;
  const c = 'BKMGTPE'[exp / 10];
  let dec = exp ? Math.floor(bytes / 2 ** exp) : bytes;
  let frac = exp ? bytes % 2 ** exp : 0;
  const suffix = (opts.space ? ' ' : '') + c + (opts.three && c !== 'B' ? 'iB' : '');
  if (frac) {
    frac = Math.floor((frac * 1000) / 2 ** exp);
    frac = opts.two ? Math.floor((frac + 5) / 10) : Math.floor((frac + 50) / 100) * 10;
    if (frac === 100) {
      dec++;
      frac = 0;
    }
  }
  if (!frac) return `${dec}${suffix}`;
  let s = `${dec}.${String(frac).padStart(2, '0')}`;
  if (s.endsWith('0')) s = s.slice(0, -1);
  return s + suffix;
}
