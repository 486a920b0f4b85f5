// What rsync 3.2.3 sends and how the receiver applies it: the file list in the order of its incremental recursion
// (a directory's line, its files sorted by name, then each sub-directory the same way), the quick check (size and
// modification time), --delete, and the itemized change strings of log.c (`>f+++++++++`, `cd+++++++++`).
import type { Host } from '../../types';
import type { FsNode } from '../../fs';
import { byteLength } from '../../fs';
import { canRead, canWrite } from '../../util';

/** One end of the transfer: a host, the user there, and the directory relative names start from. */
export interface End {
  host: Host;
  user: string;
  cwd: string;
  remote: boolean;
}

export interface Entry {
  /** The name as rsync prints it: `./`, `a.txt`, `sub/`, `src/sub/c.txt`. */
  shown: string;
  /** The name in the file list (no trailing slash; `.` for the top of a `dir/` source). */
  name: string;
  /** The path on the sending host. */
  path: string;
  node: FsNode;
  /** Whether the list of this directory's contents follows (the recursion reaches into it). */
  contents: boolean;
  /** Index of the list it belongs to (0 is the top list). */
  list: number;
}

export const absOf = (end: End, p: string) => (p.startsWith('/') ? p : `${end.cwd.replace(/\/$/, '')}/${p}`);

export const sizeOf = (n: FsNode) => (n.type === 'file' ? byteLength(n.content) + (n.zeros ?? 0) : n.type === 'link' ? byteLength(n.target) : 4096);

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The entries of one source operand, or the error rsync reports for it. */
export function collect(
  end: End,
  arg: string,
  recursive: boolean,
  dirs: boolean,
  listStart: number,
  excluded: (name: string, dir: boolean) => boolean = () => false,
): { entries: Entry[]; lists: number; skipped?: string } | string {
  const contentsOnly = arg.endsWith('/');
  let trimmed = arg;
  while (trimmed.length > 1 && trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
  const fs = end.host.fs;
  const path = fs.resolve('/', absOf(end, trimmed));
  const shownAbs = absOf(end, trimmed).replace(/\/\.$/, '');
  const node = fs.lget(path);
  if (!node) return `${contentsOnly ? 'change_dir' : 'link_stat'} "${shownAbs}" failed: No such file or directory (2)`;
  if (!canRead(end.user, path)) return `${contentsOnly ? 'change_dir' : 'link_stat'} "${shownAbs}" failed: Permission denied (13)`;
  if (contentsOnly && node.type !== 'dir') return `change_dir "${shownAbs}" failed: Not a directory (20)`;
  const base = contentsOnly ? '.' : trimmed.slice(trimmed.lastIndexOf('/') + 1) || trimmed;
  if (node.type === 'dir' && !recursive && !dirs && !contentsOnly) return { entries: [], lists: 0, skipped: base };
  const entries: Entry[] = [];
  let lists = listStart;
  const top: Entry = {
    shown: base === '.' ? './' : node.type === 'dir' ? `${base}/` : base,
    name: base,
    path,
    node,
    contents: node.type === 'dir' && (recursive || contentsOnly),
    list: 0,
  };
  entries.push(top);
  const walk = (dirPath: string, dirName: string) => {
    const d = fs.get(dirPath);
    if (!d || d.type !== 'dir') return;
    const list = ++lists;
    const prefix0 = dirName === '.' ? '' : `${dirName}/`;
    const kids = [...fs.kids(d).values()].filter((k) => !excluded(prefix0 + k.name, k.type === 'dir')).sort((a, b) => byName(a.name, b.name));
    const files = kids.filter((k) => k.type !== 'dir');
    const subdirs = kids.filter((k) => k.type === 'dir');
    const prefix = dirName === '.' ? '' : `${dirName}/`;
    for (const k of files)
      entries.push({
        shown: prefix + k.name,
        name: prefix + k.name,
        path: `${dirPath === '/' ? '' : dirPath}/${k.name}`,
        node: k,
        contents: false,
        list,
      });
    const subs: Entry[] = subdirs.map((k) => ({
      shown: `${prefix}${k.name}/`,
      name: prefix + k.name,
      path: `${dirPath === '/' ? '' : dirPath}/${k.name}`,
      node: k,
      contents: recursive,
      list,
    }));
    // the directory entries are in this list; each one's own list (and its line) comes when the recursion reaches it
    for (const s of subs) {
      entries.push(s);
      if (recursive) walk(s.path, s.name);
    }
  };
  if (top.contents) walk(path, base);
  return { entries, lists };
}

/** A filter rule of --exclude, --include and --filter ('- pattern', '+ pattern'), first match wins. */
export interface Rule {
  include: boolean;
  pattern: string;
}

/**
 * Whether a name (relative to the transfer's top) is excluded: a pattern without '/' matches the last component
 * at any depth, one with '/' the whole path (a leading '/' anchors it at the top), a trailing '/' only
 * directories; `*` stops at '/', `**` does not (exclude.c, lib/wildmatch.c).
 */
export function excludedBy(rules: Rule[], name: string, dir: boolean): boolean {
  for (const r of rules) {
    let pat = r.pattern;
    if (pat.endsWith('/')) {
      if (!dir) continue;
      pat = pat.slice(0, -1);
    }
    const anchored = pat.startsWith('/');
    if (anchored) pat = pat.slice(1);
    const re = new RegExp(
      '^' +
        pat
          .split(/(\*\*|\*|\?|\[[^\]]*\])/)
          .map((t) =>
            t === '**'
              ? '.*'
              : t === '*'
                ? '[^/]*'
                : t === '?'
                  ? '[^/]'
                  : t.startsWith('[') && t.length > 1
                    ? t.replace(/^\[!/, '[^')
                    : t.replace(/[.+^${}()|\\]/g, '\\$&'),
          )
          .join('') +
        '$',
    );
    const hit =
      pat.includes('/') || anchored
        ? re.test(name) || (!anchored && name.split('/').some((_, i, a) => re.test(a.slice(i).join('/'))))
        : re.test(name.slice(name.lastIndexOf('/') + 1));
    if (hit) return !r.include;
  }
  return false;
}

/** The eleven letters of an itemized change (log.c: YXcstpoguax). */
export function itemize(
  kind: 'send' | 'recv' | 'local' | 'dir',
  created: boolean,
  node: FsNode,
  sizeChanged: boolean,
  timeChanged: boolean,
  permsChanged: boolean,
  keepTimes = true,
): string {
  const y = kind === 'dir' ? 'c' : kind === 'send' ? '<' : '>';
  const x = node.type === 'dir' ? 'd' : node.type === 'link' ? 'L' : 'f';
  if (created) return `${node.type === 'dir' ? 'c' : y}${x}+++++++++`;
  return `${node.type === 'dir' ? '.' : y}${x}.${sizeChanged ? 's' : '.'}${timeChanged ? (keepTimes ? 't' : 'T') : '.'}${permsChanged ? 'p' : '.'}.....`;
}

/** What the receiver may do at a path (the permission model of the guests). */
export const writable = (end: End, path: string) => canWrite(end.user, path);
