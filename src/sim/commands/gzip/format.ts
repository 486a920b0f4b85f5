// The gzip file format (RFC 1952) as gzip 1.12 writes it: a 10-byte header (ID1 ID2, CM 8, FLG with FNAME when the
// name is stored, MTIME, XFL 4 for -1 and 2 for -9, OS 3), the original name and a NUL, the DEFLATE data, then the
// CRC-32 and the size modulo 2^32. The DEFLATE data comes from fflate, loaded with the command that needs it
// (gzip, tar -z), never with the first page; its encoder is not gzip's, so the compressed bytes may differ
// (DIFFERENCES.md). Reading takes one member after another, as gunzip does with concatenated files.

type Fflate = typeof import('fflate');
let flate: Fflate | null = null;

/** fflate, once: yield `{ load: loadFlate }` before anything here compresses or expands. */
export const loadFlate = (): Promise<Fflate> => import('fflate').then((m) => (flate = m));

const FNAME = 8;
const FEXTRA = 4;
const FCOMMENT = 16;
const FHCRC = 2;

let table: Uint32Array | null = null;
export function crc32(b: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = table[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const le32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const put32 = (b: Uint8Array, at: number, v: number) => {
  for (let k = 0; k < 4; k++) b[at + k] = (v >>> (8 * k)) & 0xff;
};

/**
 * The fflate level for gzip's -1 ... -9: the one whose sizes come nearest gzip 1.12's (DIFFERENCES.md has the
 * figures): fflate's level 1 for -1 to -3, 5 for -4, 8 for -5 up (gzip packs tighter there than any fflate level).
 */
const LEVEL = [0, 1, 1, 1, 5, 8, 8, 8, 8, 8];

export interface GzipOptions {
  /** 1 ... 9 (gzip's default 6). */
  level: number;
  /** The original name as bytes (gzip stores the base name; none with -n or for standard input). */
  name?: Uint8Array;
  /** Seconds since the epoch (0: none stored, as -n writes). */
  mtime: number;
}

/** One gzip member for the data, as gzip writes it. */
export function gzipBytes(data: Uint8Array, o: GzipOptions): Uint8Array {
  const body = flate!.deflateSync(data, { level: LEVEL[o.level] as 1 });
  const head = 10 + (o.name ? o.name.length + 1 : 0);
  const out = new Uint8Array(head + body.length + 8);
  out.set([0x1f, 0x8b, 8, o.name ? FNAME : 0]);
  put32(out, 4, o.mtime >>> 0);
  out[8] = o.level === 1 ? 4 : o.level === 9 ? 2 : 0;
  out[9] = 3;
  if (o.name) out.set(o.name, 10);
  out.set(body, head);
  put32(out, head + body.length, crc32(data));
  put32(out, head + body.length + 4, data.length >>> 0);
  return out;
}

export const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

export interface Header {
  /** Where the DEFLATE data starts. */
  end: number;
  flags: number;
  mtime: number;
  name: Uint8Array | null;
}

/** A member's header at `at`, or why it cannot be read: 'format' (no magic or method 8), 'eof' (cut short). */
export function readHeader(b: Uint8Array, at = 0): Header | 'format' | 'eof' {
  if (b.length - at < 2) return 'eof';
  if (b[at] !== 0x1f || b[at + 1] !== 0x8b) return 'format';
  if (b.length - at < 10) return 'eof';
  if (b[at + 2] !== 8) return 'format';
  const flags = b[at + 3];
  let p = at + 10;
  if (flags & FEXTRA) {
    if (p + 2 > b.length) return 'eof';
    p += 2 + (b[p] | (b[p + 1] << 8));
  }
  let name: Uint8Array | null = null;
  for (const f of [FNAME, FCOMMENT]) {
    if (!(flags & f)) continue;
    const nul = b.indexOf(0, p);
    if (nul < 0) return 'eof';
    if (f === FNAME) name = b.subarray(p, nul);
    p = nul + 1;
  }
  if (flags & FHCRC) p += 2;
  if (p > b.length) return 'eof';
  return { end: p, flags, mtime: le32(b, at + 4), name };
}

export type Expanded =
  | { ok: true; data: Uint8Array; members: number; header: Header; trailing: boolean }
  | { ok: false; why: 'format' | 'eof' | 'corrupt' | 'crc' | 'length'; data: Uint8Array };

/** Every member of a gzip file, expanded one after the other; what follows the last one is trailing garbage. */
export function gunzipBytes(b: Uint8Array): Expanded {
  const parts: Uint8Array[] = [];
  let at = 0;
  let first: Header | null = null;
  let members = 0;
  const join = () => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let k = 0;
    for (const p of parts) out.set(p, k), (k += p.length);
    return out;
  };
  for (;;) {
    const h = readHeader(b, at);
    if (typeof h === 'string') {
      if (members === 0) return { ok: false, why: h, data: new Uint8Array(0) };
      // after a member: zeros or anything else are ignored with a warning (gzip's "trailing garbage")
      return { ok: true, data: join(), members, header: first!, trailing: true };
    }
    first ??= h;
    let data: Uint8Array;
    try {
      data = flate!.inflateSync(b.subarray(h.end));
    } catch (e) {
      // fflate's code 0: the data ends before its last block; what could be expanded is written out first
      if ((e as { code?: number }).code !== 0) return { ok: false, why: 'corrupt', data: join() };
      try {
        new flate!.Inflate((d) => parts.push(d.slice())).push(b.subarray(h.end), false);
      } catch {
        // only what came before the damage
      }
      return { ok: false, why: 'eof', data: join() };
    }
    // the trailer: where the CRC and the length of this data stand (fflate does not tell where its data ends)
    const crc = crc32(data);
    let t = -1;
    for (let p = h.end; p + 8 <= b.length; p++) {
      if (le32(b, p) === crc && le32(b, p + 4) === data.length >>> 0) {
        t = p;
        break;
      }
    }
    parts.push(data);
    members++;
    if (t < 0) {
      // a wrong CRC or length at the end, else the trailer is cut short
      const why = le32(b, b.length - 4) === data.length >>> 0 ? 'crc' : le32(b, b.length - 8) === crc ? 'length' : 'eof';
      return { ok: false, why, data: join() };
    }
    at = t + 8;
    if (at >= b.length) return { ok: true, data: join(), members, header: first, trailing: false };
  }
}

/** What gzip -l reads: the header, and the CRC and size from the last 8 bytes; null when the file is too short. */
export function listBytes(b: Uint8Array): { header: Header; crc: number; size: number; members: number } | 'format' | 'eof' {
  const h = readHeader(b);
  if (typeof h === 'string') return h;
  if (b.length < h.end + 8) return 'eof';
  let members = 1;
  // more than one member: another header right after the first member's trailer
  const one = gunzipBytes(b);
  if (one.ok) members = one.members;
  return { header: h, crc: le32(b, b.length - 8), size: le32(b, b.length - 4), members };
}
