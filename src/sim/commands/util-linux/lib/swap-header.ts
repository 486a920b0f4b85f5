// The swap area header mkswap writes and swapon reads (include/swapheader.h of util-linux 2.37.4, 4 KiB pages):
// version, last_page, nr_badpages, UUID and label at byte 1024 of the first page, "SWAPSPACE2" in its last ten
// bytes. Kept in the file's own bytes (fs.ts keeps bytes that are not UTF-8 escaped).
import type { FileNode } from '../../../fs';
import { fromBytes, toBytes } from '../../lib/bytes';
import { fnv32a } from '../../../hash';

export const PAGE = 4096;
const MAGIC = 'SWAPSPACE2';

/** A version 4 UUID derived from a name (no draw from the world's random source). */
export function derivedUuid(name: string): Uint8Array {
  const b = new Uint8Array(16);
  for (let i = 0; i < 4; i++) new DataView(b.buffer).setUint32(i * 4, fnv32a(`${name}#${i}`));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return b;
}

export const uuidString = (u: Uint8Array) => {
  const h = [...u].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** Write the header page over the start of the file, its size unchanged. */
export function writeHeader(f: FileNode, npages: number, uuid: Uint8Array, label: string): void {
  const page = new Uint8Array(PAGE);
  const v = new DataView(page.buffer);
  v.setUint32(1024, 1, true);
  v.setUint32(1028, npages - 1, true);
  v.setUint32(1032, 0, true);
  page.set(uuid, 1036);
  page.set(new TextEncoder().encode(label).subarray(0, 16), 1052);
  page.set(new TextEncoder().encode(MAGIC), PAGE - 10);
  const old = toBytes(f.content);
  const rest = old.length > PAGE ? old.subarray(PAGE) : new Uint8Array(0);
  if (old.length < PAGE) f.zeros = Math.max(0, (f.zeros ?? 0) - (PAGE - old.length));
  f.content = fromBytes(page) + fromBytes(rest);
  if (!f.zeros) delete f.zeros;
}

/** The header of a swap area, or null when the file holds no swap signature. */
export function readHeader(f: FileNode): { lastPage: number; uuid: Uint8Array; label: string } | null {
  const b = toBytes(f.content.slice(0, PAGE * 2));
  if (b.length < PAGE || new TextDecoder().decode(b.subarray(PAGE - 10, PAGE)) !== MAGIC) return null;
  const v = new DataView(b.buffer, b.byteOffset);
  const label = new TextDecoder().decode(b.subarray(1052, 1068)).replace(/\0.*$/s, '');
  return { lastPage: v.getUint32(1028, true), uuid: b.slice(1036, 1052), label };
}

/** size_to_human_string() of lib/strutils.c: `1024 MiB` (space, 3 letters) or `1024M`. */
export function humanSize(bytes: number, opts: { space?: boolean; threeLetter?: boolean } = {}): string {
  let exp = 0;
  for (let e = 10; e <= 60; e += 10) if (bytes >= 2 ** e) exp = e;
  const c = 'BKMGTPE'[exp / 10];
  const dec = exp ? Math.floor(bytes / 2 ** exp) : bytes;
  let frac = exp ? bytes % 2 ** exp : 0;
  const suffix = (opts.space ? ' ' : '') + c + (opts.threeLetter && c !== 'B' ? 'iB' : '');
  let d = dec;
  if (frac) {
    frac = Math.floor((frac * 1000) / 2 ** exp);
    frac = Math.floor((frac + 50) / 100) * 10;
    if (frac === 100) {
      d++;
      frac = 0;
    }
  }
  if (frac) {
    let s = `${d}.${String(frac).padStart(2, '0')}`;
    if (s.endsWith('0')) s = s.slice(0, -1);
    return s + suffix;
  }
  return `${d}${suffix}`;
}
