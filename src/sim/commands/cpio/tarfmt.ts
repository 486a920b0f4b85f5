// The tar formats of GNU cpio 2.13 (src/tar.c write_out_tar_header, read_in_tar_header, is_tar_header,
// is_tar_filename_too_long; copyout.c): -H ustar writes POSIX ustar headers ("ustar\0" "00", owner and group names,
// device numbers, a name over 100 bytes split into prefix and name at a slash), -H tar the old V7 header without
// them. Numbers are octal with a NUL in the last byte of their field, the checksum too (seven digits and NUL). A
// member's data is padded to 512 bytes; 1024 zero bytes end the archive, then zeros to the 512-byte block.
import type { Entry } from './format';

const BLOCK = 512;
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');

/** to_ascii(..., LG_8, true): digits-1 octal digits and a NUL. */
function octal(h: Uint8Array, at: number, width: number, v: number): void {
  h.set(enc.encode((v >>> 0).toString(8).padStart(width - 1, '0').slice(-(width - 1))), at);
  h[at + width - 1] = 0;
}

/** split_long_name(): the last slash within the prefix's reach. */
function splitAt(name: Uint8Array): number {
  let len = name.length;
  if (len > 155) len = 157;
  let i = len - 1;
  for (; i > 0; i--) if (name[i] === 0x2f) break;
  return i;
}

/** is_tar_filename_too_long() */
export function tarNameTooLong(name: string, ustar: boolean): boolean {
  const b = enc.encode(name);
  if (b.length <= 100) return false;
  if (!ustar) return true;
  if (b.length > 100 + 155 + 1) return true;
  const p = splitAt(b);
  return p === 0 || b.length - p - 1 > 100;
}

/** tar_checksum(): the header's bytes with the checksum field counted as spaces. */
function checksum(h: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
  return sum;
}

/** One header block; `link` is the symbolic link's target (SYMTYPE) or the earlier name (LNKTYPE). */
function header(e: Entry, ustar: boolean, uname: string | undefined, gname: string | undefined): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const name = enc.encode(e.name);
  if (name.length <= 100) h.set(name, 0);
  else {
    const p = splitAt(name);
    h.set(name.subarray(0, p), 345);
    h.set(name.subarray(p + 1), 0);
  }
  const type = e.mode & 0o170000;
  const link = type === 0o120000 || e.link !== undefined;
  octal(h, 100, 8, e.mode & 0o7777);
  octal(h, 108, 8, e.uid);
  octal(h, 116, 8, e.gid);
  octal(h, 124, 12, link || type === 0o040000 ? 0 : e.data.length);
  octal(h, 136, 12, e.mtime);
  if (type === 0o120000) {
    h[156] = 0x32; // SYMTYPE
    h.set(enc.encode(e.link ?? dec.decode(e.data)).subarray(0, 100), 157);
  } else if (e.link !== undefined) {
    h[156] = 0x31; // LNKTYPE
    h.set(enc.encode(e.link).subarray(0, 100), 157);
  } else h[156] = type === 0o040000 ? 0x35 : 0x30;
  if (ustar) {
    h.set(enc.encode('ustar\0'), 257);
    h.set(enc.encode('00'), 263);
    if (uname !== undefined) h.set(enc.encode(uname).subarray(0, 31), 265);
    if (gname !== undefined) h.set(enc.encode(gname).subarray(0, 31), 297);
    octal(h, 329, 8, 0);
    octal(h, 337, 8, 0);
  }
  octal(h, 148, 8, checksum(h));
  return h;
}

/** The archive of the entries (names already checked), the 1024-byte end and the block's padding. */
export function packTar(entries: Entry[], ustar: boolean, uname: (uid: number) => string | undefined, gname: (gid: number) => string | undefined): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    parts.push(header(e, ustar, uname(e.uid), gname(e.gid)));
    const type = e.mode & 0o170000;
    if (type === 0o100000 && e.link === undefined && e.data.length) parts.push(e.data, new Uint8Array((BLOCK - (e.data.length % BLOCK)) % BLOCK));
  }
  parts.push(new Uint8Array(1024));
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n + ((BLOCK - (n % BLOCK)) % BLOCK));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
}

const field = (b: Uint8Array, at: number, len: number) => {
  const f = b.subarray(at, at + len);
  const nul = f.indexOf(0);
  return dec.decode(nul < 0 ? f : f.subarray(0, nul));
};
/** FROM_OCTAL: the digits after any spaces, up to the first non-digit. */
const num = (b: Uint8Array, at: number, len: number) => {
  const m = /^\s*([0-7]*)/.exec(field(b, at, len));
  return m && m[1] ? parseInt(m[1], 8) : 0;
};

/** is_tar_header(): 2 for a POSIX header ("ustar" magic), 1 for an old one, 0 when the checksum is wrong. */
export function isTarHeader(b: Uint8Array, at = 0): 0 | 1 | 2 {
  if (b.length < at + BLOCK) return 0;
  const h = b.subarray(at, at + BLOCK);
  if (num(h, 148, 8) !== checksum(h)) return 0;
  return dec.decode(h.subarray(257, 262)) === 'ustar' ? 2 : 1;
}

/**
 * read_in_tar_header() for each member up to the first zero block: entries with the ids the names give (-n: the
 * numbers), links as `link`; the bytes read to the end of that block. 'eof' when a header is cut short or bad.
 */
export function unpackTar(b: Uint8Array, ids: (uname: string, gname: string) => { uid?: number; gid?: number }): { entries: Entry[]; size: number } | 'eof' {
  const kind = isTarHeader(b);
  const entries: Entry[] = [];
  for (let at = 0; ; ) {
    if (b.length < at + BLOCK) return 'eof';
    const h = b.subarray(at, at + BLOCK);
    at += BLOCK;
    if (h.every((x) => x === 0)) return { entries, size: at };
    if (num(h, 148, 8) !== checksum(h)) return 'eof';
    const prefix = kind === 2 ? field(h, 345, 155) : '';
    const name = prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100);
    const by = kind === 2 ? ids(field(h, 265, 32), field(h, 297, 32)) : {};
    let mode = num(h, 100, 8) & 0o7777;
    let size = num(h, 124, 12);
    const t = String.fromCharCode(h[156]);
    let link: string | undefined;
    if (t === '5') mode |= 0o040000;
    else if (t === '2') (mode |= 0o120000), (link = field(h, 157, 100)), (size = 0);
    else if (t === '1') (mode |= 0o100000), (link = field(h, 157, 100)), (size = 0);
    else if (t === '3' || t === '4' || t === '6') (mode |= t === '3' ? 0o020000 : t === '4' ? 0o060000 : 0o010000), (size = 0);
    else if (t === '\0' && name.endsWith('/')) mode |= 0o040000;
    else mode |= 0o100000;
    if (b.length < at + size) return 'eof';
    const data = b.slice(at, at + size);
    at += Math.ceil(size / BLOCK) * BLOCK;
    entries.push({ name, mode, uid: by.uid ?? num(h, 108, 8), gid: by.gid ?? num(h, 116, 8), nlink: 1, mtime: num(h, 136, 12), ino: 0, dev: 0, data, ...(link !== undefined ? { link } : {}) });
  }
}
