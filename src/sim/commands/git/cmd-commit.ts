// git commit (builtin/commit.c, sequencer.c print_commit_summary): -m (each a paragraph), -F, -a, -q,
// --allow-empty, --allow-empty-message, --amend; the identity from ident.c; without -m the message is edited in
// $GIT_EDITOR / $VISUAL / $EDITOR / vi on .git/COMMIT_EDITMSG with commit.c's template; the summary line
// `[branch (root-commit) abc1234] subject`, the short stat and the create/delete lines.
import type { CommandRun } from '../../types';
import { Interrupt } from '../../types';
import type { EditRequest } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { ident, splitIdent, showDate, globalConfigExists } from './config';
import { noEdit, parseOpts, tableFromUsage, has, val, vals } from './opts';
import { compareTrees, shortstat, summary } from './diff';
import { abbrev, fatal, headOid, headRef, readBlob, readCommit, readIndex, readRef, treeFiles, writeBlob, writeCommit, writeIndex, writeIndexTree, writeRef, type Repo, readText, subjectOf } from './repo';
import { collect } from './work';
import { longStatus } from './cmd-status';
import { editFile } from '../editor';

const IMPLICIT_NOCONFIG =
  'Your name and email address were configured automatically based\n' +
  'on your username and hostname. Please check that they are accurate.\n' +
  'You can suppress this message by setting them explicitly. Run the\n' +
  'following command and follow the instructions in your editor to edit\n' +
  'your configuration file:\n' +
  '\n' +
  '    git config --global --edit\n' +
  '\n' +
  'After doing this, you may fix the identity used for this commit with:\n' +
  '\n' +
  '    git commit --amend --reset-author\n';

const IMPLICIT_CONFIG =
  'Your name and email address were configured automatically based\n' +
  'on your username and hostname. Please check that they are accurate.\n' +
  'You can suppress this message by setting them explicitly:\n' +
  '\n' +
  '    git config --global user.name "Your Name"\n' +
  '    git config --global user.email you@example.com\n' +
  '\n' +
  'After doing this, you may fix the identity used for this commit with:\n' +
  '\n' +
  '    git commit --amend --reset-author\n';

/** strbuf_stripspace with comments: trailing spaces, comment lines and extra blank lines go. */
export function stripspace(msg: string, comments: boolean): string {
  const lines = msg.split('\n').map((l) => l.replace(/\s+$/, ''));
  const out: string[] = [];
  for (const l of lines) {
    if (comments && l.startsWith('#')) continue;
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? out.join('\n') + '\n' : '';
}

/** status lines as COMMIT_EDITMSG holds them: `# ` before text, `#` alone before a tab or on an empty line. */
const commented = (text: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l === '' ? '#' : l.startsWith('\t') ? '#' + l : '# ' + l))
    .join('\n') + '\n';

