// The ZIP format (PKWARE's APPNOTE) as Info-ZIP's zip 3.0 writes it on Unix (zipfile.c putlocal/putcentral/putend,
// unix/unix.c set_extra_field): each entry a local header (version needed 10 for stored, 20 for deflated, flags 0,
// the DOS time and date, CRC-32 and sizes), its name, the extra fields "UT" (flags 3, mtime and atime; the central
// copy mtime only) and "ux" (version 1, 4-byte uid and gid), then the data; the central directory (made by 0x031e:
// Unix, 3.0; internal attribute 1 for text; external attribute the mode << 16, 0x10 for a directory); the end record.
// Deflated data comes from fflate (loaded with the command, as gzip's is), not zip's own deflate: for most input the
// sizes agree with zlib's level 6, which zip 3.0's default matches (DIFFERENCES.md).
import { crc32 } from '../gzip/format';

type Fflate = typeof import('fflate');
let flate: Fflate | null = null;

/** fflate, once: yield `{ load: loadFlate }` before anything here compresses or expands. */
export const loadFlate = (): Promise<Fflate> => import('fflate').then((m) => (flate = m));

export interface Entry {
  /** The name as stored: relative, '/' ends a directory. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored in the archive (compressed when method 8). */
  stored: Uint8Array;
  /** Seconds since the epoch. */
  mtime: number;
  mode: number;
  uid: number;
  gid: number;
  text: boolean;
}

