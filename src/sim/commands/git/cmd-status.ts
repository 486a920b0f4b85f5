// git status (wt-status.c): the long format with its hints, -s/--short (XY path), -b, --ignored; also the text
// `git commit` prints when there is nothing to commit (its "Initial commit" heading).
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { adviceOn, getConfig } from './config';
import { parseOpts, tableFromUsage, has, val } from './opts';
import type { FileChange } from './diff';
import { abbrev, ancestors, fromCwd, headOid, headRef, peel, readCommit, readRef, readText, type Repo } from './repo';
import { collect, type State } from './work';
import { GREEN, RED, painter, plain, wantColor, type Paint } from './color';

const LABEL_W = 12;
const label = (s: string) => s + ' '.repeat(LABEL_W - s.length);

function what(c: FileChange): string {
  if (!c.oldPath) return 'new file:';
  if (!c.newPath) return 'deleted:';
  if (c.oldPath !== c.newPath) return 'renamed:';
  if (c.oldOid === c.newOid && c.oldMode !== c.newMode) return 'modified:';
  return 'modified:';
}

/** stat_tracking_info: the upstream's short name, and how many commits each side has that the other lacks. */
export function trackingCounts(g: Git, r: Repo, branch: string, head: string | null): { up: string; gone: boolean; ahead: number; behind: number } | null {
  const remote = getConfig(g.ctx, r, `branch.${branch}.remote`);
  const merge = getConfig(g.ctx, r, `branch.${branch}.merge`);
  if (!remote || !merge) return null;
  const up = `${remote}/${merge.replace(/^refs\/heads\//, '')}`;
  const upOid = readRef(r, `refs/remotes/${up}`);
  if (!upOid || !head) return { up, gone: !upOid, ahead: 0, behind: 0 };
  const mine = ancestors(r, head);
  const theirs = ancestors(r, upOid);
  return { up, gone: false, ahead: [...mine].filter((x) => !theirs.has(x)).length, behind: [...theirs].filter((x) => !mine.has(x)).length };
}

/** remote.c format_tracking_info: the branch against its upstream (branch.<name>.remote and .merge). */
function tracking(g: Git, r: Repo, branch: string, head: string, hints: boolean): string {
  const t = trackingCounts(g, r, branch, head);
  if (!t) return '';
  const { up, ahead, behind } = t;
  if (t.gone) return `Your branch is based on '${up}', but the upstream is gone.\n${hints ? '  (use "git branch --unset-upstream" to fixup)\n' : ''}\n`;
  const n = (k: number) => `${k} commit${k === 1 ? '' : 's'}`;
  if (!ahead && !behind) return `Your branch is up to date with '${up}'.\n\n`;
  if (ahead && !behind) return `Your branch is ahead of '${up}' by ${n(ahead)}.\n${hints ? '  (use "git push" to publish your local commits)\n' : ''}\n`;
  if (behind && !ahead) return `Your branch is behind '${up}' by ${n(behind)}, and can be fast-forwarded.\n${hints ? '  (use "git pull" to update your local branch)\n' : ''}\n`;
  return `Your branch and '${up}' have diverged,\nand have ${ahead} and ${behind} different commits each, respectively.\n${hints ? '  (use "git pull" to merge the remote branch into yours)\n' : ''}\n`;
}

/** wt_status_print: the long format. `initialWord`: "No commits yet" (status) or "Initial commit" (commit). */
/** wt_status_get_detached_from: "detached at X" / "detached from X" from HEAD's last checkout in its reflog, X the
 * tag or remote-tracking branch named there (else the commit's short id). */
export function detachedFrom(r: Repo): string {
  const head = headOid(r)!;
  const log = readText(r.ctx.host.fs, `${r.git}/logs/HEAD`) ?? '';
  const lines = log.split('\n').filter(Boolean).reverse();
  for (const l of lines) {
    const m = /^\S+ (\S+) [^\t]*\tcheckout: moving from .* to (.*)$/.exec(l);
    if (!m) continue;
    const [, noid, to] = m;
    let from = abbrev(r, noid);
    for (const ref of [`refs/tags/${to}`, `refs/remotes/${to}`]) {
      const t = readRef(r, ref);
      if (to !== 'HEAD' && t && peel(r, t) === noid) from = to;
    }
    return `${noid === head ? 'detached at' : 'detached from'} ${from}`;
  }
  return `detached at ${abbrev(r, head)}`;
}

