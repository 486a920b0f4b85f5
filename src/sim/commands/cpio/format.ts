// The cpio archive formats GNU cpio 2.13 writes and reads (copyout.c write_out_header, copyin.c read_in_header):
// bin (the old binary header, 26 bytes of host-order shorts with magic 070707, name and data padded to 2 bytes),
// odc (076-byte octal ASCII header "070707"), newc and crc (110-byte hex ASCII header "070701"/"070702", name and
// data padded to 4 bytes, crc the byte sum of the data). The trailer is an entry named TRAILER!!! and the output is
// padded with zeros to a multiple of the 512-byte block.

export type Format = 'bin' | 'odc' | 'newc' | 'crc';

export interface Entry {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  /** Seconds since the epoch. */
  mtime: number;
  ino: number;
  dev: number;
  data: Uint8Array;
  /** A tar member's link name: the target of a symbolic link (SYMTYPE), the earlier name of a hard link (LNKTYPE). */
  link?: string;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');
const oct = (n: number, w: number) => (n >>> 0).toString(8).padStart(w, '0').slice(-w);
const hex = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, '0').slice(-8);

function header(f: Format, e: Entry, name: Uint8Array): Uint8Array {
  const size = e.data.length;
  if (f === 'bin') {
    const h = new Uint8Array(26);
    const v = new DataView(h.buffer);
    const shorts = [0o070707, e.dev & 0xffff, e.ino & 0xffff, e.mode & 0xffff, e.uid & 0xffff, e.gid & 0xffff, e.nlink, 0, Math.floor(e.mtime / 65536) & 0xffff, e.mtime & 0xffff, name.length, Math.floor(size / 65536) & 0xffff, size & 0xffff];
    shorts.forEach((s, i) => v.setUint16(i * 2, s, true));
    return h;
  }
  if (f === 'odc') return enc.encode('070707' + oct(e.dev, 6) + oct(e.ino, 6) + oct(e.mode, 6) + oct(e.uid, 6) + oct(e.gid, 6) + oct(e.nlink, 6) + oct(0, 6) + oct(e.mtime, 11) + oct(name.length, 6) + oct(size, 11));
  let sum = 0;
  if (f === 'crc') for (const b of e.data) sum = (sum + b) >>> 0;
  const devMajor = e.dev >> 8;
  const devMinor = e.dev & 0xff;
  return enc.encode((f === 'crc' ? '070702' : '070701') + [e.ino, e.mode, e.uid, e.gid, e.nlink, e.mtime, size, devMajor, devMinor, 0, 0, name.length, sum].map(hex).join(''));
}

const align = (n: number, f: Format) => (f === 'bin' ? n % 2 : f === 'odc' ? 0 : (4 - (n % 4)) % 4);

/** The archive of the entries, the trailer, and zeros to the next 512 bytes. */
export function packCpio(entries: Entry[], f: Format): Uint8Array {
  const parts: Uint8Array[] = [];
  let n = 0;
  const push = (b: Uint8Array) => (parts.push(b), (n += b.length));
  const trailer: Entry = { name: 'TRAILER!!!', mode: 0, uid: 0, gid: 0, nlink: 1, mtime: 0, ino: 0, dev: 0, data: new Uint8Array(0) };
  for (const e of [...entries, trailer]) {
    const name = enc.encode(e.name + '\0');
    push(header(f, e, name));
    push(name);
    push(new Uint8Array(align(n, f)));
    push(e.data);
    push(new Uint8Array(align(n, f)));
  }
  push(new Uint8Array((512 - (n % 512)) % 512));
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
}

/** The format an archive starts with, by its magic, or null. */
export function formatOf(b: Uint8Array, at = 0): Format | null {
  if (b.length - at >= 2 && b[at] === 0xc7 && b[at + 1] === 0x71) return 'bin';
  const m = dec.decode(b.subarray(at, at + 6));
  return m === '070707' ? 'odc' : m === '070701' ? 'newc' : m === '070702' ? 'crc' : null;
}

/** The entries up to the trailer, the bytes read (to the end of its 512-byte block), or 'eof' when it is cut short. */
export function unpackCpio(b: Uint8Array): { entries: Entry[]; format: Format; size: number } | 'eof' {
  const entries: Entry[] = [];
  let at = 0;
  let format: Format | null = null;
  for (;;) {
    const f = formatOf(b, at);
    if (!f) return 'eof';
    format ??= f;
    const hsize = f === 'bin' ? 26 : f === 'odc' ? 76 : 110;
    if (b.length < at + hsize) return 'eof';
    let e: Omit<Entry, 'data' | 'name'>;
    let namesize: number;
    let size: number;
    if (f === 'bin') {
      const v = new DataView(b.buffer, b.byteOffset + at, 26);
      const s = (i: number) => v.getUint16(i * 2, true);
      e = { dev: s(1), ino: s(2), mode: s(3), uid: s(4), gid: s(5), nlink: s(6), mtime: s(8) * 65536 + s(9) };
      namesize = s(10);
      size = s(11) * 65536 + s(12);
    } else if (f === 'odc') {
      const t = dec.decode(b.subarray(at, at + 76));
      const o = (from: number, w: number) => parseInt(t.slice(from, from + w), 8) || 0;
      e = { dev: o(6, 6), ino: o(12, 6), mode: o(18, 6), uid: o(24, 6), gid: o(30, 6), nlink: o(36, 6), mtime: o(48, 11) };
      namesize = o(59, 6);
      size = o(65, 11);
    } else {
      const t = dec.decode(b.subarray(at, at + 110));
      const x = (i: number) => parseInt(t.slice(6 + i * 8, 14 + i * 8), 16) || 0;
      e = { ino: x(0), mode: x(1), uid: x(2), gid: x(3), nlink: x(4), mtime: x(5), dev: (x(7) << 8) | x(8) };
      namesize = x(11);
      size = x(6);
    }
    at += hsize;
    if (b.length < at + namesize) return 'eof';
    const name = dec.decode(b.subarray(at, at + Math.max(0, namesize - 1)));
    at += namesize;
    at += align(at, f);
    if (name === 'TRAILER!!!') return { entries, format, size: Math.ceil(at / 512) * 512 };
    if (b.length < at + size) return 'eof';
    entries.push({ ...e, name, data: b.slice(at, at + size) });
    at += size;
    at += align(at, f);
  }
}
