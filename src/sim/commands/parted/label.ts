// The partition tables parted 3.5 writes on an image file, kept in the file's own bytes so they outlive the run:
// msdos, the MBR's four entries at byte 446 and the 0x55AA signature (libparted/labels/dos.c); gpt, a protective
// MBR, the header at LBA 1 ("EFI PART") and 128 entries of 128 bytes from LBA 2 (libparted/labels/gpt.c: type and
// unique GUIDs, first and last LBA, attributes, the UTF-16LE name). The backup header at the end of the device is
// not written; the flags are kept as gpt.c's partition type GUIDs (boot/esp, lvm, raid, swap, bios_grub).
import type { FileNode } from '../../fs';
import { toBytes } from '../lib/bytes';
import { writeAt, zeroAt } from '../lib/fs-super';
import { crc32 } from '../gzip/format';

const KB = 1000;
const UNITS: Record<string, number> = { B: 1, kB: KB, MB: KB ** 2, GB: KB ** 3, TB: KB ** 4, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };

/** ped_unit_format_custom_byte(): sectors as "Ns", bytes in the unit (compact picks one) with 2, 1 or 0 decimals. */
export function formatByte(byte: number, unit: string, diskBytes: number): string {
  if (unit === 's') return `${Math.floor(byte / 512)}s`;
  let u = unit;
  if (u === 'compact') u = byte >= 10 * KB ** 4 ? 'TB' : byte >= 10 * KB ** 3 ? 'GB' : byte >= 10 * KB ** 2 ? 'MB' : byte >= 10 * KB ? 'kB' : 'B';
  const size = u === '%' ? diskBytes / 100 : UNITS[u];
  const d = (byte / size) * (1 + Number.EPSILON);
  const w = d + (d < 10 ? 0.005 : d < 100 ? 0.05 : 0.5);
  const p = w < 10 ? 2 : w < 100 ? 1 : 0;
  return d.toFixed(p) + u;
}


export interface Disk {
  path: string;
  model: string;
  type: string;
  sectors: number;
  label: 'gpt' | 'msdos' | 'loop' | 'unknown';
  parts: Part[];
  node?: FileNode;
}


export interface Part {
  n: number;
  start: number;
  end: number;
  fs: string;
  name?: string;
  flags: string;
}

const LINUX_DATA = '0fc63daf-8483-4772-8e79-3d69d8477de4';
/** gpt.c's flags as partition type GUIDs, in print's flag order. */
export const GPT_FLAGS: Record<string, string> = {
  bios_grub: '21686148-6449-6e6f-744e-656564454649',
  'boot, esp': 'c12a7328-f81f-11d2-ba4b-00a0c93ec93b',
  lvm: 'e6d6d379-f507-44c2-a23c-238f2a3df928',
  raid: 'a19d880f-05fc-4d3b-a006-743f0f84911e',
  swap: '0657fd6d-a4ab-43c4-84e5-0933c84b4f4f',
};