const enc = new TextEncoder();
const put16 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
};
const put32 = (b: Uint8Array, at: number, v: number) => {
  for (let k = 0; k < 4; k++) b[at + k] = (v >>> (8 * k)) & 0xff;
};
const le16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const le32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The MS-DOS time and date of a time (the guest's clock is UTC). */
function dosTime(sec: number): [number, number] {
  const d = new Date(sec * 1000);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}

/** The internal "text" attribute: no control byte other than BEL..CR and ESC (an approximation of zip's test: DIFFERENCES.md). */
const isText = (b: Uint8Array) => !b.some((c) => c < 7 || (c > 13 && c < 32 && c !== 27));

/**
 * One entry for a file's (or a directory's) data: deflated when that is smaller (zipup(): stored otherwise, and
 * always for an empty file or a directory).
 */
export function makeEntry(name: string, data: Uint8Array | null, o: { mtime: number; mode: number; uid: number; gid: number; store: boolean }): Entry {
  const dir = data === null;
  const bytes = data ?? new Uint8Array(0);
  let method = 0;
  let stored = bytes;
  if (!dir && !o.store && bytes.length > 0) {
    const d = flate!.deflateSync(bytes, { level: 6 });
    if (d.length < bytes.length) {
      method = 8;
      stored = d;
    }
  }
  return { name, method, crc: dir ? 0 : crc32(bytes), size: bytes.length, stored, mtime: o.mtime, mode: o.mode, uid: o.uid, gid: o.gid, text: !dir && isText(bytes) };
}

/** zip's percent(): the share saved, rounded half up, 0 for an empty entry. */
export function percent(n: number, m: number): number {
  if (n === 0) return 0;
  return Math.trunc((Math.trunc((200 * (n - m)) / n) + 1) / 2);
}

function extra(e: Entry, central: boolean): Uint8Array {
  const ut = central ? 9 : 13;
  const b = new Uint8Array(ut + 15);
  put16(b, 0, 0x5455);
  put16(b, 2, central ? 5 : 9);
  b[4] = 3;
  put32(b, 5, e.mtime);
  if (!central) put32(b, 9, e.mtime);
  put16(b, ut, 0x7875);
  put16(b, ut + 2, 11);
  b[ut + 4] = 1;
  b[ut + 5] = 4;
  put32(b, ut + 6, e.uid);
  b[ut + 10] = 4;
  put32(b, ut + 11, e.gid);
  return b;
}

/** The whole archive for the entries, in their order. */
export function writeZip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let off = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const [time, date] = dosTime(e.mtime);
    const ver = e.method === 8 ? 20 : 10;
    const lx = extra(e, false);
    const local = new Uint8Array(30);
    put32(local, 0, 0x04034b50);
    put16(local, 4, ver);
    put16(local, 8, e.method);
    put16(local, 10, time);
    put16(local, 12, date);
    put32(local, 14, e.crc);
    put32(local, 18, e.stored.length);
    put32(local, 22, e.size);
    put16(local, 26, name.length);
    put16(local, 28, lx.length);
    parts.push(local, name, lx, e.stored);
    const cx = extra(e, true);
    const c = new Uint8Array(46);
    put32(c, 0, 0x02014b50);
    put16(c, 4, 0x031e);
    put16(c, 6, ver);
    put16(c, 10, e.method);
    put16(c, 12, time);
    put16(c, 14, date);
    put32(c, 16, e.crc);
    put32(c, 20, e.stored.length);
    put32(c, 24, e.size);
    put16(c, 28, name.length);
    put16(c, 30, cx.length);
    put16(c, 36, e.text ? 1 : 0);
    put32(c, 38, ((e.mode << 16) | (e.name.endsWith('/') ? 0x10 : 0)) >>> 0);
    put32(c, 42, off);
    central.push(c, name, cx);
    off += 30 + name.length + lx.length + e.stored.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new Uint8Array(22);
  put32(end, 0, 0x06054b50);
  put16(end, 8, entries.length);
  put16(end, 10, entries.length);
  put32(end, 12, cdSize);
  put32(end, 16, off);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The entries of an archive from its central directory, or null when it is not one zip can read. */
export function readZip(b: Uint8Array): Entry[] | null {
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (le32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = le16(b, end + 10);
  let at = le32(b, end + 16);
  const out: Entry[] = [];
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || le32(b, at) !== 0x02014b50) return null;
    const method = le16(b, at + 10);
    const time = le16(b, at + 12);
    const date = le16(b, at + 14);
    const crc = le32(b, at + 16);
    const csize = le32(b, at + 20);
    const size = le32(b, at + 24);
    const nlen = le16(b, at + 28);
    const xlen = le16(b, at + 30);
    const clen = le16(b, at + 32);
    const text = (le16(b, at + 36) & 1) === 1;
    const atx = le32(b, at + 38);
    const off = le32(b, at + 42);
    const name = dec.decode(b.subarray(at + 46, at + 46 + nlen));
    const x = b.subarray(at + 46 + nlen, at + 46 + nlen + xlen);
    let mtime = Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2) / 1000;
    let uid = 0;
    let gid = 0;
    for (let i = 0; i + 4 <= x.length; ) {
      const tag = le16(x, i);
      const len = le16(x, i + 2);
      if (tag === 0x5455 && len >= 5 && x[i + 4] & 1) mtime = le32(x, i + 5);
      if (tag === 0x7875 && len >= 11) {
        uid = le32(x, i + 6);
        gid = le32(x, i + 11);
      }
      i += 4 + len;
    }
    if (off + 30 > b.length || le32(b, off) !== 0x04034b50) return null;
    const data = off + 30 + le16(b, off + 26) + le16(b, off + 28);
    out.push({ name, method, crc, size, stored: b.subarray(data, data + csize), mtime, mode: atx >>> 16, uid, gid, text });
    at += 46 + nlen + xlen + clen;
  }
  return out;
}

/** The data of an entry, or null when it cannot be expanded or its CRC does not match. */
export function expand(e: Entry): Uint8Array | null {
  let data: Uint8Array;
  try {
    data = e.method === 8 ? flate!.inflateSync(e.stored) : e.method === 0 ? e.stored : new Uint8Array(0);
  } catch {
    return null;
  }
  if (e.method !== 0 && e.method !== 8) return null;
  return crc32(data) === e.crc ? data : null;
}
