// Byte helpers shared by the commands that build binary data (git objects, OpenSSH key blobs, od's input).

/** The parts one after another, in one array. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes from a hex string (two digits a byte), as digests print them. */
export const hexBytes = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));

// A file's content and the data in a pipe are strings (see FileNode.content in fs.ts): UTF-8 text, with each byte
// that is not part of valid UTF-8 kept as one lone surrogate U+DC80..U+DCFF. toBytes and fromBytes convert at the
// text/bytes boundary; fromBytes(toBytes(s)) is s for any string fromBytes made, toBytes(fromBytes(b)) is b.

const encoder = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** A lone low surrogate that stands for a byte (with the u flag a surrogate pair is one code point, never matched). */
const ESCAPED = /[\udc80-\udcff]/u;

/** The bytes a string stands for: UTF-8, each U+DC80..U+DCFF one byte 0x80..0xFF. */
export function toBytes(s: string): Uint8Array {
  if (!ESCAPED.test(s)) return encoder.encode(s);
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) (out[n++] = 0xc0 | (c >> 6)), (out[n++] = 0x80 | (c & 63));
    else if (c >= 0xdc80 && c <= 0xdcff) out[n++] = c & 0xff;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 63);
      out[n++] = 0x80 | ((cp >> 6) & 63);
      out[n++] = 0x80 | (cp & 63);
    } else {
      // any other lone surrogate is U+FFFD, as TextEncoder writes it
      const u = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
      out[n++] = 0xe0 | (u >> 12);
      out[n++] = 0x80 | ((u >> 6) & 63);
      out[n++] = 0x80 | (u & 63);
    }
  }
  return out.slice(0, n);
}

/** How many bytes from `at` make one valid UTF-8 sequence (0: the byte at `at` is not the start of one). */
function sequence(b: Uint8Array, at: number): number {
  const c = b[at];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => at + k < b.length && b[at + k] >= lo && b[at + k] <= hi;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok1 && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok1 && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The string that stands for some bytes: valid UTF-8 decoded, every other byte as U+DC00 + byte. */
export function fromBytes(b: Uint8Array): string {
  try {
    return strict.decode(b);
  } catch {
    // not all UTF-8: decoded sequence by sequence
  }
  let s = '';
  let chunk: number[] = [];
  for (let i = 0; i < b.length; ) {
    const n = sequence(b, i);
    if (n === 0) chunk.push(0xdc00 | b[i++]);
    else if (n === 1) chunk.push(b[i++]);
    else {
      const cp = n === 2 ? ((b[i] & 31) << 6) | (b[i + 1] & 63) : n === 3 ? ((b[i] & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63) : ((b[i] & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63);
      if (cp >= 0x10000) chunk.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      else chunk.push(cp);
      i += n;
    }
    if (chunk.length >= 8192) (s += String.fromCharCode(...chunk)), (chunk = []);
  }
  return s + String.fromCharCode(...chunk);
}

/** True when the string holds bytes that are not UTF-8 text (a compressed file, an object, a key blob). */
export const isBinary = (s: string): boolean => ESCAPED.test(s);

/** The one string for the same bytes: escaped bytes next to each other that make UTF-8 decoded (printf '\xc3\xa9' is é). */
export const canonical = (s: string): string => (ESCAPED.test(s) ? s.replace(/[\udc80-\udcff]{2,}/gu, (run) => fromBytes(Uint8Array.from(run, (c) => c.charCodeAt(0) & 0xff))) : s);

/** The character for one byte written by an escape (\xHH, \NNN): itself below 0x80, an escaped byte above. */
export const byteChar = (b: number): string => String.fromCharCode(b < 0x80 ? b : 0xdc00 | (b & 0xff));