function guidBytes(g: string): Uint8Array {
  const h = g.replace(/-/g, '');
  const b = Uint8Array.from(h.match(/../g) as string[], (x) => parseInt(x, 16));
  // the first three fields little endian (EFI GUID layout)
  return Uint8Array.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.slice(8)]);
}
function guidText(b: Uint8Array): string {
  const h = (a: number[]) => a.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h([b[3], b[2], b[1], b[0]])}-${h([b[5], b[4]])}-${h([b[7], b[6]])}-${h([b[8], b[9]])}-${h([...b.slice(10, 16)])}`;
}

export type LabelType = 'gpt' | 'msdos';

/** The table on a file: null when neither signature is there. */
export function readLabel(f: FileNode): { type: LabelType; parts: Part[] } | null {
  const b = toBytes(f.content.slice(0, 17408));
  if (b.length < 512 || b[510] !== 0x55 || b[511] !== 0xaa) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b[446 + 4] === 0xee && b.length >= 1024 && new TextDecoder().decode(b.subarray(512, 520)) === 'EFI PART') {
    const parts: Part[] = [];
    for (let i = 0; i < 128 && 1024 + (i + 1) * 128 <= b.length; i++) {
      const o = 1024 + i * 128;
      const type = guidText(b.subarray(o, o + 16));
      if (/^[0-]+$/.test(type)) continue;
      let name = '';
      for (let c = 0; c < 36; c++) {
        const ch = v.getUint16(o + 56 + c * 2, true);
        if (!ch) break;
        name += String.fromCharCode(ch);
      }
      const flags = Object.keys(GPT_FLAGS).find((k) => GPT_FLAGS[k] === type) ?? '';
      parts.push({ n: i + 1, start: Number(v.getBigUint64(o + 32, true)), end: Number(v.getBigUint64(o + 40, true)), fs: '', name, flags });
    }
    return { type: 'gpt', parts };
  }
  const parts: Part[] = [];
  for (let i = 0; i < 4; i++) {
    const o = 446 + i * 16;
    const start = v.getUint32(o + 8, true);
    const size = v.getUint32(o + 12, true);
    if (!b[o + 4] || !size) continue;
    parts.push({ n: i + 1, start, end: start + size - 1, fs: '', flags: b[o] === 0x80 ? 'boot, lba' : 'lba' });
  }
  return { type: 'msdos', parts };
}

/** Write the table (a uid seed gives the disk and partition GUIDs, from the file's name: no random draws). */
export function writeLabel(f: FileNode, type: LabelType, parts: Part[], sectors: number, seed: number): void {
  zeroAt(f, 0, 17408);
  const mbr = new Uint8Array(512);
  const mv = new DataView(mbr.buffer);
  mbr[510] = 0x55;
  mbr[511] = 0xaa;
  if (type === 'msdos') {
    mv.setUint32(440, seed >>> 0, true); // disk signature
    for (const p of parts) {
      const o = 446 + (p.n - 1) * 16;
      mbr[o] = p.flags.startsWith('boot') ? 0x80 : 0;
      mbr[o + 4] = 0x83;
      mv.setUint32(o + 8, p.start, true);
      mv.setUint32(o + 12, p.end - p.start + 1, true);
    }
    writeAt(f, 0, mbr);
    return;
  }
  mbr[446 + 4] = 0xee;
  mv.setUint32(446 + 8, 1, true);
  mv.setUint32(446 + 12, Math.min(sectors - 1, 0xffffffff), true);
  const ents = new Uint8Array(128 * 128);
  const ev = new DataView(ents.buffer);
  const guid = (k: number) => {
    const x = (seed * 2654435761 + k * 40503) >>> 0;
    const hex = [x, x ^ 0x9e3779b9, x ^ 0x85ebca6b, x ^ 0xc2b2ae35].map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  for (const p of parts) {
    const o = (p.n - 1) * 128;
    ents.set(guidBytes(GPT_FLAGS[p.flags] ?? LINUX_DATA), o);
    ents.set(guidBytes(guid(p.n)), o + 16);
    ev.setBigUint64(o + 32, BigInt(p.start), true);
    ev.setBigUint64(o + 40, BigInt(p.end), true);
    const name = p.name ?? '';
    for (let c = 0; c < Math.min(36, name.length); c++) ev.setUint16(o + 56 + c * 2, name.charCodeAt(c), true);
  }
  const hdr = new Uint8Array(512);
  const hv = new DataView(hdr.buffer);
  hdr.set(new TextEncoder().encode('EFI PART'), 0);
  hv.setUint32(8, 0x10000, true);
  hv.setUint32(12, 92, true);
  hv.setBigUint64(24, 1n, true);
  hv.setBigUint64(32, BigInt(sectors - 1), true);
  hv.setBigUint64(40, 34n, true);
  hv.setBigUint64(48, BigInt(sectors - 34), true);
  hdr.set(guidBytes(guid(0)), 56);
  hv.setBigUint64(72, 2n, true);
  hv.setUint32(80, 128, true);
  hv.setUint32(84, 128, true);
  hv.setUint32(88, crc32(ents) >>> 0, true);
  hv.setUint32(16, crc32(hdr.subarray(0, 92)) >>> 0, true);
  writeAt(f, 0, mbr);
  writeAt(f, 512, hdr);
  writeAt(f, 1024, ents);
}

/** What libblkid's partition-table probes report of the table: PTUUID (the GPT disk GUID, or the MBR's disk
 * signature as 8 hex digits) and PTTYPE ("gpt" or "dos"). */
export function tableTags(f: FileNode): [string, string][] {
  const t = readLabel(f);
  if (!t) return [];
  const b = toBytes(f.content.slice(0, 1024));
  if (t.type === 'gpt') return [['PTUUID', guidText(b.subarray(512 + 56, 512 + 72))], ['PTTYPE', 'gpt']];
  const sig = new DataView(b.buffer, b.byteOffset).getUint32(440, true);
  return [['PTUUID', sig.toString(16).padStart(8, '0')], ['PTTYPE', 'dos']];
}