/** wt_status_unmerged_status_string for the stages a conflicted path has. */
function unmergedLabel(e: { conflict?: { 1?: unknown; 2?: unknown; 3?: unknown } } | undefined): { long: string; short: string } {
  const c = e?.conflict ?? {};
  const k = (c[1] ? 1 : 0) | (c[2] ? 2 : 0) | (c[3] ? 4 : 0);
  const table: Record<number, [string, string]> = {
    1: ['both deleted:', 'DD'],
    2: ['added by us:', 'AU'],
    3: ['deleted by them:', 'UD'],
    4: ['added by them:', 'UA'],
    5: ['deleted by us:', 'DU'],
    6: ['both added:', 'AA'],
    7: ['both modified:', 'UU'],
  };
  const [long, short] = table[k] ?? table[7];
  return { long, short };
}

/** wt_status_print: the long format. `initialWord`: "No commits yet" (status) or "Initial commit" (commit). */
export function longStatus(
  g: Git,
  r: Repo,
  st: State,
  initialWord: string,
  opts: { ignored?: boolean; untracked?: boolean; hints?: boolean; paint?: Paint } = {},
): { text: string; committable: boolean } {
  const rel = (p: string) => fromCwd(r, g.cwd, p);
  const paint = opts.paint ?? plain;
  const ref = headRef(r);
  let out = ref ? `On branch ${ref.replace(/^refs\/heads\//, '')}\n` : `${paint(RED, `HEAD ${detachedFrom(r).replace(/ \S+$/, ' ')}`)}${detachedFrom(r).replace(/^.* /, '')}\n`;
  const hints = opts.hints ?? adviceOn(g.ctx, r, 'statusHints');
  const merging = g.ctx.host.fs.exists(`${r.git}/MERGE_HEAD`);
  if (!st.head) out += `\n${initialWord}\n\n`;
  else if (ref) out += tracking(g, r, ref.replace(/^refs\/heads\//, ''), st.head, hints);
  if (merging && st.unmerged.length) out += `You have unmerged paths.\n${hints ? '  (fix conflicts and run "git commit")\n  (use "git merge --abort" to abort the merge)\n' : ''}\n`;
  else if (merging) out += `All conflicts fixed but you are still merging.\n${hints ? '  (use "git commit" to conclude merge)\n' : ''}\n`;
  if (st.staged.length) {
    out += 'Changes to be committed:\n';
    if (hints && !merging) out += st.head ? '  (use "git restore --staged <file>..." to unstage)\n' : '  (use "git rm --cached <file>..." to unstage)\n';
    for (const c of st.staged) out += `\t${paint(GREEN, label(what(c)) + (c.oldPath && c.newPath && c.oldPath !== c.newPath ? `${rel(c.oldPath)} -> ${rel(c.newPath)}` : rel(c.newPath ?? c.oldPath!)))}\n`;
    out += '\n';
  }
  if (st.unmerged.length) {
    out += 'Unmerged paths:\n';
    const del = st.unmerged.some((p) => unmergedLabel(st.index.get(p)).long.startsWith('deleted') || unmergedLabel(st.index.get(p)).long === 'both deleted:');
    if (hints) out += del ? '  (use "git add/rm <file>..." as appropriate to mark resolution)\n' : '  (use "git add <file>..." to mark resolution)\n';
    for (const p of st.unmerged) out += `\t${paint(RED, unmergedLabel(st.index.get(p)).long.padEnd(17) + rel(p))}\n`;
    out += '\n';
  }
  if (st.unstaged.length) {
    out += 'Changes not staged for commit:\n';
    if (hints) {
      out += st.unstaged.some((c) => !c.newPath) ? '  (use "git add/rm <file>..." to update what will be committed)\n' : '  (use "git add <file>..." to update what will be committed)\n';
      out += '  (use "git restore <file>..." to discard changes in working directory)\n';
    }
    for (const c of st.unstaged) out += `\t${paint(RED, label(what(c)) + rel(c.oldPath!))}\n`;
    out += '\n';
  }
  if (opts.untracked !== false && st.untracked.length) {
    out += 'Untracked files:\n';
    if (hints) out += '  (use "git add <file>..." to include in what will be committed)\n';
    for (const p of st.untracked) out += `\t${paint(RED, rel(p))}\n`;
    out += '\n';
  }
  if (opts.ignored && st.ignored.length) {
    out += 'Ignored files:\n';
    if (hints) out += '  (use "git add -f <file>..." to include in what will be committed)\n';
    for (const p of st.ignored) out += `\t${paint(RED, rel(p))}\n`;
    out += '\n';
  }
  const committable = st.staged.length > 0;
  if (!committable) {
    if (st.unstaged.length || st.unmerged.length) out += hints ? 'no changes added to commit (use "git add" and/or "git commit -a")\n' : 'no changes added to commit\n';
    else if (st.untracked.length && opts.untracked !== false) out += hints ? 'nothing added to commit but untracked files present (use "git add" to track)\n' : 'nothing added to commit but untracked files present\n';
    else if (!st.head) out += hints ? 'nothing to commit (create/copy files and use "git add" to track)\n' : 'nothing to commit\n';
    else out += hints ? 'nothing to commit, working tree clean\n' : 'nothing to commit, working tree clean\n';
  }
  return { text: out, committable };
}

export function shortStatus(g: Git, r: Repo, st: State, o: { branch?: boolean; ignored?: boolean; paint?: Paint } = {}): string {
  const rel = (p: string) => fromCwd(r, g.cwd, p);
  const paint = o.paint ?? plain;
  const rows = new Map<string, { x: string; y: string; name: string; unmerged?: string }>();
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
  for (const p of st.unmerged) rows.set(p, { x: '', y: '', name: rel(p), unmerged: unmergedLabel(st.index.get(p)).short });
  let out = '';
  if (o.branch) {
    const ref = headRef(r);
    if (!ref) out += `## ${paint(RED, 'HEAD (no branch)')}\n`;
    else {
      const name = ref.replace(/^refs\/heads\//, '');
      out += `## ${st.head ? '' : 'No commits yet on '}${paint(GREEN, name)}`;
      const t = trackingCounts(g, r, name, st.head);
      if (t) {
        out += `...${paint(RED, t.up)}`;
        if (t.gone) out += ' [gone]';
        else if (t.ahead && t.behind) out += ` [ahead ${paint(GREEN, String(t.ahead))}, behind ${paint(RED, String(t.behind))}]`;
        else if (t.ahead) out += ` [ahead ${paint(GREEN, String(t.ahead))}]`;
        else if (t.behind) out += ` [behind ${paint(RED, String(t.behind))}]`;
      }
      out += '\n';
    }
  }
  for (const p of [...rows.keys()].sort()) {
    const row = rows.get(p)!;
    if (row.unmerged) out += `${paint(RED, row.unmerged)} ${row.name}\n`;
    else out += `${row.x === ' ' ? ' ' : paint(GREEN, row.x)}${row.y === ' ' ? ' ' : paint(RED, row.y)} ${row.name}\n`;
  }
  for (const p of st.untracked) out += `${paint(RED, '??')} ${rel(p)}\n`;
  if (o.ignored) for (const p of st.ignored) out += `${paint(RED, '!!')} ${rel(p)}\n`;
  return out;
}

export function* status(g: Git): CommandRun {
  const usage = USAGE.status;
  const p = parseOpts(g.args, tableFromUsage(usage), usage, { helpToStderr: true });
  const r = g.repo();
  const ignored = p.opts.has('ignored') && val(p, 'ignored') !== 'no';
  const untrackedMode = val(p, 'untracked-files');
  const st = collect(r, { ignored });
  const paint = painter(wantColor(g, r, 'status'));
  if (untrackedMode === 'no') st.untracked = [];
  if (has(p, 'short') || p.opts.has('porcelain')) {
    // --porcelain never colours
    g.ctx.out(shortStatus(g, r, st, { branch: has(p, 'branch'), ignored, paint: p.opts.has('porcelain') ? plain : paint }));
    return 0;
  }
  g.ctx.out(longStatus(g, r, st, 'No commits yet', { ignored, untracked: untrackedMode !== 'no', paint }).text);
  return 0;
}
