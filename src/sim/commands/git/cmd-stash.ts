// git stash (builtin/stash.c): push (the default; -m, -q) saves the index as a commit ("index on ...") and the
// tracked files as a second ("WIP on ..." / "On <branch>: <message>", parents HEAD and the index commit), moves
// refs/stash and appends to its reflog (logs/refs/stash, which `stash@{n}` counts back through), then resets to
// HEAD; list, show (--stat, or -p), apply and pop (a three-way merge onto the working tree, then git status), drop.
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { ident } from './config';
import { abbrev, abs, appendReflog, fatal, headOid, headRef, readBlob, readCommit, readIndex, readText, subjectOf, treeFiles, writeBlob, writeCommit, writeIndex, writeIndexTree, writeRef, type Index, type Repo } from './repo';
import { collect } from './work';
import { compareTrees, patch, stat } from './diff';
import { merge3 } from './merge3';
import { longStatus } from './cmd-status';
import { painter, wantColor } from './color';

interface Entry {
  old: string;
  oid: string;
  line: string;
}

/** The stash reflog, newest first (stash@{0} is the last line). */
function entries(r: Repo): Entry[] {
  const t = readText(r.ctx.host.fs, `${r.git}/logs/refs/stash`) ?? '';
  return t
    .split('\n')
    .filter(Boolean)
    .map((l) => ({ old: l.slice(0, 40), oid: l.slice(41, 81), line: l }))
    .reverse();
}

const message = (e: Entry) => e.line.slice(e.line.indexOf('\t') + 1);

function writeEntries(r: Repo, list: Entry[]) {
  const fs = r.ctx.host.fs;
  if (!list.length) {
    fs.remove(`${r.git}/logs/refs/stash`);
    fs.remove(`${r.git}/refs/stash`);
    return;
  }
  fs.write(`${r.git}/logs/refs/stash`, [...list].reverse().map((e) => e.line + '\n').join(''));
  writeRef(r, 'refs/stash', list[0].oid);
}

/** get_stash_info: which entry an argument names ("stash@{n}", "n", or none for stash@{0}); its revision text. */
function pick(g: Git, r: Repo, args: string[]): { at: number; revision: string; list: Entry[] } {
  const list = entries(r);
  if (args.length > 1) {
    g.ctx.err(`Too many revisions specified:${args.map((a) => ` '${a}'`).join('')}\n`);
    throw new StashExit(1);
  }
  if (!args.length) {
    if (!list.length) {
      g.ctx.err('No stash entries found.\n');
      throw new StashExit(1);
    }
    return { at: 0, revision: 'refs/stash@{0}', list };
  }
  const a = args[0];
  const m = /^(?:(?:refs\/)?stash@\{(\d+)\}|(\d+))$/.exec(a);
  if (!m) {
    g.ctx.err(`error: ${a} is not a valid reference\n`);
    throw new StashExit(1);
  }
  const at = Number(m[1] ?? m[2]);
  if (at >= list.length) fatal(`log for 'stash' only has ${list.length} entries`);
  return { at, revision: m[2] !== undefined ? `refs/stash@{${at}}` : a, list };
}

class StashExit extends Error {
  constructor(public status: number) {
    super('stash');
  }
}

