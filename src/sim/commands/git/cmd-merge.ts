// git merge (builtin/merge.c with the ort strategy): "Already up to date.", a fast-forward ("Updating a..b",
// "Fast-forward" and the diffstat), a merge commit ("Merge made by the 'ort' strategy."), and conflicts: the
// file with xdiff's markers (merge3.ts), the index with stages 1-3, MERGE_HEAD / MERGE_MSG / MERGE_MODE for the
// commit that concludes it, and --abort (reset --merge). Without -m on a terminal the message is edited first.
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { getConfig, ident } from './config';
import { noEdit, parseOpts, tableFromUsage, has, vals } from './opts';
import { compareTrees, stat, summary } from './diff';
import { abbrev, abs, ancestors, fatal, headOid, headRef, readBlob, readCommit, readIndex, readRef, resolveRev, treeFiles, writeBlob, writeCommit, writeIndex, writeIndexTree, writeRef, type Index, type Repo } from './repo';
import { collect, worktreeIndexEntry } from './work';
import { merge3 } from './merge3';
import { painter, wantColor } from './color';
import { stripspace } from './cmd-commit';
import { editMessage } from './edit';

/** A merge base: the common ancestor no other common ancestor descends from (the newest, for the usual graphs). */
export function mergeBase(r: Repo, a: string, b: string): string | null {
  const A = ancestors(r, a);
  const common = [...ancestors(r, b)].filter((x) => A.has(x));
  const best = common.filter((c) => !common.some((o) => o !== c && ancestors(r, o).has(c)));
  return best[0] ?? null;
}

const treeOf = (r: Repo, oid: string | null): Index => (oid ? treeFiles(r, readCommit(r, oid)?.tree ?? null) : new Map());

function writeFile(r: Repo, path: string, text: string, mode: string) {
  const fs = r.ctx.host.fs;
  fs.mkdir(fs.dirname(abs(r, path)), true);
  fs.write(abs(r, path), text, false, mode === '100755' ? 0o777 : 0o666);
}

/** Local changes (index or working tree against HEAD) in the paths the merge writes: unpack-trees' refusal. */
function dirtyPaths(r: Repo, paths: string[]): string[] {
  const st = collect(r);
  const dirty = new Set([...st.staged, ...st.unstaged].map((c) => c.newPath ?? c.oldPath!));
  return paths.filter((p) => dirty.has(p));
}

const refusal = (paths: string[]) =>
  `error: Your local changes to the following files would be overwritten by merge:\n${paths.map((p) => `\t${p}\n`).join('')}Please commit your changes or stash them before you merge.\nAborting\n`;

/** The name a merge message uses for what was merged (fmt-merge-msg: a branch, a remote-tracking branch, a commit). */
function describe(r: Repo, name: string): string {
  if (readRef(r, `refs/heads/${name}`)) return `branch '${name}'`;
  if (readRef(r, `refs/remotes/${name}`)) return `remote-tracking branch '${name}'`;
  if (readRef(r, `refs/tags/${name}`)) return `tag '${name}'`;
  return `commit '${name}'`;
}

