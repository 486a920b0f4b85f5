// The .xz file format (xz-file-format-1.0.4) as xz 5.2.5 lays it out: the stream header (magic, flags with the
// check, CRC32), one block with a header naming the LZMA2 filter and its dictionary size, the LZMA2 data, padding
// to 4 bytes and the check (CRC64 by default), the index (one record a block, CRC32) and the stream footer.
// The LZMA2 data is stored as LZMA2's uncompressed chunks (what xz itself writes for data LZMA cannot shrink), not
// LZMA-coded: xz reads these files, but they are a little larger than their input where xz's would be smaller
// (DIFFERENCES.md). Reading takes stored chunks only, one stream after another, with the checks verified.

const CRC32 = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32[n] = c >>> 0;
}
export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC32[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// CRC64 (ECMA-182, reflected: 0xC96C5795D7870F42) as two 32-bit halves
const LO = new Uint32Array(256);
const HI = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let lo = n;
  let hi = 0;
  for (let k = 0; k < 8; k++) {
    const bit = lo & 1;
    lo = ((lo >>> 1) | (hi << 31)) >>> 0;
    hi = hi >>> 1;
    if (bit) {
      lo = (lo ^ 0xd7870f42) >>> 0;
      hi = (hi ^ 0xc96c5795) >>> 0;
    }
  }
  LO[n] = lo;
  HI[n] = hi;
}
/** CRC64 as 8 little-endian bytes. */
export function crc64(b: Uint8Array): Uint8Array {
  let lo = 0xffffffff;
  let hi = 0xffffffff;
  for (let i = 0; i < b.length; i++) {
    const x = (lo ^ b[i]) & 0xff;
    lo = (((lo >>> 8) | (hi << 24)) ^ LO[x]) >>> 0;
    hi = ((hi >>> 8) ^ HI[x]) >>> 0;
  }
  lo = (lo ^ 0xffffffff) >>> 0;
  hi = (hi ^ 0xffffffff) >>> 0;
  const out = new Uint8Array(8);
  for (let k = 0; k < 4; k++) (out[k] = (lo >>> (8 * k)) & 0xff), (out[4 + k] = (hi >>> (8 * k)) & 0xff);
  return out;
}

export const MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const FOOTER = [0x59, 0x5a];
/** The check IDs xz writes (--check): none, crc32, crc64 (default), sha256 is not written here. */
export type Check = 'none' | 'crc32' | 'crc64';
const CHECK_ID: Record<Check, number> = { none: 0, crc32: 1, crc64: 4 };
const CHECK_SIZE = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];

const put32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const le32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) out.push((n % 0x80) | 0x80), (n = Math.floor(n / 0x80));
  out.push(n);
  return out;
};
const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** The LZMA2 dictionary size of the presets -0 ... -9 (lzma_encoder_presets.c: 2^18, 2^20, 2^21, 2^22, 2^22, 2^23, 2^23, 2^24, 2^25, 2^26 bytes), as the filter's property byte. */
const DICT_PROP = [12, 16, 18, 20, 20, 22, 22, 24, 26, 28];
/** The dictionary size a property byte stands for. */
export const dictSize = (p: number) => (2 | (p & 1)) * 2 ** (Math.floor(p / 2) + 11);

function checkOf(c: Check, data: Uint8Array): number[] {
  if (c === 'none') return [];
  if (c === 'crc32') return put32(crc32(data));
  return [...crc64(data)];
}

/** What `xz -N` writes for the data (an empty input: a stream without a block, as xz writes). */
export function xzBytes(data: Uint8Array, level = 6, check: Check = 'crc64'): Uint8Array {
  const out: number[] = [...MAGIC];
  const flags = [0, CHECK_ID[check]];
  out.push(...flags, ...put32(crc32(Uint8Array.from(flags))));
  const records: number[][] = [];
  const parts: Uint8Array[] = [];
  if (data.length) {
    const head = [0, 0x00, 0x21, 0x01, DICT_PROP[level]];
    head[0] = (head.length + pad4(head.length) + 4) / 4 - 1;
    head.push(...new Array(pad4(head.length)).fill(0));
    const header = [...head, ...put32(crc32(Uint8Array.from(head)))];
    // LZMA2 chunks: control 1 (dictionary reset) first, then 2; each up to 64 KiB, its size less one big-endian
    const chunks = Math.ceil(data.length / 0x10000);
    const bodyLen = data.length + 3 * chunks + 1;
    const ck = checkOf(check, data);
    const block = new Uint8Array(header.length + bodyLen + pad4(bodyLen) + ck.length);
    block.set(header);
    let p = header.length;
    for (let at = 0; at < data.length; at += 0x10000) {
      const chunk = data.subarray(at, at + 0x10000);
      block.set([at === 0 ? 1 : 2, (chunk.length - 1) >> 8, (chunk.length - 1) & 0xff], p);
      block.set(chunk, p + 3);
      p += 3 + chunk.length;
    }
    block.set(ck, block.length - ck.length);
    parts.push(block);
    records.push([...varint(header.length + bodyLen + ck.length), ...varint(data.length)]);
  }
  const index = [0, ...varint(records.length), ...records.flat()];
  index.push(...new Array(pad4(index.length)).fill(0));
  index.push(...put32(crc32(Uint8Array.from(index))));
  const back = [...put32(index.length / 4 - 1), ...flags];
  const tail = Uint8Array.from([...index, ...put32(crc32(Uint8Array.from(back))), ...back, ...FOOTER]);
  const all = new Uint8Array(out.length + parts.reduce((n, x) => n + x.length, 0) + tail.length);
  all.set(out);
  let k = out.length;
  for (const x of parts) all.set(x, k), (k += x.length);
  all.set(tail, k);
  return all;
}