function push(g: Git, r: Repo, msg: string | undefined, quiet: boolean): number {
  const ctx = g.ctx;
  const head = headOid(r);
  if (!head) fatal('You do not have the initial commit yet');
  const st = collect(r);
  if (!st.staged.length && !st.unstaged.length) {
    if (!quiet) ctx.out('No local changes to save\n');
    return 0;
  }
  const ref = headRef(r);
  const branch = ref ? ref.replace(/^refs\/heads\//, '') : '(no branch)';
  const c = readCommit(r, head!)!;
  const label = `${branch}: ${abbrev(r, head!)} ${subjectOf(c.message)}`;
  const now = ctx.world.now;
  const author = ident(ctx, r, 'author', now).line;
  const committer = ident(ctx, r, 'committer', now).line;
  const index = readIndex(r);
  const i = writeCommit(r, { tree: writeIndexTree(r, index), parents: [head!], author, committer, message: `index on ${label}\n` });
  // the working tree's tracked files
  const wt: Index = new Map(index);
  for (const ch of st.unstaged) {
    if (!ch.newPath) wt.delete(ch.oldPath!);
    else wt.set(ch.newPath, { mode: ch.newMode!, oid: writeBlob(r, ch.newText) });
  }
  const text = msg !== undefined ? `On ${branch}: ${msg}` : `WIP on ${label}`;
  const w = writeCommit(r, { tree: writeIndexTree(r, wt), parents: [head!, i], author, committer, message: text });
  const list = entries(r);
  appendReflog(r, 'refs/stash', list[0]?.oid ?? null, w, committer, text);
  writeRef(r, 'refs/stash', w);
  // reset --hard
  const fs = ctx.host.fs;
  const to = treeFiles(r, c.tree);
  for (const p of index.keys()) if (!to.has(p)) fs.remove(abs(r, p));
  for (const [p, e] of to) {
    fs.mkdir(fs.dirname(abs(r, p)), true);
    fs.write(abs(r, p), readBlob(r, e.oid), false, e.mode === '100755' ? 0o777 : 0o666);
  }
  writeIndex(r, to);
  if (!quiet) ctx.out(`Saved working directory and index state ${text}\n`);
  return 0;
}

const treeOf = (r: Repo, oid: string | null): Index => (oid ? treeFiles(r, readCommit(r, oid)?.tree ?? null) : new Map());

/** do_apply_stash: the stash's changes merged onto the working tree; new files are added to the index. */
function apply(g: Git, r: Repo, w: string, quiet: boolean): number {
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  const c = readCommit(r, w)!;
  const base = treeOf(r, c.parents[0]);
  const stashed = treeOf(r, w);
  const index = readIndex(r);
  const st = collect(r);
  const dirty = new Set(st.unstaged.map((x) => x.oldPath!));
  const ch = compareTrees(base, stashed, (_s, _p, o) => readBlob(r, o), false);
  const clash = ch.map((x) => x.newPath ?? x.oldPath!).filter((p) => dirty.has(p));
  if (clash.length) {
    ctx.err(`error: Your local changes to the following files would be overwritten by merge:\n${clash.map((p) => `\t${p}\n`).join('')}Please commit your changes or stash them before you merge.\nAborting\n`);
    return 1;
  }
  let conflicts = 0;
  for (const x of ch) {
    const p = x.newPath ?? x.oldPath!;
    const cur = index.get(p);
    if (!x.newPath) {
      fs.remove(abs(r, p));
      index.delete(p);
      continue;
    }
    let text = readBlob(r, x.newOid);
    if (cur && x.oldPath && cur.oid !== x.oldOid) {
      const m = merge3(readBlob(r, x.oldOid), readBlob(r, cur.oid), text, 'Updated upstream', 'Stashed changes');
      ctx.out(`Auto-merging ${p}\n`);
      if (m.conflicts) {
        ctx.out(`CONFLICT (content): Merge conflict in ${p}\n`);
        conflicts++;
      }
      text = m.text;
    }
    fs.mkdir(fs.dirname(abs(r, p)), true);
    fs.write(abs(r, p), text, false, x.newMode === '100755' ? 0o777 : 0o666);
    if (!x.oldPath) index.set(p, { mode: x.newMode!, oid: writeBlob(r, text) });
  }
  writeIndex(r, index);
  if (!quiet) ctx.out(longStatus(g, r, collect(r), 'No commits yet', { paint: painter(wantColor(g, r, 'status')) }).text);
  return conflicts ? 1 : 0;
}

function drop(g: Git, r: Repo, at: number, revision: string, list: Entry[], quiet: boolean) {
  const gone = list[at];
  const rest = list.filter((_, k) => k !== at);
  writeEntries(r, rest);
  if (!quiet) g.ctx.out(`Dropped ${revision} (${gone.oid})\n`);
}

export function* stash(g: Git): CommandRun {
  const r = g.repo();
  const args = [...g.args];
  const verb = args.length && !args[0].startsWith('-') ? args.shift()! : 'push';
  const quiet = args.includes('-q') || args.includes('--quiet');
  const rest = args.filter((a) => a !== '-q' && a !== '--quiet');
  try {
    switch (verb) {
      case 'push':
      case 'save': {
        let msg: string | undefined;
        const k = rest.findIndex((a) => a === '-m' || a === '--message');
        if (k >= 0) msg = rest[k + 1];
        else if (verb === 'save' && rest.length) msg = rest.join(' ');
        const mEq = rest.find((a) => a.startsWith('--message='));
        if (mEq) msg = mEq.slice(10);
        return push(g, r, msg, quiet);
      }
      case 'list':
        return yield* g.page(
          entries(r)
            .map((e, k) => `stash@{${k}}: ${message(e)}\n`)
            .join(''),
        );
      case 'show': {
        const wantPatch = rest.includes('-p') || rest.includes('--patch');
        const { at, list } = pick(
          g,
          r,
          rest.filter((a) => !a.startsWith('-')),
        );
        const w = list[at].oid;
        const ch = compareTrees(treeOf(r, readCommit(r, w)!.parents[0]), treeOf(r, w), (_s, _p, o) => readBlob(r, o));
        const paint = painter(wantColor(g, r, 'diff'));
        return yield* g.page(wantPatch ? ch.map((c) => patch(c, (x) => abbrev(r, x), paint)).join('') : stat(ch, paint));
      }
      case 'apply':
      case 'pop': {
        const { at, revision, list } = pick(
          g,
          r,
          rest.filter((a) => !a.startsWith('-')),
        );
        const status = apply(g, r, list[at].oid, quiet);
        if (status) {
          if (verb === 'pop') g.ctx.out('The stash entry is kept in case you need it again.\n');
          return status;
        }
        if (verb === 'pop') drop(g, r, at, revision, list, quiet);
        return 0;
      }
      case 'drop': {
        const { at, revision, list } = pick(
          g,
          r,
          rest.filter((a) => !a.startsWith('-')),
        );
        drop(g, r, at, revision, list, quiet);
        return 0;
      }
      case 'clear':
        writeEntries(r, []);
        return 0;
      default:
        g.ctx.err(`error: unknown subcommand: \`${verb}'\n${USAGE.stash}`);
        return 129;
    }
  } catch (e) {
    if (e instanceof StashExit) return e.status;
    throw e;
  }
}