export function* merge(g: Git): CommandRun {
  const usage = USAGE.merge;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  const mergeHead = `${r.git}/MERGE_HEAD`;
  if (has(p, 'abort')) {
    if (!fs.exists(mergeHead)) fatal('There is no merge to abort (MERGE_HEAD missing).');
    // reset --merge: the index and the files the merge touched back to HEAD
    const head = headOid(r);
    const to = treeOf(r, head);
    const index = readIndex(r);
    for (const path of new Set([...index.keys(), ...to.keys()])) {
      const e = to.get(path);
      const cur = index.get(path);
      if (cur && !cur.conflict && e && cur.oid === e.oid && cur.mode === e.mode) continue;
      if (e) writeFile(r, path, readBlob(r, e.oid), e.mode);
      else fs.remove(abs(r, path));
    }
    writeIndex(r, to);
    for (const f of ['MERGE_HEAD', 'MERGE_MSG', 'MERGE_MODE']) fs.remove(`${r.git}/${f}`);
    return 0;
  }
  if (fs.exists(mergeHead)) {
    if ([...readIndex(r).values()].some((e) => e.conflict)) {
      ctx.err("error: Merging is not possible because you have unmerged files.\nhint: Fix them up in the work tree, and then use 'git add/rm <file>'\nhint: as appropriate to mark resolution and make a commit.\n");
      fatal('Exiting because of an unresolved conflict.');
    }
    fatal('You have not concluded your merge (MERGE_HEAD exists).\nPlease, commit your changes before you merge.');
  }
  let names = p.args;
  const branch = headRef(r)?.replace(/^refs\/heads\//, '') ?? null;
  if (!names.length) {
    const remote = branch ? getConfig(ctx, r, `branch.${branch}.remote`) : null;
    const up = branch ? getConfig(ctx, r, `branch.${branch}.merge`) : null;
    if (!remote || !up) fatal('No remote for the current branch.');
    names = [`${remote}/${up!.replace(/^refs\/heads\//, '')}`];
  }
  const name = names[0];
  const theirs = resolveRev(r, name);
  if (!theirs || !readCommit(r, theirs)) {
    ctx.err(`merge: ${name} - not something we can merge\n`);
    return 1;
  }
  const head = headOid(r);
  if (!head) fatal('Not possible to fast-forward, aborting.');
  const paint = painter(wantColor(g, r, 'diff'));
  if (ancestors(r, head!).has(theirs)) {
    ctx.out('Already up to date.\n');
    return 0;
  }
  const ours = treeOf(r, head);
  const target = treeOf(r, theirs);
  fs.write(`${r.git}/ORIG_HEAD`, head + '\n');
  if (ancestors(r, theirs).has(head!) && !has(p, 'no-ff')) {
    // fast-forward: the working tree and index move to theirs
    const ch = compareTrees(ours, target, (_s, _p, o) => readBlob(r, o));
    const dirty = dirtyPaths(r, ch.flatMap((c) => [c.oldPath, c.newPath]).filter((x): x is string => !!x));
    if (dirty.length) {
      ctx.out(`Updating ${abbrev(r, head!)}..${abbrev(r, theirs)}\n`);
      ctx.err(refusal(dirty));
      return 1;
    }
    const index = readIndex(r);
    for (const c of ch) {
      if (!c.newPath) {
        fs.remove(abs(r, c.oldPath!));
        index.delete(c.oldPath!);
      } else {
        if (c.oldPath && c.oldPath !== c.newPath) {
          fs.remove(abs(r, c.oldPath));
          index.delete(c.oldPath);
        }
        writeFile(r, c.newPath, readBlob(r, c.newOid), c.newMode!);
        index.set(c.newPath, { mode: c.newMode!, oid: c.newOid });
      }
    }
    writeIndex(r, index);
    writeRef(r, headRef(r) ?? 'HEAD', theirs);
    ctx.out(`Updating ${abbrev(r, head!)}..${abbrev(r, theirs)}\nFast-forward\n${stat(ch, paint)}${summary(ch)}`);
    return 0;
  }
  // a true merge against the merge base
  const baseOid = mergeBase(r, head!, theirs);
  const base = treeOf(r, baseOid);
  const index = readIndex(r);
  const touched: string[] = [];
  const plan: { path: string; kind: 'take' | 'delete' | 'merge' }[] = [];
  for (const path of [...new Set([...base.keys(), ...ours.keys(), ...target.keys()])].sort()) {
    const b = base.get(path);
    const o = ours.get(path);
    const t = target.get(path);
    const same = (x?: { oid: string; mode: string }, y?: { oid: string; mode: string }) => (x?.oid ?? null) === (y?.oid ?? null) && (x?.mode ?? null) === (y?.mode ?? null);
    if (same(o, t) || same(t, b)) continue;
    if (same(o, b)) plan.push({ path, kind: t ? 'take' : 'delete' });
    else plan.push({ path, kind: 'merge' });
    touched.push(path);
  }
  const dirty = dirtyPaths(r, touched);
  if (dirty.length) {
    ctx.err(refusal(dirty) + 'Merge with strategy ort failed.\n');
    return 2;
  }
  const theirName = name;
  const conflicted: string[] = [];
  for (const { path, kind } of plan) {
    const b = base.get(path);
    const o = ours.get(path);
    const t = target.get(path);
    if (kind === 'take') {
      writeFile(r, path, readBlob(r, t!.oid), t!.mode);
      index.set(path, t!);
    } else if (kind === 'delete') {
      fs.remove(abs(r, path));
      index.delete(path);
    } else if (o && t) {
      ctx.out(`Auto-merging ${path}\n`);
      const m = merge3(b ? readBlob(r, b.oid) : '', readBlob(r, o.oid), readBlob(r, t.oid), 'HEAD', theirName);
      const mode = o.mode === (b?.mode ?? o.mode) ? t.mode : o.mode;
      writeFile(r, path, m.text, mode);
      if (m.conflicts) {
        ctx.out(`CONFLICT (${b ? 'content' : 'add/add'}): Merge conflict in ${path}\n`);
        index.set(path, { mode: o.mode, oid: o.oid, conflict: { ...(b ? { 1: b } : {}), 2: o, 3: t } });
        conflicted.push(path);
      } else index.set(path, { mode, oid: writeBlob(r, m.text) });
    } else {
      // modified on one side, deleted on the other: the modified version stays, unmerged
      const [gone, kept] = o ? [theirName, 'HEAD'] : ['HEAD', theirName];
      ctx.out(`CONFLICT (modify/delete): ${path} deleted in ${gone} and modified in ${kept}.  Version ${kept} of ${path} left in tree.\n`);
      const e = (o ?? t)!;
      writeFile(r, path, readBlob(r, e.oid), e.mode);
      index.set(path, { mode: e.mode, oid: e.oid, conflict: { ...(b ? { 1: b } : {}), ...(o ? { 2: o } : {}), ...(t ? { 3: t } : {}) } });
      conflicted.push(path);
    }
  }
  writeIndex(r, index);
  const into = branch && !['main', 'master'].includes(branch) ? ` into ${branch}` : '';
  const given = vals(p, 'message');
  const defaultMsg = given.length ? given.map((m) => stripspace(m, false)).join('\n') : `Merge ${describe(r, theirName)}${into}\n`;
  if (conflicted.length) {
    fs.write(mergeHead, theirs + '\n');
    fs.write(`${r.git}/MERGE_MSG`, `${defaultMsg}\n# Conflicts:\n${conflicted.map((c) => `#\t${c}\n`).join('')}`);
    fs.write(`${r.git}/MERGE_MODE`, '');
    ctx.out('Automatic merge failed; fix conflicts and then commit the result.\n');
    return 1;
  }
  let msg = vals(p, 'message').length ? vals(p, 'message').map((m) => stripspace(m, false)).join('\n') : defaultMsg;
  if (!vals(p, 'message').length && !noEdit(p) && ctx.tty && ctx.stdin === null) {
    const tpl =
      defaultMsg +
      '# Please enter a commit message to explain why this merge is necessary,\n# especially if it merges an updated upstream into a topic branch.\n#\n' +
      "# Lines starting with '#' will be ignored, and an empty message aborts\n# the commit.\n";
    const edited = yield* editMessage(g, `${r.git}/MERGE_MSG`, tpl);
    fs.remove(`${r.git}/MERGE_MSG`);
    if (edited === null) return 130;
    if (!edited) {
      ctx.err('Not committing merge; use \'git commit\' to complete the merge.\n');
      return 1;
    }
    msg = edited;
  }
  const now = ctx.world.now;
  const tree = writeIndexTree(r, index);
  const oid = writeCommit(r, { tree, parents: [head!, theirs], author: ident(ctx, r, 'author', now).line, committer: ident(ctx, r, 'committer', now).line, message: msg });
  writeRef(r, headRef(r) ?? 'HEAD', oid);
  const ch = compareTrees(ours, treeOf(r, oid), (_s, _p, o) => readBlob(r, o));
  ctx.out(`Merge made by the 'ort' strategy.\n${stat(ch, paint)}${summary(ch)}`);
  return 0;
}
