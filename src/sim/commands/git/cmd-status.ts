// git status (wt-status.c): the long format with its hints, -s/--short (XY path), -b, --ignored; also the text
// `git commit` prints when there is nothing to commit (its "Initial commit" heading).
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { adviceOn, getConfig } from './config';
import { parseOpts, tableFromUsage, has, val } from './opts';
import type { FileChange } from './diff';
import { abbrev, fromCwd, headOid, headRef, readCommit, readRef, type Repo } from './repo';
import { collect, type State } from './work';

const LABEL_W = 12;
const label = (s: string) => s + ' '.repeat(LABEL_W - s.length);

function what(c: FileChange): string {
  if (!c.oldPath) return 'new file:';
  if (!c.newPath) return 'deleted:';
  if (c.oldPath !== c.newPath) return 'renamed:';
  if (c.oldOid === c.newOid && c.oldMode !== c.newMode) return 'modified:';
  return 'modified:';
}

/** remote.c format_tracking_info: the branch against its upstream (branch.<name>.remote and .merge). */
function tracking(g: Git, r: Repo, branch: string, head: string, hints: boolean): string {
  const remote = getConfig(g.ctx, r, `branch.${branch}.remote`);
  const merge = getConfig(g.ctx, r, `branch.${branch}.merge`);
  if (!remote || !merge) return '';
  const up = `${remote}/${merge.replace(/^refs\/heads\//, '')}`;
  const upOid = readRef(r, `refs/remotes/${up}`);
  if (!upOid) return `Your branch is based on '${up}', but the upstream is gone.\n${hints ? '  (use "git branch --unset-upstream" to fixup)\n' : ''}\n`;
  const ancestors = (from: string) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...(readCommit(r, x)?.parents ?? []));
    }
    return seen;
  };
  const mine = ancestors(head);
  const theirs = ancestors(upOid);
  const ahead = [...mine].filter((x) => !theirs.has(x)).length;
  const behind = [...theirs].filter((x) => !mine.has(x)).length;
  const n = (k: number) => `${k} commit${k === 1 ? '' : 's'}`;
  if (!ahead && !behind) return `Your branch is up to date with '${up}'.\n\n`;
  if (ahead && !behind) return `Your branch is ahead of '${up}' by ${n(ahead)}.\n${hints ? '  (use "git push" to publish your local commits)\n' : ''}\n`;
  if (behind && !ahead) return `Your branch is behind '${up}' by ${n(behind)}, and can be fast-forwarded.\n${hints ? '  (use "git pull" to update your local branch)\n' : ''}\n`;
  return `Your branch and '${up}' have diverged,\nand have ${ahead} and ${behind} different commits each, respectively.\n${hints ? '  (use "git pull" to merge the remote branch into yours)\n' : ''}\n`;
}

