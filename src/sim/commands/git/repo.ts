// A repository as git 2.43 keeps it, small: the .git directory (HEAD, config, refs, objects, index), objects and
// the index in git's own bytes (objects.ts), so ids are the SHA-1 of the real blob, tree and commit objects.
import type { CommandContext } from '../../context';
import type { Vfs } from '../../fs';
import { hashObject, storeObject, loadObject, treeBody, parseTree, parseIndex, indexBytes, utf8, fromUtf8, cmpBytes, type Index, type Entry } from './objects';
import { inodeOf } from '../lib/inode';

export { hashObject, treeBody, utf8, cmpBytes, type Index, type Entry };

/** A file's text, or null when it cannot be read (Vfs.read answers an errno as a string). */
export function readText(fs: Vfs, path: string): string | null {
  const r = fs.readFile(path);
  return r.ok ? r.text : null;
}

export interface Repo {
  ctx: CommandContext;
  /** The working tree's top directory and the .git directory (absolute); a bare repository's top is its directory. */
  top: string;
  git: string;
  bare?: boolean;
}

export interface Commit {
  tree: string;
  parents: string[];
  author: string;
  committer: string;
  message: string;
}

export class GitFatal extends Error {
  constructor(
    msg: string,
    public status = 128,
  ) {
    super(msg);
  }
}

export const fatal = (msg: string, status = 128): never => {
  throw new GitFatal(`fatal: ${msg}\n`, status);
};



export const blobId = (text: string) => hashObject('blob', utf8(text));

export function commitText(c: Commit): string {
  return `tree ${c.tree}\n` + c.parents.map((p) => `parent ${p}\n`).join('') + `author ${c.author}\ncommitter ${c.committer}\n\n${c.message}`;
}

// ---- the .git directory ----

export function objectPath(r: Repo, oid: string): string {
  return `${r.git}/objects/${oid.slice(0, 2)}/${oid.slice(2)}`;
}

export function writeBlob(r: Repo, text: string): string {
  const body = utf8(text);
  const oid = hashObject('blob', body);
  storeObject(r.ctx.host.fs, objectPath(r, oid), 'blob', body);
  return oid;
}

export function writeTree(r: Repo, entries: { mode: string; name: string; oid: string }[]): string {
  const body = treeBody(entries);
  const oid = hashObject('tree', body);
  storeObject(r.ctx.host.fs, objectPath(r, oid), 'tree', body);
  return oid;
}

export function writeCommit(r: Repo, c: Commit): string {
  return writeObject(r, 'commit', commitText(c));
}

/** A commit or annotated tag's text as an object; its id. */
export function writeObject(r: Repo, type: string, text: string): string {
  const body = utf8(text);
  const oid = hashObject(type, body);
  storeObject(r.ctx.host.fs, objectPath(r, oid), type, body);
  return oid;
}

/** An object's type and body (text, as the file system keeps bytes; a tree's body: use readTree). */
export function readObject(r: Repo, oid: string): { type: string; body: string; raw: Uint8Array } | null {
  if (!/^[0-9a-f]{40}$/.test(oid)) return null;
  const o = loadObject(r.ctx.host.fs, objectPath(r, oid));
  return o ? { type: o.type, body: fromUtf8(o.body), raw: o.body } : null;
}

export function readBlob(r: Repo, oid: string): string {
  return readObject(r, oid)?.body ?? '';
}

export function readTree(r: Repo, oid: string): { mode: string; name: string; oid: string }[] {
  const o = readObject(r, oid);
  return o && o.type === 'tree' ? parseTree(o.raw) : [];
}

export function readCommit(r: Repo, oid: string): Commit | null {
  const o = readObject(r, oid);
  if (!o || o.type !== 'commit') return null;
  const end = o.body.indexOf('\n\n');
  const head = o.body.slice(0, end).split('\n');
  const c: Commit = { tree: '', parents: [], author: '', committer: '', message: o.body.slice(end + 2) };
  for (const l of head) {
    const sp = l.indexOf(' ');
    const k = l.slice(0, sp);
    const v = l.slice(sp + 1);
    if (k === 'tree') c.tree = v;
    else if (k === 'parent') c.parents.push(v);
    else if (k === 'author') c.author = v;
    else if (k === 'committer') c.committer = v;
  }
  return c;
}

/** The commits reachable from `oid` (itself included). */
export function ancestors(r: Repo, oid: string): Set<string> {
  const seen = new Set<string>();
  const stack = [oid];
  while (stack.length) {
    const x = stack.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    stack.push(...(readCommit(r, x)?.parents ?? []));
  }
  return seen;
}

