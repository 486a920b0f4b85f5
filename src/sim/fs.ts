// A small in-memory file system. Windows flavour: drive letters, "\" separators, case-insensitive
// names that keep their case. POSIX flavour: "/" root, case-sensitive.

export type FsError = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL' | 'EACCES' | 'ELOOP' | 'EPERM' | 'EBUSY';

/** What glibc's strerror() says for each error (the words after `cmd: path: ` in a tool's message). */
export const ERRNO_MESSAGE: Readonly<Record<FsError, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EACCES: 'Permission denied',
  ELOOP: 'Too many levels of symbolic links',
  EPERM: 'Operation not permitted',
  EBUSY: 'Device or resource busy',
};

export function strerror(e: FsError): string {
  return ERRNO_MESSAGE[e];
}

/**
 * The outcome of reading a file: its text, or the errno of the failure. Unlike `read()`, a file whose text is
 * "ENOENT" reads as that text.
 */
import { born, newMode, type Maker } from './fs-owner';
export type { AclEntry, NodeAcl } from './fs-acl';

export type ReadResult = { ok: true; text: string } | { ok: false; errno: FsError };

/** What every node has: its times, mode, identity and labels. */
interface NodeMeta {
  name: string;
  mtime: number;
  mode: number;
  /** Birth time, kept once the node changes after its creation (until then it is mtime). */
  btime?: number;
  /** Last status change when later than mtime (chmod, a new hard link). */
  ctime?: number;
  /** An inode number given on purpose (hard links share one); otherwise one is derived from the path. */
  ino?: number;
  /** Hard links of a file (ln without -s); 1 when absent. */
  nlink?: number;
  /** An SELinux label set with chcon (chcon -h for a link), in place of the one the policy gives the path. */
  context?: string;
  /** What opening it fails with, for a pseudo file system's access checks (another user's /proc/PID/environ). */
  errno?: FsError;
  /** Its ACL beyond the mode bits (setfacl). */
  acl?: import('./fs-acl').NodeAcl;
  /** Owner and group where the path does not tell them (the nodes of /dev). */
  owner?: { user: string; group: string };
  /** The size stat reports where it is not the text's: a pseudo file system's (0 for /proc's files, 4096 for sysfs's). */
  size?: number;
}
export interface FileNode extends NodeMeta {
  type: 'file';
  /**
   * The file's bytes as text: UTF-8 decoded, and each byte that is not part of valid UTF-8 as one lone surrogate
   * U+DC80..U+DCFF (Python's surrogateescape). Text files are plain strings; a gzip file or a git object holds its
   * bytes exactly, byteLength() is its size, and commands/lib/bytes.ts converts both ways (toBytes, fromBytes).
   */
  content: string;
  /** Zero bytes after `content` not kept as text (a large truncate -s or dd from /dev/zero): they count in the size. */
  zeros?: number;
  /** How many bytes of the file are holes that take no blocks (what truncate -s added). */
  holes?: number;
  /** The device a character or block special file stands for (mknod): major * 2^20 + minor. */
  rdev?: number;
}
export interface DirNode extends NodeMeta {
  type: 'dir';
  children: Map<string, FsNode>;
}
/** A symbolic link (POSIX guests only): its target is kept as written, relative or absolute. */
export interface LinkNode extends NodeMeta {
  type: 'link';
  target: string;
}
export type FsNode = FileNode | DirNode | LinkNode;

export interface DirEntry {
  name: string;
  type: 'file' | 'dir' | 'link';
  size: number;
  mtime: number;
  mode: number;
  /** A link's target. */
  target?: string;
}

/**
 * A file system generated from the world when it is looked up (/proc, /sys): `build()` gives its root directory,
 * whose children the mount point lists. The tree is built again when the simulated clock or `key()` (what else
 * it depends on, such as who looks) changes, and is never part of the stored tree (snapshots leave it out).
 */
export interface PseudoFs {
  build(): DirNode;
  key?(): unknown;
  /** What creating a file, a directory or a link there fails with (procfs: ENOENT; sysfs: EACCES, EPERM, EPERM). */
  refuse?: { create: FsError; mkdir: FsError; symlink: FsError };
  /** Files, directories and links may be made in it (devtmpfs): its tree keeps them. */
  writable?: boolean;
  /** Takes a write to a path itself (/dev/stdout: the writer's own output); false leaves it to the tree. */
  write?(abs: string, content: string): boolean;
}

