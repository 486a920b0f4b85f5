// The bytes of the .git directory as git 2.43 writes them: a loose object is zlib's deflate of `type size\0body`
// (core.loosecompression's default, Z_BEST_SPEED), and the index is the DIRC file, version 2 (read-cache.c:
// header, one entry per path and stage with its stat data, mode, object id and flags, then the SHA-1 of it all).
// zlib comes from fflate, loaded with the git command (run.ts), never with the first page. The files hold their
// bytes as the file system keeps binary data (FileNode.content: what is not UTF-8 one escaped byte each).
import type { Vfs } from '../../fs';
import { DIGESTS } from '../coreutils/md5sum/digest';
import { concatBytes, fromBytes, hexBytes, toBytes } from '../lib/bytes';

type Fflate = typeof import('fflate');
let zlib: Fflate | null = null;

/** fflate, once: run.ts yields this before any sub-command runs. */
export const loadZlib = (): Promise<Fflate> => import('fflate').then((m) => (zlib = m));
export const zlibLoaded = () => zlib !== null;

// the text/bytes boundary of the file system (commands/lib/bytes.ts): UTF-8, other bytes kept one by one
export const utf8 = toBytes;
export const fromUtf8 = fromBytes;

/** The object id: SHA-1 of `type size\0body`. */
export const hashObject = (type: string, body: Uint8Array): string => DIGESTS.sha1(concatBytes([utf8(`${type} ${body.length}\0`), body]));

/** Write a loose object (read-only, as git leaves it); nothing when it is there already. */
export function storeObject(fs: Vfs, path: string, type: string, body: Uint8Array): void {
  if (fs.exists(path)) return;
  fs.mkdir(fs.dirname(path), true);
  const z = zlib!.zlibSync(concatBytes([utf8(`${type} ${body.length}\0`), body]), { level: 1 });
  // the header's FLEVEL as zlib sets it for level 1 ("fastest", 0; fflate says 1): `78 01`, as git's objects start
  z[1] = 0x01;
  fs.write(path, fromBytes(z), false, 0o444);
}

/** A loose object's type and body, or null when the file is missing or not zlib data. */
export function loadObject(fs: Vfs, path: string): { type: string; body: Uint8Array } | null {
  const r = fs.readFile(path);
  if (!r.ok || r.text.length < 2) return null;
  let raw: Uint8Array;
  try {
    raw = zlib!.unzlibSync(toBytes(r.text));
  } catch {
    return null;
  }
  const nul = raw.indexOf(0);
  const sp = raw.indexOf(0x20);
  if (nul < 0 || sp < 0 || sp > nul) return null;
  return { type: fromUtf8(raw.subarray(0, sp)), body: raw.subarray(nul + 1) };
}

export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

/** A tree's body: `mode name\0` and the 20 bytes of the id, entries in git's order (a directory sorts as `name/`). */
export function treeBody(entries: TreeEntry[]): Uint8Array {
  const key = (e: TreeEntry) => (e.mode === '40000' ? e.name + '/' : e.name);
  const sorted = [...entries].sort((a, b) => cmpBytes(key(a), key(b)));
  return concatBytes(sorted.flatMap((e) => [utf8(`${e.mode} ${e.name}\0`), hexBytes(e.oid)]));
}

export function parseTree(body: Uint8Array): TreeEntry[] {
  const out: TreeEntry[] = [];
  let at = 0;
  while (at < body.length) {
    const nul = body.indexOf(0, at);
    if (nul < 0) break;
    const head = fromUtf8(body.subarray(at, nul));
    const sp = head.indexOf(' ');
    const id = body.subarray(nul + 1, nul + 21);
    out.push({ mode: head.slice(0, sp), name: head.slice(sp + 1), oid: [...id].map((b) => b.toString(16).padStart(2, '0')).join('') });
    at = nul + 21;
  }
  return out;
}

export const cmpBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---- the index ----

/** One stage of a conflicted path: 1 the merge base, 2 ours, 3 theirs. */
export interface Stage {
  mode: string;
  oid: string;
}

export interface Entry {
  mode: string;
  oid: string;
  /** An unmerged path (merge conflict): its stages; mode and oid are then ours (stage 2) or theirs. */
  conflict?: { 1?: Stage; 2?: Stage; 3?: Stage };
}
/** The index: path (relative to the top, with slashes) → entry. */
export type Index = Map<string, Entry>;

/** Stat data for an entry (ctime, mtime, dev, ino, uid, gid, size), as the working tree's file gives it. */
export type StatOf = (path: string) => number[];

export function parseIndex(text: string): Index {
  const idx: Index = new Map();
  const b = toBytes(text);
  if (b.length < 12 || text.slice(0, 4) !== 'DIRC') return idx;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = dv.getUint32(8);
  let at = 12;
  for (let i = 0; i < n && at + 62 <= b.length; i++) {
    const mode = dv.getUint32(at + 24).toString(8);
    const oid = [...b.subarray(at + 40, at + 60)].map((x) => x.toString(16).padStart(2, '0')).join('');
    const flags = dv.getUint16(at + 60);
    const stage = (flags >> 12) & 3;
    const nameLen = flags & 0xfff;
    const name = fromUtf8(b.subarray(at + 62, at + 62 + nameLen));
    at += Math.floor((62 + nameLen + 8) / 8) * 8;
    if (!stage) idx.set(name, { mode, oid });
    else {
      const e = idx.get(name) ?? { mode, oid, conflict: {} };
      e.conflict![stage as 1 | 2 | 3] = { mode, oid };
      if (stage !== 1 && !(stage === 3 && e.conflict![2])) Object.assign(e, { mode, oid });
      idx.set(name, e);
    }
  }
  return idx;
}

export function indexBytes(idx: Index, statOf: StatOf): string {
  const rows: { name: string; stage: number; mode: string; oid: string }[] = [];
  for (const [name, e] of idx) {
    if (!e.conflict) rows.push({ name, stage: 0, mode: e.mode, oid: e.oid });
    else for (const s of [1, 2, 3] as const) if (e.conflict[s]) rows.push({ name, stage: s, ...e.conflict[s]! });
  }
  rows.sort((a, b) => cmpBytes(a.name, b.name) || a.stage - b.stage);
  const parts: Uint8Array[] = [];
  const head = new Uint8Array(12);
  head.set(utf8('DIRC'));
  new DataView(head.buffer).setUint32(4, 2);
  new DataView(head.buffer).setUint32(8, rows.length);
  parts.push(head);
  for (const r of rows) {
    const name = utf8(r.name);
    const e = new Uint8Array(Math.floor((62 + name.length + 8) / 8) * 8);
    const dv = new DataView(e.buffer);
    const [ctime, mtime, dev, ino, uid, gid, size] = r.stage ? [0, 0, 0, 0, 0, 0, 0] : statOf(r.name);
    dv.setUint32(0, ctime);
    dv.setUint32(8, mtime);
    dv.setUint32(16, dev);
    dv.setUint32(20, ino);
    dv.setUint32(24, parseInt(r.mode, 8));
    dv.setUint32(28, uid);
    dv.setUint32(32, gid);
    dv.setUint32(36, size);
    e.set(hexBytes(r.oid), 40);
    dv.setUint16(60, (r.stage << 12) | Math.min(name.length, 0xfff));
    e.set(name, 62);
    parts.push(e);
  }
  const body = concatBytes(parts);
  return fromBytes(concatBytes([body, hexBytes(DIGESTS.sha1(body))]));
}
