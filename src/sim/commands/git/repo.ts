// A repository as git 2.43 keeps it, small: the .git directory (HEAD, config, refs/heads, objects), object ids that
// are the SHA-1 of the real blob, tree and commit objects, and the index as path → (mode, blob). The objects are
// kept uncompressed and readable under .git/objects/xx/ (DIFFERENCES.md); their ids are git's.
import type { CommandContext } from '../../context';
import type { Vfs } from '../../fs';
import { DIGESTS } from '../coreutils/md5sum/digest';
import { concatBytes, hexBytes } from '../lib/bytes';

const enc = new TextEncoder();

/** A file's text, or null when it cannot be read (Vfs.read answers an errno as a string). */
export function readText(fs: Vfs, path: string): string | null {
  const r = fs.readFile(path);
  return r.ok ? r.text : null;
}

export const utf8 = (s: string) => enc.encode(s);

export interface Repo {
  ctx: CommandContext;
  /** The working tree's top directory and the .git directory (absolute). */
  top: string;
  git: string;
}

export interface Entry {
  mode: string;
  oid: string;
}
/** The index: path (relative to the top, with slashes) → entry. */
export type Index = Map<string, Entry>;

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



/** The object id: SHA-1 of `type size\0body`. */
export function hashObject(type: string, body: Uint8Array): string {
  return DIGESTS.sha1(concatBytes([utf8(`${type} ${body.length}\0`), body]));
}

export const blobId = (text: string) => hashObject('blob', utf8(text));

/** A tree's entries as git orders them: by name, a directory as if its name ended in '/'. */
export function treeBody(entries: { mode: string; name: string; oid: string }[]): Uint8Array {
  const key = (e: { mode: string; name: string }) => (e.mode === '40000' ? e.name + '/' : e.name);
  const sorted = [...entries].sort((a, b) => cmpBytes(key(a), key(b)));
  return concatBytes(sorted.flatMap((e) => [utf8(`${e.mode} ${e.name}\0`), hexBytes(e.oid)]));
}

export const cmpBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function commitText(c: Commit): string {
  return `tree ${c.tree}\n` + c.parents.map((p) => `parent ${p}\n`).join('') + `author ${c.author}\ncommitter ${c.committer}\n\n${c.message}`;
}

// ---- the .git directory ----

export function objectPath(r: Repo, oid: string): string {
  return `${r.git}/objects/${oid.slice(0, 2)}/${oid.slice(2)}`;
}

function store(r: Repo, oid: string, text: string) {
  const fs = r.ctx.host.fs;
  const p = objectPath(r, oid);
  if (fs.exists(p)) return;
  fs.mkdir(fs.dirname(p), true);
  fs.write(p, text, false, 0o444);
}

export function writeBlob(r: Repo, text: string): string {
  const oid = blobId(text);
  store(r, oid, 'blob\n' + text);
  return oid;
}

export function writeTree(r: Repo, entries: { mode: string; name: string; oid: string }[]): string {
  const oid = hashObject('tree', treeBody(entries));
  store(r, oid, 'tree\n' + entries.map((e) => `${e.mode} ${e.name}\0${e.oid}\n`).join(''));
  return oid;
}

export function writeCommit(r: Repo, c: Commit): string {
  const text = commitText(c);
  const oid = hashObject('commit', utf8(text));
  store(r, oid, 'commit\n' + text);
  return oid;
}

export function readObject(r: Repo, oid: string): { type: string; body: string } | null {
  const t = readText(r.ctx.host.fs, objectPath(r, oid));
  if (typeof t !== 'string' || t.length < 5 || !t.includes('\n')) return null;
  const nl = t.indexOf('\n');
  return { type: t.slice(0, nl), body: t.slice(nl + 1) };
}

export function readBlob(r: Repo, oid: string): string {
  return readObject(r, oid)?.body ?? '';
}

export function readTree(r: Repo, oid: string): { mode: string; name: string; oid: string }[] {
  const o = readObject(r, oid);
  if (!o || o.type !== 'tree') return [];
  return o.body
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [head, id] = l.split('\0');
      const sp = head.indexOf(' ');
      return { mode: head.slice(0, sp), name: head.slice(sp + 1), oid: id };
    });
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
  const idx: Index = new Map();
  if (typeof t !== 'string') return idx;
  for (const l of t.split('\n')) {
    if (!l) continue;
    const [mode, oid, ...p] = l.split(' ');
    idx.set(p.join(' '), { mode, oid });
  }
  return idx;
}

export function writeIndex(r: Repo, idx: Index) {
  const paths = [...idx.keys()].sort(cmpBytes);
  r.ctx.host.fs.write(`${r.git}/index`, paths.map((p) => `${idx.get(p)!.mode} ${idx.get(p)!.oid} ${p}`).join('\n') + (paths.length ? '\n' : ''));
}

// ---- refs ----

/** HEAD: the branch it names (refs/heads/x), or null when detached. */
export function headRef(r: Repo): string | null {
  const t = readText(r.ctx.host.fs, `${r.git}/HEAD`);
  if (typeof t === 'string' && t.startsWith('ref: ')) return t.slice(5).trim();
  return null;
}

export function readRef(r: Repo, ref: string): string | null {
  const t = readText(r.ctx.host.fs, `${r.git}/${ref}`);
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

/** get_oid for what learners type: HEAD, a branch, a full or abbreviated id, with ~N and ^ after it. */
export function resolveRev(r: Repo, rev: string): string | null {
  const m = /^(.*?)((?:[~^]\d*)*)$/.exec(rev)!;
  let base = m[1];
  let oid: string | null = null;
  if (base === '' || base === '@') base = 'HEAD';
  if (base === 'HEAD') oid = headOid(r);
  else if (readRef(r, `refs/heads/${base}`)) oid = readRef(r, `refs/heads/${base}`);
  else if (readRef(r, `refs/tags/${base}`)) oid = readRef(r, `refs/tags/${base}`);
  else if (base.startsWith('refs/') && readRef(r, base)) oid = readRef(r, base);
  else if (readRef(r, `refs/remotes/${base}`)) oid = readRef(r, `refs/remotes/${base}`);
  else if (/^[0-9a-f]{4,40}$/.test(base)) oid = abbrevLookup(r, base);
  if (!oid) return null;
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