/** A mounted pseudo file system and its tree as last built (at a time, for a key). */
type Mounted = { fs: PseudoFs; path: string; at?: number; key?: unknown; tree?: DirNode; building?: boolean };

/** Linux's MAXSYMLINKS: more links than this in one lookup fails with ELOOP. */
const MAX_LINKS = 40;

export class Vfs {
  readonly windows: boolean;
  readonly root: DirNode;
  /** Clock for mtimes. */
  now: () => number;
  /** Who looks now (the running command), for pseudo file systems whose tree depends on it. */
  viewer: unknown = undefined;
  creator: Maker | undefined = undefined; // who makes nodes now (the running command's user, group, umask); unset: the path tells
  /** Pseudo file systems by mount point, and by the mount point's directory node in the current tree. */
  private mounts: Mounted[] = [];
  private byNode = new Map<DirNode, Mounted>();
  /** The root's entries when byNode was made (a restored tree brings new nodes). */
  private rootKids?: Map<string, FsNode>;

  constructor(windows: boolean, now: () => number) {
    this.windows = windows;
    this.now = now;
    this.root = { type: 'dir', name: '', children: new Map(), mtime: now(), mode: 0o755 };
  }

  /** Attach a pseudo file system at an existing directory (mount -t proc). */
  mount(abs: string, pfs: PseudoFs): FsError | null {
    const n = this.get(abs);
    if (n?.type !== 'dir') return n ? 'ENOTDIR' : 'ENOENT';
    const path = this.resolve('/', abs);
    this.mounts = this.mounts.filter((m) => m.path !== path).concat({ fs: pfs, path });
    this.rootKids = undefined;
    return null;
  }

  /** Find each mount point's node again (the tree was replaced by a restore). */
  private remount(): void {
    this.byNode.clear();
    for (const m of this.mounts) {
      let n: FsNode | undefined = this.root;
      for (const s of this.segments(m.path)) n = n?.type === 'dir' ? n.children.get(this.key(s)) : undefined;
      if (n?.type === 'dir') this.byNode.set(n, m);
    }
    this.rootKids = this.root.children;
  }

  /** The pseudo file system a path lies in (its mount point and the provider), or null. */
  mountOf(abs: string): { path: string; fs: PseudoFs } | null {
    return this.mounts.find((m) => abs === m.path || abs.startsWith(m.path + '/')) ?? null;
  }

  /** A directory node's entries (walk these, not `children`): a mount point's from its pseudo file system. */
  kids(d: DirNode): Map<string, FsNode> {
    if (this.mounts.length === 0) return d.children;
    if (this.rootKids !== this.root.children) this.remount();
    const m = this.byNode.get(d);
    if (!m || m.building) return d.children;
    const at = this.now();
    const key = m.fs.key?.();
    if (!m.tree || m.at !== at || m.key !== key) {
      m.building = true;
      try {
        Object.assign(m, { tree: m.fs.build(), at, key });
      } finally {
        m.building = false;
      }
    }
    return m.tree!.children;
  }

  /** Why nothing is made at a path inside a pseudo file system (null outside one); removing fails with EPERM. */
  private pseudo(abs: string, op: 'create' | 'mkdir' | 'symlink' | 'remove'): FsError | null {
    if (this.mounts.length === 0 || this.windows) return null;
    const m = this.mountOf(this.resolve('/', abs));
    if (!m || m.fs.writable) return null;
    if (this.lget(abs)) return op === 'remove' ? 'EPERM' : op === 'create' ? 'EACCES' : 'EEXIST';
    return op === 'remove' ? 'ENOENT' : (m.fs.refuse?.[op] ?? 'ENOENT');
  }

  /** Set a node's mtime to now, keeping its birth time. */
  modified(n: FsNode): void {
    n.btime ??= n.mtime;
    n.mtime = this.now();
  }

  get sep(): string {
    return this.windows ? '\\' : '/';
  }

  private key(name: string): string {
    return this.windows ? name.toLowerCase() : name;
  }

  isAbsolute(p: string): boolean {
    return this.windows ? /^[A-Za-z]:/.test(p) || p.startsWith('\\') || p.startsWith('/') : p.startsWith('/');
  }

