// The working tree against the index and HEAD (wt-status.c's collection): .gitignore and .git/info/exclude as dir.c
// reads them (`!` negation, a trailing `/` for directories, a pattern with a slash anchored to its file's
// directory, `*`, `?`, `[...]` and `**`), untracked directories shown as `dir/` when nothing in them is tracked.
import { compareTrees, type FileChange } from './diff';
import { abs, blobId, fileMode, headOid, readBlob, readCommit, readIndex, treeFiles, worktreeFiles, worktreeText, type Index, type Repo, readText } from './repo';

interface Rule {
  base: string;
  re: RegExp;
  neg: boolean;
  dirOnly: boolean;
}

function globToRe(p: string): string {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const lead = i === 0 || p[i - 1] === '/';
        const trail = i + 2 === p.length || p[i + 2] === '/';
        if (lead && trail) {
          i += 2;
          if (i < p.length) re += '(?:.*/)?';
          else re += '.*';
          continue;
        }
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let cls = p.slice(i + 1, end);
        if (cls[0] === '!') cls = '^' + cls.slice(1);
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < p.length) re += '\\' + p[++i];
    else re += /[.+^${}()|\\]/.test(c) ? '\\' + c : c;
  }
  return re;
}

function parseRules(text: string, base: string): Rule[] {
  const out: Rule[] = [];
  for (let l of text.split('\n')) {
    if (!l || l.startsWith('#')) continue;
    l = l.replace(/(?<!\\)\s+$/, '');
    if (!l) continue;
    let neg = false;
    if (l.startsWith('!')) {
      neg = true;
      l = l.slice(1);
    } else if (l.startsWith('\\!') || l.startsWith('\\#')) l = l.slice(1);
    let dirOnly = false;
    if (l.endsWith('/')) {
      dirOnly = true;
      l = l.slice(0, -1);
    }
    const anchored = l.includes('/');
    if (l.startsWith('/')) l = l.slice(1);
    const body = globToRe(l);
    out.push({ base, neg, dirOnly, re: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`) });
  }
  return out;
}

export class Ignore {
  private cache = new Map<string, Rule[]>();
  constructor(private r: Repo) {}

  private rulesFor(dir: string): Rule[] {
    let rs = this.cache.get(dir);
    if (rs) return rs;
    const fs = this.r.ctx.host.fs;
    const t = readText(fs, abs(this.r, (dir ? dir + '/' : '') + '.gitignore'));
    rs = typeof t === 'string' ? parseRules(t, dir) : [];
    this.cache.set(dir, rs);
    return rs;
  }

  private match(path: string, isDir: boolean): boolean | null {
    const parts = path.split('/');
    let verdict: boolean | null = null;
    const exclude = readText(this.r.ctx.host.fs, `${this.r.git}/info/exclude`);
    const layers: Rule[][] = [typeof exclude === 'string' ? parseRules(exclude, '') : []];
    for (let i = 0; i < parts.length; i++) layers.push(this.rulesFor(parts.slice(0, i).join('/')));
    for (const rules of layers)
      for (const rule of rules) {
        if (rule.dirOnly && !isDir) continue;
        const rel = rule.base ? path.slice(rule.base.length + 1) : path;
        if (rule.re.test(rel)) verdict = !rule.neg;
      }
    return verdict;
  }

  /** A path is ignored when it or one of its directories is. */
  ignored(path: string, isDir = false): boolean {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (this.match(parts.slice(0, i).join('/'), true)) return true;
    return !!this.match(path, isDir);
  }
}

export interface State {
  head: string | null;
  headFiles: Index;
  index: Index;
  /** head → index */
  staged: FileChange[];
  /** index → working tree */
  unstaged: FileChange[];
  /** untracked paths (directories with a trailing slash), sorted */
  untracked: string[];
  ignored: string[];
  /** paths with merge conflicts (stages in the index), sorted */
  unmerged: string[];
}

/** Untracked or ignored files folded to their topmost directory that holds no tracked file. */
function fold(paths: string[], index: Index): string[] {
  const trackedDirs = new Set<string>();
  for (const p of index.keys()) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) trackedDirs.add(parts.slice(0, i).join('/'));
  }
  const out = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    let shown = p;
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!trackedDirs.has(d)) {
        shown = d + '/';
        break;
      }
    }
    out.add(shown);
  }
  return [...out].sort();
}

export function collect(r: Repo, o: { ignored?: boolean } = {}): State {
  const head = headOid(r);
  const headFiles = head ? treeFiles(r, readCommit(r, head)?.tree ?? null) : new Map();
  const index = readIndex(r);
  const ign = new Ignore(r);
  const files = worktreeFiles(r);
  const wt: Index = new Map();
  const texts = new Map<string, string>();
  for (const p of files)
    if (index.has(p)) {
      const t = worktreeText(r, p) ?? '';
      texts.set(p, t);
      wt.set(p, { mode: fileMode(r, p), oid: blobId(t) });
    }
  const text = (side: 'a' | 'b', p: string, oid: string) => (side === 'b' && texts.has(p) && wt.get(p)?.oid === oid ? texts.get(p)! : readBlob(r, oid));
  const unmerged = [...index.keys()].filter((p) => index.get(p)!.conflict).sort();
  const settled = (c: FileChange) => !index.get(c.newPath ?? c.oldPath!)?.conflict;
  const staged = compareTrees(headFiles, index, (_s, _p, oid) => readBlob(r, oid)).filter(settled);
  const unstaged = compareTrees(index, wt, text, false).filter((c) => c.oldPath !== null && settled(c));
  const untrackedFiles = files.filter((p) => !index.has(p) && !ign.ignored(p));
  const ignoredFiles = o.ignored ? files.filter((p) => !index.has(p) && ign.ignored(p)) : [];
  const ignoredShown = o.ignored
    ? [
        ...new Set(
          ignoredFiles.map((p) => {
            const parts = p.split('/');
            for (let i = 1; i < parts.length; i++) if (ign.ignored(parts.slice(0, i).join('/'), true)) return parts.slice(0, i).join('/') + '/';
            return p;
          }),
        ),
      ].sort()
    : [];
  return { head, headFiles, index, staged, unstaged, untracked: fold(untrackedFiles, index), ignored: ignoredShown, unmerged };
}

export function worktreeIndexEntry(r: Repo, p: string): { mode: string; oid: string; text: string } | null {
  const t = worktreeText(r, p);
  if (t === null) return null;
  return { mode: fileMode(r, p), oid: blobId(t), text: t };
}
