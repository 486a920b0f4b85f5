// git branch (builtin/branch.c: list, -v, create, -d/-D, -m, --show-current), git switch and git checkout
// (builtin/checkout.c: branches, -c/-b, paths from the index), git restore and git reset (builtin/reset.c).
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { adviceOn } from './config';
import { parseOpts, tableFromUsage, has, val, usageError } from './opts';
import { abbrev, abs, appendReflog, branches, fatal, fileMode, headOid, headRef, readBlob, readCommit, readIndex, readRef, resolveRev, treeFiles, validBranch, writeIndex, writeRef, type Index, type Repo , subjectOf } from './repo';
import { collect, worktreeIndexEntry } from './work';
import { trackingCounts, detachedFrom } from './cmd-status';
import { ident } from './config';
import { matches, specs } from './cmd-add';
import { relPath, readText } from './repo';
import { BLUE, GREEN, RED, painter, takeColorOption, wantColor } from './color';

const relPathOf = (g: Git, r: Repo, p: string) => relPath(r, g.cwd, p) ?? p;

const current = (r: Repo) => headRef(r)?.replace(/^refs\/heads\//, '') ?? null;

function commitOf(r: Repo, rev: string): string {
  const oid = resolveRev(r, rev);
  if (!oid || !readCommit(r, oid)) fatal(`not a valid object name: '${rev}'`);
  return oid!;
}

function createBranch(r: Repo, name: string, start: string) {
  if (!validBranch(name)) fatal(`'${name}' is not a valid branch name`);
  if (readRef(r, `refs/heads/${name}`)) fatal(`a branch named '${name}' already exists`);
  writeRef(r, `refs/heads/${name}`, commitOf(r, start));
}

/** Is `oid` reachable from `from`? */
function reachable(r: Repo, from: string | null, oid: string): boolean {
  const stack = from ? [from] : [];
  const seen = new Set<string>();
  while (stack.length) {
    const x = stack.pop()!;
    if (x === oid) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    stack.push(...(readCommit(r, x)?.parents ?? []));
  }
  return false;
}

export function* branch(g: Git): CommandRun {
  const usage = USAGE.branch;
  const { args, color } = takeColorOption(g.args);
  const p = parseOpts(args, tableFromUsage(usage), usage);
  const r = g.repo();
  const paint = painter(wantColor(g, r, 'branch', color));
  const ctx = g.ctx;
  if (has(p, 'show-current')) {
    const c = current(r);
    if (c) ctx.out(c + '\n');
    return 0;
  }
  const del = has(p, 'delete') || has(p, 'D');
  if (del) {
    if (!p.args.length) fatal('branch name required');
    let status = 0;
    for (const name of p.args) {
      const oid = readRef(r, `refs/heads/${name}`);
      if (!oid) {
        ctx.err(`error: branch '${name}' not found\n`);
        status = 1;
        continue;
      }
      if (current(r) === name) {
        ctx.err(`error: cannot delete branch '${name}' used by worktree at '${r.top}'\n`);
        status = 1;
        continue;
      }
      if (!has(p, 'D') && !has(p, 'force') && !reachable(r, headOid(r), oid)) {
        ctx.err(`error: the branch '${name}' is not fully merged.\nIf you are sure you want to delete it, run 'git branch -D ${name}'\n`);
        status = 1;
        continue;
      }
      ctx.host.fs.remove(`${r.git}/refs/heads/${name}`);
      ctx.out(`Deleted branch ${name} (was ${abbrev(r, oid)}).\n`);
    }
    return status;
  }
  if (has(p, 'move') || has(p, 'M')) {
    if (!p.args.length || p.args.length > 2) fatal('branch name required');
    const [from, to] = p.args.length === 2 ? p.args : [current(r)!, p.args[0]];
    if (!validBranch(to)) fatal(`'${to}' is not a valid branch name`);
    const oid = readRef(r, `refs/heads/${from}`);
    if (readRef(r, `refs/heads/${to}`) && !has(p, 'M')) fatal(`a branch named '${to}' already exists`);
    if (!oid && from !== current(r)) fatal(`no branch named '${from}'`);
    if (oid) {
      ctx.host.fs.remove(`${r.git}/refs/heads/${from}`);
      writeRef(r, `refs/heads/${to}`, oid);
    }
    if (current(r) === from) ctx.host.fs.write(`${r.git}/HEAD`, `ref: refs/heads/${to}\n`);
    return 0;
  }
  if (p.args.length && !has(p, 'list')) {
    if (p.args.length > 2) fatal('too many arguments for a create operation');
    const start = p.args[1] ?? 'HEAD';
    if (start === 'HEAD' && !headOid(r)) fatal(`not a valid object name: '${current(r) ?? 'HEAD'}'`);
    createBranch(r, p.args[0], start);
    return 0;
  }
  // the list
  const names = branches(r);
  const cur = current(r);
  const verbose = has(p, 'verbose');
  const rows: [string, string][] = names.map((n) => [n, readRef(r, `refs/heads/${n}`)!]);
  if (!cur && headOid(r)) rows.unshift([`(HEAD ${detachedFrom(r)})`, headOid(r)!]);
  // -r / -a: the remote-tracking branches (refs/remotes), origin/HEAD as a symbolic ref
  const remotes: [string, string][] = [];
  const symbolic = new Map<string, string>();
  if (has(p, 'remotes') || has(p, 'all')) {
    const fs = ctx.host.fs;
    const walk = (dir: string, prefix: string) => {
      const l = fs.list(dir);
      if (typeof l === 'string') return;
      for (const e of l) {
        if (e.type === 'dir') walk(`${dir}/${e.name}`, `${prefix}${e.name}/`);
        else {
          const t = readText(fs, `${dir}/${e.name}`) ?? '';
          if (t.startsWith('ref: ')) symbolic.set(prefix + e.name, t.slice(5).trim().replace(/^refs\/remotes\//, ''));
          else remotes.push([prefix + e.name, t.trim()]);
        }
      }
    };
    walk(`${r.git}/refs/remotes`, '');
    for (const k of symbolic.keys()) remotes.push([k, '']);
    remotes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    if (has(p, 'remotes')) rows.length = 0;
  }
  const shownRemote = (n: string) => (has(p, 'all') ? `remotes/${n}` : n);
  const w = Math.max(0, ...rows.map(([n]) => n.length), ...remotes.map(([n]) => shownRemote(n).length));
  let out = '';
  const tail = () => {
    for (const [n, oid] of remotes) {
      if (symbolic.has(n)) out += `  ${paint(RED, verbose ? shownRemote(n).padEnd(w) : shownRemote(n))} -> ${symbolic.get(n)}\n`;
      else if (!verbose) out += `  ${paint(RED, shownRemote(n))}\n`;
      else out += `  ${paint(RED, shownRemote(n).padEnd(w))} ${abbrev(r, oid)} ${subjectOf(readCommit(r, oid)?.message ?? '')}\n`;
    }
  };
  // -vv: the upstream, and how far ahead or behind it the branch is (branch.c fill_tracking_info)
  const vv = (n: string): string => {
    if ((p.opts.get('verbose') ?? []).filter((x) => x !== false).length < 2 || n.startsWith('(')) return '';
    const t = trackingCounts(g, r, n, readRef(r, `refs/heads/${n}`));
    if (!t) return '';
    const how = t.gone ? ': gone' : t.ahead && t.behind ? `: ahead ${t.ahead}, behind ${t.behind}` : t.ahead ? `: ahead ${t.ahead}` : t.behind ? `: behind ${t.behind}` : '';
    return `[${paint(BLUE, t.up)}${how}] `;
  };
  for (const [n, oid] of rows) {
    const mine = n === cur || n.startsWith('(HEAD');
    const mark = mine ? '* ' : '  ';
    const shown = paint(mine ? GREEN : '', verbose ? n.padEnd(w) : n);
    if (!verbose) out += `${mark}${shown}\n`;
    else {
      const subject = subjectOf(readCommit(r, oid)!.message);
      out += `${mark}${shown} ${abbrev(r, oid)} ${vv(n)}${subject}\n`;
    }
  }
  tail();
  return yield* g.page(out);
}

/** Move the working tree and index from HEAD's tree to `target`'s, keeping local changes that do not clash. */
function checkoutTree(g: Git, r: Repo, target: string): boolean {
  const fs = g.ctx.host.fs;
  const st = collect(r);
  const from = st.headFiles;
  const to = treeFiles(r, readCommit(r, target)?.tree ?? null);
  const index = st.index;
  const clash: string[] = [];
  const paths = new Set([...from.keys(), ...to.keys()]);
  for (const p of paths) {
    const a = from.get(p);
    const b = to.get(p);
    if (a?.oid === b?.oid && a?.mode === b?.mode) continue;
    const idx = index.get(p);
    const wt = worktreeIndexEntry(r, p);
    const dirtyIndex = idx?.oid !== a?.oid;
    const dirtyWt = idx ? wt?.oid !== idx.oid : !!wt;
    if ((dirtyIndex && idx?.oid !== b?.oid) || (dirtyWt && (!a || wt?.oid !== b?.oid))) clash.push(p);
  }
  if (clash.length) {
    const untracked = clash.filter((p) => !index.has(p));
    const tracked = clash.filter((p) => index.has(p));
    if (tracked.length) g.ctx.err(`error: Your local changes to the following files would be overwritten by checkout:\n${tracked.map((p) => `\t${p}\n`).join('')}Please commit your changes or stash them before you switch branches.\n`);
    if (untracked.length) g.ctx.err(`error: The following untracked working tree files would be overwritten by checkout:\n${untracked.map((p) => `\t${p}\n`).join('')}Please move or remove them before you switch branches.\n`);
    g.ctx.err('Aborting\n');
    return false;
  }
  for (const p of paths) {
    const a = from.get(p);
    const b = to.get(p);
    if (a?.oid === b?.oid && a?.mode === b?.mode) continue;
    if (!b) {
      fs.remove(abs(r, p));
      index.delete(p);
      continue;
    }
    fs.mkdir(fs.dirname(abs(r, p)), true);
    fs.write(abs(r, p), readBlob(r, b.oid), false, b.mode === '100755' ? 0o777 : 0o666);
    index.set(p, b);
  }
  writeIndex(r, index);
  return true;
}

function* switchTo(g: Git, r: Repo, name: string, create: boolean, force: boolean): CommandRun {
  const ctx = g.ctx;
  if (create) {
    if (!validBranch(name)) fatal(`'${name}' is not a valid branch name`);
    if (readRef(r, `refs/heads/${name}`) && !force) fatal(`a branch named '${name}' already exists`);
    const head = headOid(r);
    if (head) writeRef(r, `refs/heads/${name}`, head);
    ctx.host.fs.write(`${r.git}/HEAD`, `ref: refs/heads/${name}\n`);
    ctx.err(`Switched to a new branch '${name}'\n`);
    return 0;
  }
  const oid = readRef(r, `refs/heads/${name}`);
  if (!oid) fatal(`invalid reference: ${name}`);
  if (current(r) === name) {
    ctx.err(`Already on '${name}'\n`);
    return 0;
  }
  const old = headRef(r) ? null : headOid(r);
  if (!checkoutTree(g, r, oid!)) return 1;
  if (old && old !== oid) ctx.err(`Previous HEAD position was ${abbrev(r, old)} ${subjectOf(readCommit(r, old)!.message)}\n`);
  logCheckout(g, r, headOid(r), oid!, current(r) ?? headOid(r) ?? '', name);
  ctx.host.fs.write(`${r.git}/HEAD`, `ref: refs/heads/${name}\n`);
  ctx.err(`Switched to branch '${name}'\n`);
  return 0;
}

/** HEAD's reflog line for a checkout, which status reads back to say where HEAD was detached. */
function logCheckout(g: Git, r: Repo, old: string | null, oid: string, from: string, to: string) {
  let who: string;
  try {
    who = ident(g.ctx, r, 'committer', g.ctx.world.now).line;
  } catch {
    return;
  }
  appendReflog(r, 'HEAD', old, oid, who, `checkout: moving from ${from} to ${to}`);
}

/** -q/--quiet of switch and checkout: the errors stay, the reports ("Switched to ...", advice) go. */
function quieted(g: Git, quiet: boolean): Git {
  if (!quiet) return g;
  const err = (t: string) => {
    if (/^(error|warning|fatal):|^Aborting/.test(t)) g.ctx.err(t);
  };
  return { ...g, ctx: Object.assign(Object.create(g.ctx) as typeof g.ctx, { err }) };
}

export function* switchCmd(g0: Git): CommandRun {
  const usage = USAGE.switch;
  const p = parseOpts(g0.args, tableFromUsage(usage), usage);
  const g = quieted(g0, has(p, 'quiet'));
  const r = g.repo();
  if (has(p, 'detach')) {
    const oid = resolveRev(r, p.args[0] ?? 'HEAD');
    if (!oid) fatal(`invalid reference: ${p.args[0]}`);
    return detach(g, r, p.args[0] ?? 'HEAD', oid!, true);
  }
  const create = val(p, 'create') ?? val(p, 'force-create');
  if (create !== undefined) {
    if (p.args.length > 1) fatal(`'${p.args[1]}' is not a commit and a branch '${create}' cannot be created from it`);
    return yield* switchTo(g, r, create, true, val(p, 'force-create') !== undefined);
  }
  if (!p.args.length) fatal('missing branch or commit argument');
  if (p.args.length > 1) fatal('only one reference expected');
  return yield* switchTo(g, r, p.args[0], false, false);
}

function restorePaths(g: Git, r: Repo, args: string[], o: { staged: boolean; worktree: boolean; source?: string; verb: 'restore' | 'checkout' }): number {
  const fs = g.ctx.host.fs;
  const sp = specs(g, r, args);
  const index = readIndex(r);
  const head = headOid(r);
  const source: Index = o.source ? treeFiles(r, readCommit(r, commitOf(r, o.source))?.tree ?? null) : o.staged ? (head ? treeFiles(r, readCommit(r, head)?.tree ?? null) : new Map()) : index;
  let status = 0;
  let count = 0;
  for (let i = 0; i < sp.length; i++) {
    const hits = new Set([...source.keys(), ...(o.staged ? index.keys() : [])].filter((f) => matches(sp[i], f)));
    if (!hits.size) {
      g.ctx.err(`error: pathspec '${args[i]}' did not match any file(s) known to git\n`);
      status = 1;
      continue;
    }
    for (const f of hits) {
      const e = source.get(f);
      count++;
      if (o.staged) {
        if (e) index.set(f, e);
        else index.delete(f);
      }
      if (o.worktree && e) {
        fs.mkdir(fs.dirname(abs(r, f)), true);
        fs.write(abs(r, f), readBlob(r, e.oid), false, e.mode === '100755' ? 0o777 : 0o666);
        if (!o.staged && o.source) index.set(f, e);
      }
    }
  }
  if (status) return status;
  writeIndex(r, index);
  if (o.verb === 'checkout') g.ctx.err(`Updated ${count} path${count === 1 ? '' : 's'} from ${o.source ? 'the tree' : 'the index'}\n`);
  return 0;
}

export function* checkout(g0: Git): CommandRun {
  const usage = USAGE.checkout;
  const p = parseOpts(g0.args, tableFromUsage(usage), usage);
  const g = quieted(g0, has(p, 'quiet'));
  const r = g.repo();
  if (has(p, 'detach')) {
    const oid = resolveRev(r, p.args[0] ?? 'HEAD');
    if (!oid) fatal(`reference is not a tree: ${p.args[0]}`);
    return detach(g, r, p.args[0] ?? 'HEAD', oid!, true);
  }
  const b = val(p, 'b') ?? val(p, 'B');
  // where `--` falls among the operands (options before it are not counted)
  const ddAt = g.args.indexOf('--');
  const dd = ddAt < 0 ? -1 : g.args.slice(0, ddAt).filter((a) => !a.startsWith('-')).length;
  if (b !== undefined) return yield* switchTo(g, r, b, true, val(p, 'B') !== undefined);
  if (!p.args.length) return 0;
  const first = p.args[0];
  const isBranch = dd < 0 && !!readRef(r, `refs/heads/${first}`);
  if (isBranch && p.args.length === 1) return yield* switchTo(g, r, first, false, false);
  if (dd < 0 && p.args.length === 1 && !readIndex(r).has(relPathOf(g, r, first)) && resolveRev(r, first) && readCommit(r, resolveRev(r, first)!)) return detach(g, r, first, resolveRev(r, first)!);
  // paths, from the index or a commit
  const rev = dd > 0 || (dd < 0 && p.args.length > 1 && resolveRev(r, first)) ? (dd === 0 ? undefined : first) : undefined;
  const paths = rev ? p.args.slice(1) : p.args;
  if (!rev && dd < 0 && paths.length === 1 && !g.ctx.host.fs.exists(g.ctx.host.fs.resolve(g.cwd, first)) && !readIndex(r).has(first)) {
    const oid = resolveRev(r, first);
    if (oid && readCommit(r, oid)) return detach(g, r, first, oid);
    g.ctx.err(`error: pathspec '${first}' did not match any file(s) known to git\n`);
    return 1;
  }
  return restorePaths(g, r, paths, { staged: !!rev, worktree: true, source: rev, verb: 'checkout' });
}

export function* restore(g: Git): CommandRun {
  const usage = USAGE.restore;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  if (!p.args.length) fatal('you must specify path(s) to restore');
  const staged = has(p, 'staged');
  const worktree = has(p, 'worktree') || !staged;
  return restorePaths(g, r, p.args, { staged, worktree, source: val(p, 'source'), verb: 'restore' });
}

export function* reset(g: Git): CommandRun {
  const usage = USAGE.reset;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const ctx = g.ctx;
  const mode = has(p, 'hard') ? 'hard' : has(p, 'soft') ? 'soft' : 'mixed';
  let rev = 'HEAD';
  let paths = p.args;
  if (p.args.length && (resolveRev(r, p.args[0]) || (p.args[0] === 'HEAD' && !headOid(r)))) {
    rev = p.args[0];
    paths = p.args.slice(1);
  }
  const target = rev === 'HEAD' && !headOid(r) ? null : resolveRev(r, rev);
  if (rev !== 'HEAD' && !target) fatal(`ambiguous argument '${rev}': unknown revision or path not in the working tree.\nUse '--' to separate paths from revisions, like this:\n'git <command> [<revision>...] -- [<file>...]'`);
  const targetFiles = target ? treeFiles(r, readCommit(r, target)?.tree ?? null) : new Map();
  const index = readIndex(r);
  if (paths.length) {
    if (mode !== 'mixed') fatal(`Cannot do ${mode} reset with paths.`);
    const sp = specs(g, r, paths);
    for (const s of sp)
      for (const f of new Set([...index.keys(), ...targetFiles.keys()]))
        if (matches(s, f)) {
          const e = targetFiles.get(f);
          if (e) index.set(f, e);
          else index.delete(f);
        }
    writeIndex(r, index);
  } else if (mode === 'hard') {
    if (target && !checkoutHard(g, r, target)) return 1;
    if (target) writeHead(r, target);
    ctx.out(`HEAD is now at ${abbrev(r, target!)} ${subjectOf(readCommit(r, target!)!.message)}\n`);
    return 0;
  } else {
    if (target) writeHead(r, target);
    if (mode === 'mixed') writeIndex(r, targetFiles);
  }
  if (mode === 'mixed' && !has(p, 'quiet')) {
    const st = collect(r);
    if (st.unstaged.length) ctx.out('Unstaged changes after reset:\n' + st.unstaged.map((c) => `${c.newPath ? 'M' : 'D'}\t${c.oldPath}\n`).join(''));
  }
  return 0;
}

const DETACH_ADVICE = (name: string) =>
  `Note: switching to '${name}'.\n\nYou are in 'detached HEAD' state. You can look around, make experimental\n` +
  'changes and commit them, and you can discard any commits you make in this\n' +
  'state without impacting any branches by switching back to a branch.\n\n' +
  'If you want to create a new branch to retain commits you create, you may\n' +
  'do so (now or later) by using -c with the switch command. Example:\n\n' +
  '  git switch -c <new-branch-name>\n\nOr undo this operation with:\n\n  git switch -\n\n' +
  'Turn off this advice by setting config variable advice.detachedHead to false\n\n';

/** git checkout <commit>: HEAD detached there, with advice.c's detach_advice (checkout.c update_refs_for_switch). */
function detach(g: Git, r: Repo, name: string, oid: string, explicit = false): number {
  const wasDetached = !headRef(r);
  const old = headOid(r);
  if (!checkoutTree(g, r, oid)) return 1;
  const subject = (o: string) => subjectOf(readCommit(r, o)!.message);
  if (wasDetached && old && old !== oid) g.ctx.err(`Previous HEAD position was ${abbrev(r, old)} ${subject(old)}\n`);
  logCheckout(g, r, old, oid, current(r) ?? old ?? '', name);
  r.ctx.host.fs.write(`${r.git}/HEAD`, oid + '\n');
  if (!wasDetached && !explicit && adviceOn(g.ctx, r, 'detachedHead')) g.ctx.err(DETACH_ADVICE(name));
  g.ctx.err(`HEAD is now at ${abbrev(r, oid)} ${subject(oid)}\n`);
  return 0;
}

function writeHead(r: Repo, oid: string) {
  const ref = headRef(r);
  if (ref) writeRef(r, ref, oid);
  else r.ctx.host.fs.write(`${r.git}/HEAD`, oid + '\n');
}

/** reset --hard: index and tracked files as the commit has them; untracked files stay. */
function checkoutHard(g: Git, r: Repo, target: string): boolean {
  const fs = g.ctx.host.fs;
  const index = readIndex(r);
  const to = treeFiles(r, readCommit(r, target)?.tree ?? null);
  for (const p of index.keys()) if (!to.has(p)) fs.remove(abs(r, p));
  for (const [p, e] of to) {
    fs.mkdir(fs.dirname(abs(r, p)), true);
    fs.write(abs(r, p), readBlob(r, e.oid), false, e.mode === '100755' ? 0o777 : 0o666);
    void fileMode;
  }
  writeIndex(r, to);
  return true;
}

export { usageError };