export const isXz = (b: Uint8Array): boolean => MAGIC.every((m, i) => b[i] === m);

/**
 * Why reading stopped, as xz says it (message.c's message_strm): format (LZMA_FORMAT_ERROR), options
 * (LZMA_OPTIONS_ERROR: an LZMA-coded chunk, which is not read here), data (LZMA_DATA_ERROR), eof (LZMA_BUF_ERROR at
 * the end: "Unexpected end of input").
 */
export type Expanded =
  | { ok: true; data: Uint8Array; check: number; streams: number; blocks: number; size: number }
  | { ok: false; why: 'format' | 'options' | 'data' | 'eof'; data: Uint8Array };

class Stop extends Error {
  constructor(readonly why: 'format' | 'options' | 'data' | 'eof') {
    super(why);
  }
}

/** Every stream of an .xz file (stream padding of zeros between them allowed). */
export function unxzBytes(b: Uint8Array): Expanded {
  const out: number[] = [];
  let at = 0;
  let streams = 0;
  let blocks = 0;
  let check = 4;
  const need = (n: number) => {
    if (at + n > b.length) throw new Stop('eof');
  };
  const readVarint = () => {
    let v = 0;
    for (let i = 0, mul = 1; ; i++, mul *= 0x80) {
      need(1);
      const c = b[at++];
      v += (c & 0x7f) * mul;
      if (!(c & 0x80)) return v;
      if (i >= 8) throw new Stop('data');
    }
  };
  try {
    // an empty input is no format at all (liblzma's auto decoder sees no magic)
    if (!b.length) throw new Stop('format');
    while (at < b.length) {
      if (streams > 0) {
        // stream padding: zeros in fours
        let z = at;
        while (z < b.length && b[z] === 0) z++;
        if (z === b.length && (z - at) % 4 === 0) break;
        if ((z - at) % 4) throw new Stop('data');
        at = z;
      }
      // the magic as far as there are bytes, then the rest of the header
      if (!MAGIC.every((m, i) => at + i >= b.length || b[at + i] === m)) throw new Stop(streams ? 'data' : 'format');
      need(12);
      if (b[at + 6] !== 0 || b[at + 7] > 15) throw new Stop('options');
      if (crc32(b.subarray(at + 6, at + 8)) !== le32(b, at + 8)) throw new Stop('data');
      check = b[at + 7];
      at += 12;
      for (;;) {
        need(1);
        if (b[at] === 0) break; // the index
        const hsize = (b[at] + 1) * 4;
        need(hsize);
        if (crc32(b.subarray(at, at + hsize - 4)) !== le32(b, at + hsize - 4)) throw new Stop('data');
        const bflags = b[at + 1];
        let p = at + 2;
        if (bflags & 0x40) while (b[p++] & 0x80);
        if (bflags & 0x80) while (b[p++] & 0x80);
        if ((bflags & 3) !== 0 || b[p] !== 0x21) throw new Stop('options');
        at += hsize;
        const start = out.length;
        const cstart = at;
        for (;;) {
          need(1);
          const c = b[at++];
          if (c === 0) break;
          if (c !== 1 && c !== 2) throw new Stop(c >= 0x80 ? 'options' : 'data');
          need(2);
          const n = ((b[at] << 8) | b[at + 1]) + 1;
          at += 2;
          // a cut chunk gives what it holds before the end
          for (let i = 0; i < n && at + i < b.length; i++) out.push(b[at + i]);
          need(n);
          at += n;
        }
        need(pad4(at - cstart));
        at += pad4(at - cstart);
        const size = CHECK_SIZE[check];
        need(size);
        const data = Uint8Array.from(out.slice(start));
        const want = check === 1 ? put32(crc32(data)) : check === 4 ? [...crc64(data)] : null;
        if (want && !want.every((x, i) => b[at + i] === x)) throw new Stop('data');
        at += size;
        blocks++;
      }
      // the index, then the footer
      const istart = at;
      at++;
      const n = readVarint();
      for (let i = 0; i < 2 * n; i++) readVarint();
      need(pad4(at - istart) + 4);
      at += pad4(at - istart);
      if (crc32(b.subarray(istart, at)) !== le32(b, at)) throw new Stop('data');
      at += 4;
      need(12);
      if (b[at + 10] !== 0x59 || b[at + 11] !== 0x5a) throw new Stop('data');
      at += 12;
      streams++;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ok: false, why: e.why, data: Uint8Array.from(out) };
  }
  return { ok: true, data: Uint8Array.from(out), check, streams, blocks, size: b.length };
}
