// ASN.1 DER (X.690) as certificates use it: an encoder for the few types X.509 needs, a reader that walks
// tag-length-value nodes, and PEM (RFC 7468) around them with Go's encoding/pem line length of 64.

export type Bytes = Uint8Array;

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8: 0x0c,
  PRINTABLE: 0x13,
  IA5: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

export function concat(parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const b: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) b.unshift(v & 0xff);
  return [0x80 | b.length, ...b];
}

export function tlv(tag: number, body: Bytes): Bytes {
  return concat([Uint8Array.from([tag, ...lengthBytes(body.length)]), body]);
}

export const seq = (...items: Bytes[]) => tlv(TAG.SEQUENCE, concat(items));
export const set = (...items: Bytes[]) => tlv(TAG.SET, concat(items));
export const nul = () => tlv(TAG.NULL, new Uint8Array());
export const bool = (b: boolean) => tlv(TAG.BOOLEAN, Uint8Array.of(b ? 0xff : 0));
export const octets = (b: Bytes) => tlv(TAG.OCTET_STRING, b);
/** A BIT STRING with no unused bits. */
export const bits = (b: Bytes, unused = 0) => tlv(TAG.BIT_STRING, concat([Uint8Array.of(unused), b]));
/** [n] EXPLICIT (constructed) or IMPLICIT primitive context tags. */
export const explicit = (n: number, body: Bytes) => tlv(0xa0 | n, body);
export const implicit = (n: number, body: Bytes) => tlv(0x80 | n, body);

/** An unsigned big-endian magnitude as a DER INTEGER (a leading zero when the top bit is set, none redundant). */
export function uint(mag: Bytes): Bytes {
  let i = 0;
  while (i < mag.length - 1 && mag[i] === 0) i++;
  const m = mag.slice(i);
  return tlv(TAG.INTEGER, m[0] & 0x80 ? concat([Uint8Array.of(0), m]) : m.length ? m : Uint8Array.of(0));
}

export function bigBytes(n: bigint): Bytes {
  const hex = n.toString(16);
  return Uint8Array.from((hex.length % 2 ? '0' + hex : hex).match(/../g)!, (h) => parseInt(h, 16));
}

export const int = (n: number | bigint) => uint(bigBytes(BigInt(n)));

export function oid(dotted: string): Bytes {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const v of rest) {
    const chunk: number[] = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk.unshift(0x80 | (x & 0x7f));
    out.push(...chunk);
  }
  return tlv(TAG.OID, Uint8Array.from(out));
}

export const text = (tag: number, s: string) => tlv(tag, new TextEncoder().encode(s));

/** Go's asn1 rule for a name's value: PrintableString when every character allows it, else UTF8String. */
export function goString(s: string): Bytes {
  return text(/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s) ? TAG.PRINTABLE : TAG.UTF8, s);
}

/** UTCTime before 2050, GeneralizedTime from then on (RFC 5280 4.1.2.5), to the second. */
export function time(ms: number): Bytes {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = Number(iso.slice(0, 4));
  return year < 2050 ? text(TAG.UTC_TIME, digits.slice(2) + 'Z') : text(TAG.GENERALIZED_TIME, digits + 'Z');
}

// ----------------------------------------------------------------- reading

export interface Node {
  tag: number;
  /** offset of the tag byte, of the contents, and the end of the contents */
  start: number;
  body: number;
  end: number;
  bytes: Bytes;
}

export class DerError extends Error {}

/** The node at `at` in `b` (throws DerError on a truncated or malformed length). */
export function read(b: Bytes, at = 0): Node {
  if (at + 2 > b.length) throw new DerError('truncated');
  const tag = b[at];
  let len = b[at + 1];
  let body = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || body + n > b.length) throw new DerError('bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[body + i];
    body += n;
  }
  if (body + len > b.length) throw new DerError('truncated');
  return { tag, start: at, body, end: body + len, bytes: b };
}

export function children(n: Node): Node[] {
  const out: Node[] = [];
  for (let at = n.body; at < n.end; ) {
    const c = read(n.bytes, at);
    if (c.end > n.end) throw new DerError('overrun');
    out.push(c);
    at = c.end;
  }
  return out;
}

export const content = (n: Node) => n.bytes.slice(n.body, n.end);
export const whole = (n: Node) => n.bytes.slice(n.start, n.end);

export function readOid(n: Node): string {
  const b = content(n);
  const out = [Math.floor(b[0] / 40), b[0] % 40];
  let v = 0;
  for (let i = 1; i < b.length; i++) {
    v = v * 128 + (b[i] & 0x7f);
    if (!(b[i] & 0x80)) {
      out.push(v);
      v = 0;
    }
  }
  return out.join('.');
}

export function readTime(n: Node): number {
  const s = new TextDecoder().decode(content(n));
  const full = n.tag === TAG.UTC_TIME ? (Number(s.slice(0, 2)) >= 50 ? '19' : '20') + s : s;
  const [y, mo, d, h, mi, se] = [0, 4, 6, 8, 10, 12].map((i, k) => Number(full.slice(i, i + (k ? 2 : 4))));
  return Date.UTC(y, mo - 1, d, h, mi, se || 0);
}

// ----------------------------------------------------------------- base64 and PEM

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(b: Bytes): string {
  let s = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    s += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < b.length ? B64[n & 63] : '=');
  }
  return s;
}

/** null when the text is not base64 */
export function unbase64(s: string): Bytes | null {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1) return null;
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  for (const ch of t.replace(/=+$/, '')) {
    acc = (acc << 6) | B64.indexOf(ch);
    n += 6;
    if (n >= 8) {
      n -= 8;
      out.push((acc >> n) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

export function pem(label: string, der: Bytes): string {
  const b = base64(der);
  return `-----BEGIN ${label}-----\n${b.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
}

export interface PemBlock {
  label: string;
  der: Bytes;
}

/** Every PEM block of a text, in order (blocks whose body is not base64 are skipped). */
export function pemBlocks(s: string): PemBlock[] {
  const out: PemBlock[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const der = unbase64(m[2]);
    if (der) out.push({ label: m[1], der });
  }
  return out;
}