  /** Split an absolute normalized path into segments (Windows: first is "D:"). */
  segments(abs: string): string[] {
    // split on every separator, the empty names between doubled ones left out (a string split is the quick one)
    const parts = this.windows && abs.includes('/') ? abs.replace(/\//g, '\\').split('\\') : abs.split(this.windows ? '\\' : '/');
    const out: string[] = [];
    for (const s of parts) if (s !== '') out.push(s);
    return out;
  }

  /** Resolve `p` against `cwd` into a normalized absolute path. `home` expands "~" (POSIX). */
  resolve(cwd: string, p: string, home?: string): string {
    if (!this.windows) {
      if (home !== undefined && (p === '~' || p.startsWith('~/'))) p = home + p.slice(1);
      const base = p.startsWith('/') ? [] : this.segments(cwd);
      for (const s of p.split('/')) {
        if (s === '' || s === '.') continue;
        if (s === '..') base.pop();
        else base.push(s);
      }
      return '/' + base.join('/');
    }
    let segs: string[];
    if (/^[A-Za-z]:/.test(p)) {
      const drive = p.slice(0, 2).toUpperCase();
      const rest = p.slice(2);
      // "D:foo" is relative to the drive's current folder; we treat it as drive root.
      segs = [drive];
      p = rest;
    } else if (p.startsWith('\\') || p.startsWith('/')) {
      segs = [this.segments(cwd)[0] ?? 'C:'];
    } else {
      segs = this.segments(cwd);
    }
    for (const s of p.split(/[\\/]/)) {
      if (s === '' || s === '.') continue;
      if (s === '..') {
        if (segs.length > 1) segs.pop();
      } else segs.push(s.replace(/[. ]+$/, '') || s);
    }
    return segs.length === 1 ? segs[0] + '\\' : segs.join('\\');
  }

  /** The name a path shows with its stored case (Windows), e.g. for `cd`. */
  canonical(abs: string): string {
    const segs = this.segments(abs);
    let node: FsNode = this.root;
    const out: string[] = [];
    for (const s of segs) {
      if (node.type !== 'dir') return abs;
      const child: FsNode | undefined = this.kids(node).get(this.key(s));
      if (!child) return abs;
      out.push(child.name);
      node = child;
    }
    if (this.windows) return out.length === 1 ? out[0] + '\\' : out.join('\\');
    return '/' + out.join('/');
  }

  /**
   * Look a path up as the kernel does: symbolic links in the middle of the path are followed, and the last one
   * too unless `nofollow` (lstat). Gives the node and its physical path, or ENOENT, ENOTDIR, ELOOP.
   */
  lookup(abs: string, nofollow = false): { node: FsNode; path: string } | FsError {
    // the names still to walk, read from the end (a link's target is pushed in reverse)
    const todo = this.segments(abs).reverse();
    const nodes: FsNode[] = [this.root];
    const names: string[] = [];
    let links = 0;
    while (todo.length) {
      const s = todo.pop()!;
      const node = nodes[nodes.length - 1];
      if (s === '.' && !this.windows) {
        if (node.type !== 'dir') return 'ENOTDIR';
        continue;
      }
      if (s === '..' && !this.windows) {
        if (node.type !== 'dir') return 'ENOTDIR';
        if (nodes.length > 1) nodes.pop(), names.pop();
        continue;
      }
      if (node.type !== 'dir') return 'ENOTDIR';
      const child = this.kids(node).get(this.key(s));
      if (!child) return 'ENOENT';
      if (child.type === 'link' && (todo.length > 0 || !nofollow)) {
        if (child.errno) return child.errno;
        if (++links > MAX_LINKS) return 'ELOOP';
        if (child.target.startsWith('/')) (nodes.length = 1), (names.length = 0);
        const target = child.target.split('/');
        for (let k = target.length - 1; k >= 0; k--) if (target[k] !== '') todo.push(target[k]);
        continue;
      }
      if (child.errno && child.type === 'dir' && todo.length > 0) return child.errno;
      nodes.push(child);
      names.push(child.name);
    }
    const path = this.windows ? (names.length === 1 ? names[0] + '\\' : names.join('\\')) : '/' + names.join('/');
    return { node: nodes[nodes.length - 1], path };
  }

  /** The node at a path, links followed (stat); null when there is none. */
  get(abs: string): FsNode | null {
    const r = this.lookup(abs);
    return typeof r === 'string' ? null : r.node;
  }

  /** The entry `name` of a directory node: what lget() of the directory's path joined with `name` gives. */
  childOf(dir: FsNode, name: string): FsNode | null {
    return dir.type === 'dir' ? (this.kids(dir).get(this.key(name)) ?? null) : null;
  }

  /** The node at a path, a link at the end not followed (lstat). */
  lget(abs: string): FsNode | null {
    const r = this.lookup(abs, true);
    return typeof r === 'string' ? null : r.node;
  }

  /** The physical path with every link resolved (realpath(3)), or why there is none. */
  realpath(abs: string): string | FsError {
    const r = this.lookup(abs);
    return typeof r === 'string' ? r : r.path;
  }

  /** A link's target (readlink(2)): EINVAL when the path is no link. */
  readlink(abs: string): string | FsError {
    const r = this.lookup(abs, true);
    if (typeof r === 'string') return r;
    if (r.node.errno) return r.node.errno;
    return r.node.type === 'link' ? r.node.target : 'EINVAL';
  }

  /** Make a symbolic link at `abs` pointing at `target` (symlink(2)). */
  symlink(target: string, abs: string): FsError | null {
    const no = this.pseudo(abs, 'symlink');
    if (no) return no;
    const { dir, name, err } = this.parentOf(abs);
    if (!dir) return err ?? 'ENOENT';
    if (name === '' || dir.children.has(this.key(name))) return 'EEXIST';
    dir.children.set(this.key(name), born(this.creator, dir, { type: 'link', name, target, mtime: this.now(), mode: 0o777 }));
    this.modified(dir);
    return null;
  }

  exists(abs: string): boolean {
    return this.get(abs) !== null;
  }
  isDir(abs: string): boolean {
    return this.get(abs)?.type === 'dir';
  }
  isFile(abs: string): boolean {
    return this.get(abs)?.type === 'file';
  }

  read(abs: string): string | FsError {
    const r = this.lookup(abs);
    if (typeof r === 'string') return r;
    const n = r.node;
    if (n.type !== 'file') return 'EISDIR';
    return n.errno ?? n.content;
  }

  /** Read a file: its text, or a typed error (ENOENT, EISDIR); see ReadResult. */
  readFile(abs: string): ReadResult {
    const r = this.lookup(abs);
    if (typeof r === 'string') return { ok: false, errno: r };
    const n = r.node;
    if (n.type !== 'file') return { ok: false, errno: 'EISDIR' };
    if (n.errno) return { ok: false, errno: n.errno };
    return { ok: true, text: n.content };
  }

  private parentOf(abs: string): { dir: DirNode | null; name: string; err?: FsError } {
    const segs = this.segments(abs);
    const name = segs.pop() ?? '';
    const r = this.lookup(this.windows ? segs.join('\\') + (segs.length === 1 ? '\\' : '') : '/' + segs.join('/'));
    if (typeof r === 'string') return { dir: null, name, err: r };
    if (r.node.type !== 'dir') return { dir: null, name, err: 'ENOTDIR' };
    return { dir: r.node, name };
  }

  /** Write a file; a new one gets `mode` (0666 when not given) less its maker's umask (fs-owner.ts newMode). */
  write(abs: string, content: string, append = false, mode?: number, depth = 0): FsError | null {
    if (this.mounts.length && this.mountOf(this.resolve('/', abs))?.fs.write?.(this.resolve('/', abs), content)) return null;
    const no = this.pseudo(abs, 'create');
    if (no) return no;
    const { dir, name, err } = this.parentOf(abs);
    if (!dir) return err ?? 'ENOENT';
    if (name === '') return 'EISDIR';
    // a mount point's entries are its file system's (writing /dev/null writes the device)
    const existing = this.kids(dir).get(this.key(name));
    if (existing?.type === 'dir') return 'EISDIR';
    if (existing?.type === 'link') {
      // writing through a link writes its target, and creates it when the link dangles
      if (depth >= MAX_LINKS) return 'ELOOP';
      return this.write(this.resolve(this.dirname(abs), existing.target), content, append, mode, depth + 1);
    }
    if (existing) {
      // zeros kept as a count are written out before appended text (up to 1 MiB; beyond, the text follows the content)
      const zeros = append && existing.zeros && existing.zeros <= 1 << 20 ? '\0'.repeat(existing.zeros) : '';
      existing.content = append ? existing.content + zeros + content : content;
      if (!append || zeros) delete existing.zeros;
      if (!append) delete existing.holes;
      this.modified(existing);
      // the other names of a hard-linked file see the same data
      if ((existing.nlink ?? 1) > 1) for (const n of this.sameInode(existing)) Object.assign(n, { content: existing.content, zeros: existing.zeros, holes: existing.holes, mtime: existing.mtime, btime: existing.btime });
    } else {
      const f: FileNode = { type: 'file', name, content, mtime: this.now(), mode: newMode(this.creator, mode, false) };
      born(this.creator, dir, f);
      dir.children.set(this.key(name), f);
      this.modified(dir);
    }
    return null;
  }

  /** The other nodes that are hard links of `node` (same inode). */
  sameInode(node: FileNode): FileNode[] {
    const out: FileNode[] = [];
    const rec = (d: DirNode) => {
      for (const c of d.children.values()) {
        if (c.type === 'dir') rec(c);
        else if (c !== node && c.type === 'file' && c.ino === node.ino) out.push(c);
      }
    };
    if (node.ino !== undefined) rec(this.root);
    return out;
  }

  /** A second name for a file (link(2)): `ino` is the file's inode number; both names share it from now on. */
  link(from: string, to: string, ino: number): FsError | null {
    if (this.pseudo(to, 'symlink') || this.pseudo(from, 'symlink')) return 'EPERM';
    const src = this.lget(from);
    if (!src) return 'ENOENT';
    if (src.type === 'dir') return 'EPERM';
    const { dir, name, err } = this.parentOf(to);
    if (!dir) return err ?? 'ENOENT';
    if (name === '' || dir.children.has(this.key(name))) return 'EEXIST';
    const nlink = (src.nlink ?? 1) + 1;
    const now = this.now();
    for (const n of src.type === 'file' ? this.sameInode(src) : []) (n.nlink = nlink), (n.ctime = now);
    Object.assign(src, { ino, nlink, ctime: now });
    const copy: FsNode = src.type === 'file' ? { ...src, name } : { ...src, name };
    dir.children.set(this.key(name), copy);
    this.modified(dir);
    return null;
  }

  /** Make a directory (and its parents when `recursive`): 0777 less its maker's umask, or exactly `mode`. */
  mkdir(abs: string, recursive = false, mode?: number): FsError | null {
    const no = this.pseudo(abs, 'mkdir');
    if (no) return recursive && no === 'EEXIST' ? null : no;
    const segs = this.segments(abs);
    let node: DirNode = this.root;
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      let child = node.children.get(this.key(s));
      if (child?.type === 'link') {
        if (i === segs.length - 1 && !recursive) return 'EEXIST';
        const r = this.lookup('/' + segs.slice(0, i + 1).join('/'));
        if (typeof r === 'string') return i === segs.length - 1 ? 'EEXIST' : r;
        child = r.node;
      }
      if (child) {
        if (child.type !== 'dir') return i === segs.length - 1 ? 'EEXIST' : 'ENOTDIR';
        if (i === segs.length - 1 && !recursive) return 'EEXIST';
        node = child;
        continue;
      }
      if (i < segs.length - 1 && !recursive) return 'ENOENT';
      const d: DirNode = { type: 'dir', name: s, children: new Map(), mtime: this.now(), mode: mode ?? newMode(this.creator, undefined, true) };
      born(this.creator, node, d);
      node.children.set(this.key(s), d);
      this.modified(node);
      node = d;
    }
    return null;
  }

