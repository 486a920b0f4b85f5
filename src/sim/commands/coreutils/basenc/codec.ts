// The encodings of coreutils 8.32's basenc.c (base32 is basenc built with BASE_TYPE 32): encoding, and decoding
// as gnulib's base64/base32 decoders and basenc's own base16, base2 and z85 ones do it: newlines are skipped, the
// bytes decoded before the first bad character are written, then `invalid input`.

export type Encoding = 'base64' | 'base64url' | 'base32' | 'base32hex' | 'base16' | 'base2msbf' | 'base2lsbf' | 'z85';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHABET: Record<Encoding, string> = {
  base64: B64,
  base64url: B64.slice(0, 62) + '-_',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  base32hex: '0123456789ABCDEFGHIJKLMNOPQRSTUV',
  base16: '0123456789ABCDEF',
  base2msbf: '01',
  base2lsbf: '01',
  z85: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#',
};

/** Whether -i keeps the character (isbase, or `=`). */
export const keeps = (enc: Encoding, ch: string) => ch === '=' || ALPHABET[enc].includes(ch);

/** The encoded text, unwrapped; an error message when z85's input is not a multiple of 4 bytes. */
export function encode(bytes: Uint8Array, enc: Encoding): { text: string; error?: string } {
  const a = ALPHABET[enc];
  let out = '';
  if (enc === 'base64' || enc === 'base64url' || enc === 'base32' || enc === 'base32hex') {
    const bits = enc.startsWith('base64') ? 6 : 5;
    const group = bits === 6 ? 4 : 8;
    let acc = 0;
    let n = 0;
    for (const b of bytes) {
      acc = ((acc << 8) | b) & 0xffff;
      n += 8;
      while (n >= bits) {
        n -= bits;
        out += a[(acc >> n) & ((1 << bits) - 1)];
      }
    }
    if (n) out += a[(acc << (bits - n)) & ((1 << bits) - 1)];
    while (out.length % group) out += '=';
    return { text: out };
  }
  if (enc === 'base16') {
    for (const b of bytes) out += a[b >> 4] + a[b & 15];
    return { text: out };
  }
  if (enc === 'base2msbf' || enc === 'base2lsbf') {
    for (const b of bytes) {
      const s = b.toString(2).padStart(8, '0');
      out += enc === 'base2msbf' ? s : [...s].reverse().join('');
    }
    return { text: out };
  }
  // z85: whole quads only (z85_encode dies before writing the block)
  if (bytes.length % 4) return { text: '', error: 'invalid input (length must be multiple of 4 characters)' };
  for (let i = 0; i < bytes.length; i += 4) {
    let v = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
    let five = '';
    for (let k = 0; k < 5; k++) {
      five = a[v % 85] + five;
      v = Math.floor(v / 85);
    }
    out += five;
  }
  return { text: out };
}

/** Decoded bytes and whether the whole input was valid. */
export function decode(text: string, enc: Encoding): { bytes: number[]; ok: boolean } {
  const a = ALPHABET[enc];
  const s = text.replace(/\n/g, '');
  const out: number[] = [];
  if (enc === 'base64' || enc === 'base64url' || enc === 'base32' || enc === 'base32hex') {
    const bits = enc.startsWith('base64') ? 6 : 5;
    const group = bits === 6 ? 4 : 8;
    // the counts of characters before padding that a group may have
    const padded = bits === 6 ? [2, 3] : [2, 4, 5, 7];
    for (let g = 0; g < s.length; g += group) {
      const q = s.slice(g, g + group);
      // gnulib's decode_8 wants a whole group; decode_4 writes what the first characters give
      if (bits === 5 && q.length < group) return { bytes: out, ok: false };
      let acc = 0;
      let n = 0;
      let valid = 0;
      for (; valid < q.length; valid++) {
        const v = a.indexOf(q[valid]);
        if (v < 0) break;
        acc = ((acc << bits) | v) & 0xffff;
        n += bits;
        if (n >= 8) {
          n -= 8;
          out.push((acc >> n) & 0xff);
        }
      }
      if (valid === group) continue;
      const pad = q.slice(valid);
      if (q.length === group && padded.includes(valid) && /^=+$/.test(pad)) continue;
      return { bytes: out, ok: false };
    }
    return { bytes: out, ok: true };
  }
  if (enc === 'base16') {
    let hi = -1;
    for (const ch of s) {
      const v = a.indexOf(ch);
      if (v < 0) return { bytes: out, ok: false };
      if (hi < 0) hi = v;
      else {
        out.push((hi << 4) | v);
        hi = -1;
      }
    }
    return { bytes: out, ok: hi < 0 };
  }
  if (enc === 'base2msbf' || enc === 'base2lsbf') {
    let octet = 0;
    let n = 0;
    for (const ch of s) {
      if (ch !== '0' && ch !== '1') return { bytes: out, ok: false };
      const bit = ch === '1' ? 1 : 0;
      octet |= enc === 'base2msbf' ? bit << (7 - n) : bit << n;
      if (++n === 8) {
        out.push(octet);
        octet = 0;
        n = 0;
      }
    }
    return { bytes: out, ok: n === 0 };
  }
  // z85: five characters a quad; values past 2^32 - 1 are rejected
  const vals: number[] = [];
  for (const ch of s) {
    const v = a.indexOf(ch);
    if (v < 0) return { bytes: out, ok: false };
    vals.push(v);
    if (vals.length === 5) {
      const val = vals.reduce((x, d) => x * 85 + d, 0);
      if (val > 0xffffffff) return { bytes: out, ok: false };
      out.push((val >>> 24) & 255, (val >>> 16) & 255, (val >>> 8) & 255, val & 255);
      vals.length = 0;
    }
  }
  return { bytes: out, ok: vals.length === 0 };
}