export function* commit(g: Git): CommandRun {
  const usage = USAGE.commit;
  const p = parseOpts(g.args, tableFromUsage(usage), usage, { helpToStderr: true });
  const r = g.repo();
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  const now = ctx.world.now;
  const amend = has(p, 'amend');
  if (has(p, 'all') && p.args.length) fatal(`paths '${p.args.join(' ...')}' with -a does not make sense`);
  // -a: tracked files as the working tree has them
  if (has(p, 'all')) {
    const st = collect(r);
    const index = readIndex(r);
    for (const c of st.unstaged) {
      if (!c.newPath) index.delete(c.oldPath!);
      else {
        writeBlob(r, c.newText);
        index.set(c.newPath, { mode: c.newMode!, oid: c.newOid });
      }
    }
    writeIndex(r, index);
  }
  const head = headOid(r);
  // a merge being concluded (MERGE_HEAD): no unmerged paths may be left; the merged commit is the second parent
  const index0 = readIndex(r);
  const unmerged = [...index0.keys()].filter((k) => index0.get(k)!.conflict).sort();
  if (unmerged.length) {
    ctx.out(unmerged.map((u) => `U\t${u}\n`).join(''));
    ctx.err("error: Committing is not possible because you have unmerged files.\nhint: Fix them up in the work tree, and then use 'git add/rm <file>'\nhint: as appropriate to mark resolution and make a commit.\n");
    fatal('Exiting because of an unresolved conflict.');
  }
  const merging = !amend ? readRef(r, 'MERGE_HEAD') : null;
  const mergeMsg = merging ? (readText(fs, `${r.git}/MERGE_MSG`) ?? '') : '';
  const prev = amend && head ? readCommit(r, head) : null;
  if (amend && !head) fatal('You have nothing to amend.');
  const author = ident(ctx, r, 'author', now);
  const committer = ident(ctx, r, 'committer', now);
  const index = readIndex(r);
  const st = collect(r);
  const parentTree = prev ? (prev.parents[0] ? (readCommit(r, prev.parents[0])?.tree ?? null) : null) : head ? (readCommit(r, head)?.tree ?? null) : null;
  if (!amend && !merging && !st.staged.length && !has(p, 'allow-empty')) {
    const s = longStatus(g, r, st, 'Initial commit');
    ctx.out(s.text);
    return 1;
  }
  let msg: string | null = null;
  const ms = vals(p, 'message');
  if (ms.length) msg = ms.map((m) => stripspace(m, false)).join('\n');
  else if (val(p, 'file') !== undefined) {
    const f = val(p, 'file')!;
    const t = f === '-' ? (ctx.stdin ?? '') : readText(fs, fs.resolve(g.cwd, f));
    if (t === null) fatal(`could not read log file '${f}': No such file or directory`);
    msg = stripspace(String(t), true);
  } else if (prev && noEdit(p)) msg = prev.message;
  // without the editor the cleanup is "whitespace": the "# Conflicts:" lines stay in the message
  else if (merging && noEdit(p)) msg = stripspace(mergeMsg, false);
  else {
    // the editor on COMMIT_EDITMSG
    const path = `${r.git}/COMMIT_EDITMSG`;
    let tpl = merging ? mergeMsg + '\n' : (prev ? prev.message : '') + '\n';
    tpl += commented("Please enter the commit message for your changes. Lines starting\nwith '#' will be ignored, and an empty message aborts the commit.\n");
    if (author.name !== committer.name || author.email !== committer.email) tpl += `#\n# Author:    ${author.name} <${author.email}>\n`;
    if (!committer.given) tpl += `#\n# Committer: ${committer.name} <${committer.email}>\n`;
    tpl += '#\n';
    tpl += commented(longStatus(g, r, st, 'Initial commit', { hints: false }).text.replace(/\n(no changes|nothing).*\n$/, '\n'));
    fs.write(path, tpl);
    const env = ctx.frame.env;
    const editorCmd = env.GIT_EDITOR || env.VISUAL || env.EDITOR || 'vi';
    const name = editorCmd.split('/').pop()!.split(' ')[0];
    const editor = (['vi', 'vim', 'nano'].includes(name) ? name : 'vi') as EditRequest['editor'];
    const before = fs.get(path)?.mtime;
    yield* editFile(ctx, path, editor);
    if (ctx.session.interactiveEditor) {
      try {
        while (fs.get(path)?.mtime === before && String(readText(fs, path)) === tpl && !ctx.session.editorClosed?.(ctx.host.id, path)) yield { wait: 500 };
      } catch (e) {
        if (e instanceof Interrupt) return 130;
        throw e;
      }
    }
    msg = stripspace(String(readText(fs, path) ?? ''), true);
  }
  if (!msg && !has(p, 'allow-empty-message')) {
    ctx.err('Aborting commit due to empty commit message.\n');
    return 1;
  }
  const tree = writeIndexTree(r, index);
  const parents = prev ? prev.parents : head ? [head, ...(merging ? [merging] : [])] : [];
  const authorLine = prev && !has(p, 'reset-author') ? prev.author : author.line;
  const oid = writeCommit(r, { tree, parents, author: authorLine, committer: committer.line, message: msg ?? '' });
  const ref = headRef(r);
  if (ref) writeRef(r, ref, oid);
  else fs.write(`${r.git}/HEAD`, oid + '\n');
  fs.write(`${r.git}/COMMIT_EDITMSG`, msg ?? '');
  for (const f of ['MERGE_HEAD', 'MERGE_MSG', 'MERGE_MODE']) fs.remove(`${r.git}/${f}`);
  if (has(p, 'quiet')) return 0;
  // print_commit_summary
  const branch = ref ? ref.replace(/^refs\/heads\//, '') : 'detached HEAD';
  const subject = subjectOf(msg ?? '');
  let out = `[${branch}${head ? '' : ' (root-commit)'} ${abbrev(r, oid)}] ${subject}\n`;
  const a = splitIdent(authorLine);
  if (a.name !== committer.name || a.email !== committer.email) out += ` Author: ${a.name} <${a.email}>\n`;
  if (prev && !has(p, 'reset-author')) out += ` Date: ${showDate(a.secs, a.zone)}\n`;
  if (!committer.given) out += ` Committer: ${committer.name} <${committer.email}>\n` + (globalConfigExists(ctx) ? IMPLICIT_CONFIG : IMPLICIT_NOCONFIG) + '\n';
  const changes = compareTrees(treeFiles(r, parentTree), index, (_s, _p, o) => readBlob(r, o));
  // a merge commit's summary has no diffstat (log_tree_commit shows nothing for it)
  if (parents.length < 2) out += shortstat(changes) + summary(changes);
  ctx.out(out);
  return 0;
}

export type { Repo };