/** wt_status_print: the long format. `initialWord`: "No commits yet" (status) or "Initial commit" (commit). */
export function longStatus(g: Git, r: Repo, st: State, initialWord: string, opts: { ignored?: boolean; untracked?: boolean; hints?: boolean } = {}): { text: string; committable: boolean } {
  const rel = (p: string) => fromCwd(r, g.cwd, p);
  const ref = headRef(r);
  let out = ref ? `On branch ${ref.replace(/^refs\/heads\//, '')}\n` : `HEAD detached at ${abbrev(r, headOid(r)!)}\n`;
  const hints = opts.hints ?? adviceOn(g.ctx, r, 'statusHints');
  if (!st.head) out += `\n${initialWord}\n\n`;
  else if (ref) out += tracking(g, r, ref.replace(/^refs\/heads\//, ''), st.head, hints);
  if (st.staged.length) {
    out += 'Changes to be committed:\n';
    if (hints) out += st.head ? '  (use "git restore --staged <file>..." to unstage)\n' : '  (use "git rm --cached <file>..." to unstage)\n';
    for (const c of st.staged) out += `\t${label(what(c))}${c.oldPath && c.newPath && c.oldPath !== c.newPath ? `${rel(c.oldPath)} -> ${rel(c.newPath)}` : rel(c.newPath ?? c.oldPath!)}\n`;
    out += '\n';
  }
  if (st.unstaged.length) {
    out += 'Changes not staged for commit:\n';
    if (hints) {
      out += st.unstaged.some((c) => !c.newPath) ? '  (use "git add/rm <file>..." to update what will be committed)\n' : '  (use "git add <file>..." to update what will be committed)\n';
      out += '  (use "git restore <file>..." to discard changes in working directory)\n';
    }
    for (const c of st.unstaged) out += `\t${label(what(c))}${rel(c.oldPath!)}\n`;
    out += '\n';
  }
  if (opts.untracked !== false && st.untracked.length) {
    out += 'Untracked files:\n';
    if (hints) out += '  (use "git add <file>..." to include in what will be committed)\n';
    for (const p of st.untracked) out += `\t${rel(p)}\n`;
    out += '\n';
  }
  if (opts.ignored && st.ignored.length) {
    out += 'Ignored files:\n';
    if (hints) out += '  (use "git add -f <file>..." to include in what will be committed)\n';
    for (const p of st.ignored) out += `\t${rel(p)}\n`;
    out += '\n';
  }
  const committable = st.staged.length > 0;
  if (!committable) {
    if (st.unstaged.length) out += hints ? 'no changes added to commit (use "git add" and/or "git commit -a")\n' : 'no changes added to commit\n';
    else if (st.untracked.length && opts.untracked !== false) out += hints ? 'nothing added to commit but untracked files present (use "git add" to track)\n' : 'nothing added to commit but untracked files present\n';
    else if (!st.head) out += hints ? 'nothing to commit (create/copy files and use "git add" to track)\n' : 'nothing to commit\n';
    else out += hints ? 'nothing to commit, working tree clean\n' : 'nothing to commit, working tree clean\n';
  }
  return { text: out, committable };
}

export function shortStatus(g: Git, r: Repo, st: State, o: { branch?: boolean; ignored?: boolean } = {}): string {
  const rel = (p: string) => fromCwd(r, g.cwd, p);
  const rows = new Map<string, { x: string; y: string; name: string }>();
  const code = (c: FileChange) => (!c.oldPath ? 'A' : !c.newPath ? 'D' : c.oldPath !== c.newPath ? 'R' : 'M');
  for (const c of st.staged) {
    const p = c.newPath ?? c.oldPath!;
    rows.set(p, { x: code(c), y: ' ', name: c.oldPath && c.newPath && c.oldPath !== c.newPath ? `${rel(c.oldPath)} -> ${rel(c.newPath)}` : rel(p) });
  }
  for (const c of st.unstaged) {
    const p = c.oldPath!;
    const row = rows.get(p) ?? { x: ' ', y: ' ', name: rel(p) };
    row.y = code(c);
    rows.set(p, row);
  }
  let out = '';
  if (o.branch) {
    const ref = headRef(r);
    out += ref ? `## ${st.head ? '' : 'No commits yet on '}${ref.replace(/^refs\/heads\//, '')}\n` : '## HEAD (no branch)\n';
  }
  for (const p of [...rows.keys()].sort()) out += `${rows.get(p)!.x}${rows.get(p)!.y} ${rows.get(p)!.name}\n`;
  for (const p of st.untracked) out += `?? ${rel(p)}\n`;
  if (o.ignored) for (const p of st.ignored) out += `!! ${rel(p)}\n`;
  return out;
}

export function* status(g: Git): CommandRun {
  const usage = USAGE.status;
  const p = parseOpts(g.args, tableFromUsage(usage), usage, { helpToStderr: true });
  const r = g.repo();
  const ignored = p.opts.has('ignored') && val(p, 'ignored') !== 'no';
  const untrackedMode = val(p, 'untracked-files');
  const st = collect(r, { ignored });
  if (untrackedMode === 'no') st.untracked = [];
  if (has(p, 'short') || p.opts.has('porcelain')) {
    g.ctx.out(shortStatus(g, r, st, { branch: has(p, 'branch'), ignored }));
    return 0;
  }
  g.ctx.out(longStatus(g, r, st, 'No commits yet', { ignored, untracked: untrackedMode !== 'no' }).text);
  return 0;
}
