// The archive's bytes as GNU tar 1.34 writes them (--format=gnu, its default): per member a 512-byte header (name,
// mode, uid, gid, size, mtime, checksum, type, "ustar  " magic, owner and group names), the data padded to 512
// bytes, a ././@LongLink header first for a name over 100 bytes; two zero blocks at the end, and the whole padded to
// the 10240-byte record (blocking factor 20). Reading takes the headers back; null when the data is no archive.
import { fromBytes, toBytes } from '../lib/bytes';

export interface Member {
  path: string;
  dir: boolean;
  mode: number;
  mtime: number;
  content: string;
  owner: string;
  /** The group when it is not the owner's name (an archive another program wrote). */
  group?: string;
  /** A link member: 'l' symbolic (type 2) or 'h' hard (type 1), and its link name. */
  kind?: 'l' | 'h';
  link?: string;
}

const BLOCK = 512;
const RECORD = 20 * BLOCK;
const enc = (s: string) => toBytes(s);

function octal(b: Uint8Array, at: number, width: number, v: number): void {
  b.set(enc(v.toString(8).padStart(width - 1, '0')), at);
}

/** A header block for `name` (bytes, at most 100), the type and size. */
function header(name: Uint8Array, type: string, size: number, m: Member, uid: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  h.set(name.subarray(0, 100), 0);
  octal(h, 100, 8, m.mode & 0o7777);
  octal(h, 108, 8, uid);
  octal(h, 116, 8, uid);
  octal(h, 124, 12, size);
  octal(h, 136, 12, Math.floor(m.mtime / 1000));
  h[156] = type.charCodeAt(0);
  h.set(enc('ustar  \0'), 257);
  h.set(enc(m.owner).subarray(0, 31), 265);
  h.set(enc(m.owner).subarray(0, 31), 297);
  // the checksum: the sum of the bytes with its own field as spaces, six octal digits, NUL and space
  h.fill(0x20, 148, 156);
  const sum = h.reduce((n, x) => n + x, 0);
  h.set(enc(sum.toString(8).padStart(6, '0') + '\0 '), 148);
  return h;
}

/** The archive of the members; `uidOf` gives an owner's id. */
export function packTar(members: Member[], uidOf: (owner: string) => number): string {
  const parts: Uint8Array[] = [];
  for (const m of members) {
    const name = enc(m.path);
    const data = m.dir ? new Uint8Array(0) : enc(m.content);
    if (name.length > 100) {
      const long = new Uint8Array(name.length + 1);
      long.set(name);
      parts.push(header(enc('././@LongLink'), 'L', long.length, { ...m, mode: 0o644, mtime: 0, owner: 'root' }, 0), long, new Uint8Array((BLOCK - (long.length % BLOCK)) % BLOCK));
    }
    parts.push(header(name, m.dir ? '5' : '0', data.length, m, uidOf(m.owner)), data, new Uint8Array((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  let size = parts.reduce((n, p) => n + p.length, 0) + 2 * BLOCK;
  size = Math.ceil(size / RECORD) * RECORD;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return fromBytes(out);
}

const field = (b: Uint8Array, at: number, len: number) => {
  const f = b.subarray(at, at + len);
  const nul = f.indexOf(0);
  return nul < 0 ? f : f.subarray(0, nul);
};
const num = (b: Uint8Array, at: number, len: number) => parseInt(fromBytes(field(b, at, len)).trim() || '0', 8);

/** The members of an archive, or null when its first block is no tar header. */
export function unpackTar(text: string): Member[] | null {
  const b = toBytes(text);
  // less than a block, an empty file too: no archive
  if (b.length < BLOCK) return null;
  const out: Member[] = [];
  let long: string | null = null;
  for (let at = 0; at + BLOCK <= b.length; ) {
    const h = b.subarray(at, at + BLOCK);
    if (h.every((x) => x === 0)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
    if (sum !== num(h, 148, 8)) return out.length ? out : null;
    const size = num(h, 124, 12);
    const data = b.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(h[156]);
    if (type === 'L') {
      long = fromBytes(field(data, 0, data.length));
      continue;
    }
    // POSIX ustar ("ustar\0" magic, as cpio -H ustar writes it): a long name's leading part is in the prefix field
    const prefix = fromBytes(field(h, 257, 6)) === 'ustar' ? fromBytes(field(h, 345, 155)) : '';
    const path = long ?? (prefix ? `${prefix}/${fromBytes(field(h, 0, 100))}` : fromBytes(field(h, 0, 100)));
    long = null;
    // no owner names (the old V7 format, cpio -H tar): the numbers
    const owner = fromBytes(field(h, 265, 32)) || String(num(h, 108, 8));
    const group = fromBytes(field(h, 297, 32)) || String(num(h, 116, 8));
    const kind = type === '2' ? 'l' : type === '1' ? 'h' : undefined;
    const dir = type === '5' || (type === '\0' && path.endsWith('/'));
    out.push({ path, dir, mode: num(h, 100, 8), mtime: num(h, 136, 12) * 1000, content: dir || kind ? '' : fromBytes(data), owner, ...(group !== owner ? { group } : {}), ...(kind ? { kind, link: fromBytes(field(h, 157, 100)) } : {}) });
  }
  return out;
}