/** The refs below refs/<dir> (nested names with their slashes), in byte order. */
export function refNames(r: Repo, dir: string): string[] {
  const fs = r.ctx.host.fs;
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    const l = fs.list(d);
    if (typeof l === 'string') return;
    for (const e of l) {
      if (e.type === 'dir') walk(`${d}/${e.name}`, `${prefix}${e.name}/`);
      else out.push(prefix + e.name);
    }
  };
  walk(`${r.git}/refs/${dir}`, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A commit's tree flattened: path → entry. */
export function treeFiles(r: Repo, tree: string | null, prefix = '', out: Index = new Map()): Index {
  if (!tree) return out;
  for (const e of readTree(r, tree)) {
    if (e.mode === '40000') treeFiles(r, e.oid, prefix + e.name + '/', out);
    else out.set(prefix + e.name, { mode: e.mode, oid: e.oid });
  }
  return out;
}

/** Write the trees of an index; the root tree's id. */
export function writeIndexTree(r: Repo, index: Index): string {
  const build = (prefix: string): string => {
    const entries: { mode: string; name: string; oid: string }[] = [];
    const dirs = new Set<string>();
    for (const [p, e] of index) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) entries.push({ mode: e.mode, name: rest, oid: e.oid });
      else dirs.add(rest.slice(0, slash));
    }
    for (const d of dirs) entries.push({ mode: '40000', name: d, oid: build(prefix + d + '/') });
    return writeTree(r, entries);
  };
  return build('');
}

// ---- index ----

export function readIndex(r: Repo): Index {
  const t = readText(r.ctx.host.fs, `${r.git}/index`);
  return typeof t === 'string' ? parseIndex(t) : new Map();
}

export function writeIndex(r: Repo, idx: Index) {
  const fs = r.ctx.host.fs;
  const uid = r.ctx.user.uid;
  const gid = r.ctx.user.gid;
  const statOf = (p: string) => {
    const n = fs.lget(abs(r, p));
    if (!n) return [0, 0, 0, 0, 0, 0, 0];
    const secs = Math.floor(n.mtime / 1000) >>> 0;
    const size = n.type === 'file' ? utf8(n.content).length + (n.zeros ?? 0) : n.type === 'link' ? utf8(n.target).length : 0;
    return [Math.floor((n.ctime ?? n.mtime) / 1000) >>> 0, secs, 0x804, inodeOf(n, abs(r, p)), uid, gid, size >>> 0];
  };
  fs.write(`${r.git}/index`, indexBytes(idx, statOf));
}

// ---- refs ----

/** HEAD: the branch it names (refs/heads/x), or null when detached. */
export function headRef(r: Repo): string | null {
  const t = readText(r.ctx.host.fs, `${r.git}/HEAD`);
  if (typeof t === 'string' && t.startsWith('ref: ')) return t.slice(5).trim();
  return null;
}

export function readRef(r: Repo, ref: string, depth = 0): string | null {
  const t = readText(r.ctx.host.fs, `${r.git}/${ref}`);
  if (typeof t === 'string' && t.startsWith('ref: ') && depth < 5) return readRef(r, t.slice(5).trim(), depth + 1);
  return typeof t === 'string' && /^[0-9a-f]{40}/.test(t) ? t.slice(0, 40) : null;
}

export function headOid(r: Repo): string | null {
  const ref = headRef(r);
  if (ref) return readRef(r, ref);
  const t = readText(r.ctx.host.fs, `${r.git}/HEAD`);
  return typeof t === 'string' ? t.trim() : null;
}

export function writeRef(r: Repo, ref: string, oid: string) {
  const fs = r.ctx.host.fs;
  const p = `${r.git}/${ref}`;
  fs.mkdir(fs.dirname(p), true);
  fs.write(p, oid + '\n');
}

/** The files below a folder, as paths relative to it in byte order; `skip` names top-level entries to leave out. */
function filesBelow(r: Repo, top: string, skip?: string): string[] {
  const fs = r.ctx.host.fs;
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    const l = fs.list(dir);
    if (typeof l === 'string') return;
    for (const e of l) {
      if (prefix === '' && e.name === skip) continue;
      if (e.type === 'dir') walk(`${dir}/${e.name}`, prefix + e.name + '/');
      else out.push(prefix + e.name);
    }
  };
  walk(top, '');
  return out.sort(cmpBytes);
}