  remove(abs: string, recursive = false): FsError | null {
    const no = this.pseudo(abs, 'remove');
    if (no) return no;
    const { dir, name, err } = this.parentOf(abs);
    if (!dir) return err ?? 'ENOENT';
    const n = dir.children.get(this.key(name));
    if (!n) return 'ENOENT';
    if (n.type === 'dir' && n.children.size > 0 && !recursive) return 'ENOTEMPTY';
    dir.children.delete(this.key(name));
    this.modified(dir);
    if (n.type === 'file' && (n.nlink ?? 1) > 1) for (const o of this.sameInode(n)) (o.nlink = (n.nlink ?? 2) - 1), (o.ctime = this.now());
    return null;
  }

  list(abs: string): DirEntry[] | FsError {
    const n = this.get(abs);
    if (!n) return 'ENOENT';
    if (n.type !== 'dir') return 'ENOTDIR';
    if (n.errno) return n.errno;
    // sorted by the lower-case name, each lowered once
    const keyed = [...this.kids(n).values()].map((c) => ({
      k: c.name.toLowerCase(),
      e: {
        name: c.name,
        type: c.type,
        size: c.size !== undefined ? c.size : c.type === 'file' ? (c.rdev !== undefined ? 0 : byteLength(c.content) + (c.zeros ?? 0)) : c.type === 'link' ? byteLength(c.target) : 4096,
        mtime: c.mtime,
        mode: c.mode,
        ...(c.type === 'link' ? { target: c.target } : {}),
      } as DirEntry,
    }));
    return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.e);
  }

  /** Deep copy of a subtree (cp -r): new nodes get the source's mode less the umask, or exactly it with `keep` (cp -p, mv). */
  copy(from: string, to: string, keep = false): FsError | null {
    const src = this.get(from);
    if (!src) return 'ENOENT';
    const had = this.get(to);
    const e = src.type === 'file' ? this.write(to, src.content, false, src.mode & 0o7777) : src.type === 'dir' ? this.mkdir(to, true) : 'ENOENT';
    const copy = this.get(to);
    if (e || !copy) return e;
    // zeros kept as a count and holes go with the data; a directory made here takes the source's mode (copy.c)
    if (copy.type === 'file' && src.type === 'file') Object.assign(copy, src.zeros ? { zeros: src.zeros } : {}, src.holes ? { holes: src.holes } : {});
    if (!had || keep) copy.mode = (copy.mode & ~0o7777) | (keep ? src.mode : newMode(this.creator, src.mode, true)) & 0o7777;
    if (src.type !== 'dir') return null;
    for (const c of this.kids(src).values()) {
      // links inside the tree are copied as links (cp -r does not follow them)
      const r = c.type === 'link' ? this.symlink(c.target, this.join(to, c.name)) : this.copy(this.join(from, c.name), this.join(to, c.name), keep);
      if (r) return r;
    }
    return null;
  }

  join(dir: string, name: string): string {
    if (dir.endsWith(this.sep)) return dir + name;
    return dir + this.sep + name;
  }

  dirname(abs: string): string {
    const segs = this.segments(abs);
    segs.pop();
    if (this.windows) return segs.length <= 1 ? (segs[0] ?? 'C:') + '\\' : segs.join('\\');
    return '/' + segs.join('/');
  }

  basename(abs: string): string {
    const segs = this.segments(abs);
    return segs[segs.length - 1] ?? '';
  }

  /** Every file path under a folder (for consistency checks). */
  walk(abs = this.windows ? '' : '/'): string[] {
    const out: string[] = [];
    const rec = (node: FsNode, path: string) => {
      if (node.type === 'file') {
        out.push(path);
        return;
      }
      if (node.type === 'link') return;
      for (const c of this.kids(node).values()) rec(c, path === '' ? c.name : path + this.sep + c.name);
    };
    const start = abs === '' ? this.root : this.get(abs);
    if (start) rec(start, abs === '/' ? '' : abs);
    return out.map((p) => (!this.windows && !p.startsWith('/') ? '/' + p : p));
  }
}

/**
 * The size in bytes of a file's content or of a text written out: UTF-8, with U+DC80..U+DCFF one byte each (a
 * byte kept as it is, see FileNode.content); a lone surrogate otherwise is U+FFFD's three bytes, as TextEncoder.
 */
/** UTF-8 lengths of the longer texts measured lately: a listing measures every file it shows, each time. */
const lengths = new Map<string, number>();

export function byteLength(s: string): number {
  const kept = s.length >= 256 && s.length <= 1 << 16;
  if (kept) {
    const known = lengths.get(s);
    if (known !== undefined) return known;
  }
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c < 0xd800 || c > 0xdfff) n += 3;
    else if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += c >= 0xdc80 && c <= 0xdcff ? 1 : 3;
  }
  if (kept) {
    if (lengths.size >= 64) lengths.delete(lengths.keys().next().value!);
    lengths.set(s, n);
  }
  return n;
}