export const branches = (r: Repo): string[] => filesBelow(r, `${r.git}/refs/heads`);

/** A short name of a branch, `git check-ref-format --branch`'s rules, as far as learners meet them. */
export function validBranch(name: string): boolean {
  return !(
    !name ||
    name.startsWith('-') ||
    name.startsWith('.') ||
    name.endsWith('/') ||
    name.endsWith('.') ||
    name.endsWith('.lock') ||
    name.includes('..') ||
    name.includes('//') ||
    name.includes('@{') ||
    name === '@' ||
    name === 'HEAD' ||
    /[\x00-\x20~^:?*[\\\x7f]/.test(name)
  );
}

/** Append to a reflog (logs/<ref>): `old new ident\tmessage`, as refs/files-backend.c writes it. */
export function appendReflog(r: Repo, ref: string, old: string | null, oid: string, who: string, msg: string): void {
  const fs = r.ctx.host.fs;
  const p = `${r.git}/logs/${ref}`;
  fs.mkdir(fs.dirname(p), true);
  fs.write(p, `${old ?? '0'.repeat(40)} ${oid} ${who}\t${msg}\n`, true);
}

/** An annotated tag's target, followed until it is not a tag. */
export function peel(r: Repo, oid: string): string {
  for (let i = 0; i < 10; i++) {
    const o = readObject(r, oid);
    if (!o || o.type !== 'tag') return oid;
    oid = o.body.slice(7, 47);
  }
  return oid;
}

/** get_oid for what learners type: HEAD, a branch, a tag, a full or abbreviated id, with ~N and ^ after it; an
 * annotated tag is peeled to its commit unless `peelTags` is false (cat-file, show). */
export function resolveRev(r: Repo, rev: string, peelTags = true): string | null {
  const m = /^(.*?)((?:[~^]\d*)*)$/.exec(rev)!;
  let base = m[1];
  let oid: string | null = null;
  if (base === '' || base === '@') base = 'HEAD';
  if (base === 'HEAD') oid = headOid(r);
  else if (base === 'MERGE_HEAD' || base === 'ORIG_HEAD' || base === 'FETCH_HEAD') oid = readRef(r, base);
  else if (readRef(r, `refs/heads/${base}`)) oid = readRef(r, `refs/heads/${base}`);
  else if (readRef(r, `refs/tags/${base}`)) oid = readRef(r, `refs/tags/${base}`);
  else if (base.startsWith('refs/') && readRef(r, base)) oid = readRef(r, base);
  else if (readRef(r, `refs/remotes/${base}`)) oid = readRef(r, `refs/remotes/${base}`);
  else if (readRef(r, `refs/remotes/${base}/HEAD`)) oid = readRef(r, `refs/remotes/${base}/HEAD`);
  else if (/^[0-9a-f]{4,40}$/.test(base)) oid = abbrevLookup(r, base);
  if (!oid) return null;
  if (peelTags || m[2]) oid = peel(r, oid);
  for (const op of m[2].match(/[~^]\d*/g) ?? []) {
    const n = op.length > 1 ? Number(op.slice(1)) : 1;
    if (op[0] === '~') {
      for (let i = 0; i < n && oid; i++) oid = readCommit(r, oid)?.parents[0] ?? null;
    } else if (n === 0) continue;
    else oid = readCommit(r, oid!)?.parents[n - 1] ?? null;
    if (!oid) return null;
  }
  return oid;
}

/** Any object name: a revision, `rev^{type}` / `rev^{}`, `rev:path` (a tree's entry) and `:path` (the index). */
export function resolveObject(r: Repo, spec: string): string | null {
  const colon = spec.indexOf(':');
  if (colon >= 0) {
    const path = spec.slice(colon + 1).replace(/^\.\//, '').replace(/\/$/, '');
    if (colon === 0) return readIndex(r).get(path)?.oid ?? null;
    const base = resolveObject(r, spec.slice(0, colon));
    if (!base) return null;
    const c = readCommit(r, peel(r, base));
    let tree = c ? c.tree : readObject(r, base)?.type === 'tree' ? base : null;
    if (!tree) return null;
    if (!path) return tree;
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const e: { oid: string } | undefined = readTree(r, tree!).find((x) => x.name === parts[i]);
      if (!e) return null;
      if (i === parts.length - 1) return e.oid;
      tree = e.oid;
    }
    return null;
  }
  const m = /^(.*)\^\{(\w*)\}$/.exec(spec);
  if (m) {
    const base = resolveObject(r, m[1]);
    if (!base) return null;
    const target = peel(r, base);
    if (m[2] === '' || m[2] === 'commit') return m[2] === '' || readObject(r, target)?.type === 'commit' ? target : null;
    if (m[2] === 'tree') return readCommit(r, target)?.tree ?? (readObject(r, target)?.type === 'tree' ? target : null);
    if (m[2] === 'tag') return readObject(r, base)?.type === 'tag' ? base : null;
    return null;
  }
  return resolveRev(r, spec, false);
}

function abbrevLookup(r: Repo, prefix: string): string | null {
  const fs = r.ctx.host.fs;
  const l = fs.list(`${r.git}/objects/${prefix.slice(0, 2)}`);
  if (typeof l === 'string') return null;
  const hits = l.filter((e) => (prefix.slice(0, 2) + e.name).startsWith(prefix));
  return hits.length === 1 ? prefix.slice(0, 2) + hits[0].name : null;
}

/** The shortest unique abbreviation, at least 7 (core.abbrev auto for a small repository). */
export function abbrev(r: Repo, oid: string): string {
  const fs = r.ctx.host.fs;
  let n = 7;
  const l = fs.list(`${r.git}/objects/${oid.slice(0, 2)}`);
  if (typeof l !== 'string') {
    const rest = l.map((e) => oid.slice(0, 2) + e.name).filter((o) => o !== oid);
    while (n < 40 && rest.some((o) => o.startsWith(oid.slice(0, n)))) n++;
  }
  return oid.slice(0, n);
}

// ---- discovery and the working tree ----

/** setup_git_directory: the nearest directory with a .git directory, from `cwd` up. */
export function discover(ctx: CommandContext, cwd: string): Repo | null {
  const fs = ctx.host.fs;
  let dir = cwd;
  for (;;) {
    const g = dir === '/' ? '/.git' : `${dir}/.git`;
    if (fs.isDir(g) && fs.exists(`${g}/HEAD`)) return { ctx, top: dir, git: g };
    // is_git_directory: a bare repository (HEAD, objects/, refs/) met on the way up
    if (fs.exists(`${dir}/HEAD`) && fs.isDir(`${dir}/objects`) && fs.isDir(`${dir}/refs`)) return { ctx, top: dir, git: dir, bare: true };
    if (dir === '/') return null;
    dir = fs.dirname(dir);
  }
}

/** A path operand relative to the top (slashes, no leading ./), or null when outside the working tree. */
export function relPath(r: Repo, cwd: string, p: string): string | null {
  const abs = r.ctx.host.fs.resolve(cwd, p);
  if (abs === r.top) return '';
  if (!abs.startsWith(r.top === '/' ? '/' : r.top + '/')) return null;
  return abs.slice(r.top === '/' ? 1 : r.top.length + 1);
}

/** How a path relative to the top reads from `cwd` (status and diff name paths from where the user is). */
export function fromCwd(r: Repo, cwd: string, p: string): string {
  const prefix = relPath(r, cwd, '.') ?? '';
  if (!prefix) return p;
  const dir = p.endsWith('/');
  const a = prefix.split('/');
  const b = (dir ? p.slice(0, -1) : p).split('/');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rel = '../'.repeat(a.length - i) + b.slice(i).join('/');
  if (!rel) return './';
  return rel + (dir && !rel.endsWith('/') ? '/' : '');
}

export const abs = (r: Repo, p: string) => (r.top === '/' ? '/' + p : `${r.top}/${p}`);

/** Every file of the working tree (path relative to the top), .git left out. */
export const worktreeFiles = (r: Repo): string[] => filesBelow(r, r.top, '.git');

export function fileMode(r: Repo, p: string): string {
  const n = r.ctx.host.fs.lget(abs(r, p));
  if (n?.type === 'link') return '120000';
  return n && n.mode & 0o111 ? '100755' : '100644';
}

export function worktreeText(r: Repo, p: string): string | null {
  const n = r.ctx.host.fs.lget(abs(r, p));
  if (!n) return null;
  if (n.type === 'link') return n.target;
  if (n.type !== 'file') return null;
  return n.content + (n.zeros ? '\0'.repeat(n.zeros) : '');
}

/** A commit message's subject: its first paragraph on one line (pretty.c's format_subject). */
export const subjectOf = (msg: string) =>
  msg
    .split(/\n\s*\n/)[0]
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
