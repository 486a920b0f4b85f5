// git remote (list, -v, add, remove, get-url, set-url), git push, git fetch and git pull (builtin/remote.c, push.c,
// fetch.c, pull.c) against a repository on the guest's own file system, bare or not: objects are copied, branches
// updated with transport.c's report lines ("To <url>", " * [new branch]", "   a..b  main -> main", "! [rejected]");
// fetch reports into refs/remotes/<remote>/ ("From <url>" without its .git); pull is fetch and a merge of the
// upstream. A URL on the network answers as clone does (cmd-init.ts).
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { getConfig, setConfig, allConfig } from './config';
import { parseOpts, tableFromUsage, has, usageError } from './opts';
import { abbrev, fatal, headRef, readObject, readRef, refNames, ancestors, writeRef, type Repo } from './repo';
import { localRepo, networkRemote } from './cmd-init';
import { merge } from './cmd-merge';

const NOT_REPO = (url: string) =>
  `'${url}' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.`;

/** The remotes configured, in the order of their sections. */
function remotes(g: Git, r: Repo): string[] {
  const out: string[] = [];
  for (const f of allConfig(g.ctx, r))
    for (const l of f.lines) {
      if (l.section === 'remote' && l.sub !== null && l.key === 'url' && !out.includes(l.sub)) out.push(l.sub);
    }
  return out;
}

const urlOf = (g: Git, r: Repo, name: string) => getConfig(g.ctx, r, `remote.${name}.url`);

/** The repository a remote (or a path) names; a network URL ends in its fatal answer. */
function* open(g: Git, r: Repo, name: string): Generator<import('../../types').Yield, { url: string; repo: Repo }, unknown> {
  const url = urlOf(g, r, name) ?? name;
  yield* networkRemote(g, url);
  const fs = g.ctx.host.fs;
  const repo = localRepo(g, fs.resolve(g.cwd, url.replace(/^file:\/\//, '')));
  if (!repo) fatal(NOT_REPO(url));
  return { url, repo: repo! };
}

/** Loose objects the other side lacks, copied. */
function copyObjects(from: Repo, to: Repo) {
  const fs = from.ctx.host.fs;
  const dirs = fs.list(`${from.git}/objects`);
  if (typeof dirs === 'string') return;
  for (const d of dirs) {
    if (d.type !== 'dir' || d.name.length !== 2) continue;
    const files = fs.list(`${from.git}/objects/${d.name}`);
    if (typeof files === 'string') continue;
    for (const f of files) {
      const dst = `${to.git}/objects/${d.name}/${f.name}`;
      if (fs.exists(dst)) continue;
      fs.mkdir(`${to.git}/objects/${d.name}`, true);
      fs.copy(`${from.git}/objects/${d.name}/${f.name}`, dst);
    }
  }
}

const heads = (r: Repo): string[] => refNames(r, 'heads');

const SUMMARY_W = 17;
const line = (flag: string, summary: string, rest: string) => ` ${flag} ${summary.padEnd(SUMMARY_W)} ${rest}\n`;

export function* remote(g: Git): CommandRun {
  const usage = USAGE.remote;
  const r = g.repo();
  const ctx = g.ctx;
  const [verb, ...rest] = g.args;
  const conf = `${r.git}/config`;
  if (!verb || verb === '-v' || verb === '--verbose') {
    for (const n of remotes(g, r)) ctx.out(verb ? `${n}\t${urlOf(g, r, n)} (fetch)\n${n}\t${urlOf(g, r, n)} (push)\n` : `${n}\n`);
    return 0;
  }
  if (verb === 'add') {
    if (rest.length !== 2) usageError('wrong number of arguments', usage);
    const [name, url] = rest;
    if (remotes(g, r).includes(name)) {
      ctx.err(`error: remote ${name} already exists.\n`);
      return 3;
    }
    setConfig(ctx, conf, `remote.${name}.url`, url);
    setConfig(ctx, conf, `remote.${name}.fetch`, `+refs/heads/*:refs/remotes/${name}/*`);
    return 0;
  }
  if (verb === 'get-url') {
    const url = rest[0] ? urlOf(g, r, rest[0]) : null;
    if (!url) {
      ctx.err(`error: No such remote '${rest[0] ?? ''}'\n`);
      return 2;
    }
    ctx.out(url + '\n');
    return 0;
  }
  if (verb === 'set-url') {
    if (rest.length !== 2) usageError('wrong number of arguments', usage);
    if (!urlOf(g, r, rest[0])) {
      ctx.err(`error: No such remote '${rest[0]}'\n`);
      return 2;
    }
    setConfig(ctx, conf, `remote.${rest[0]}.url`, rest[1]);
    return 0;
  }
  if (verb === 'remove' || verb === 'rm') {
    const name = rest[0];
    if (!name || !urlOf(g, r, name)) {
      ctx.err(`error: No such remote: '${name ?? ''}'\n`);
      return 2;
    }
    setConfig(ctx, conf, `remote.${name}.url`, null);
    setConfig(ctx, conf, `remote.${name}.fetch`, null);
    ctx.host.fs.remove(`${r.git}/refs/remotes/${name}`, true);
    return 0;
  }
  usageError(`unknown subcommand: \`${verb}'`, usage);
  return 129;
}

/** The remote a command uses by default: the branch's, else origin. */
function defaultRemote(g: Git, r: Repo): string | null {
  const b = headRef(r)?.replace(/^refs\/heads\//, '');
  const own = b ? getConfig(g.ctx, r, `branch.${b}.remote`) : null;
  if (own) return own;
  return remotes(g, r).includes('origin') ? 'origin' : (remotes(g, r)[0] ?? null);
}

export function* push(g: Git): CommandRun {
  const usage = USAGE.push;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const ctx = g.ctx;
  const quiet = has(p, 'quiet');
  const branch = headRef(r)?.replace(/^refs\/heads\//, '') ?? null;
  let name = p.args[0];
  let refspecs = p.args.slice(1);
  if (!name) {
    const up = branch ? getConfig(ctx, r, `branch.${branch}.remote`) : null;
    name = up ?? defaultRemote(g, r) ?? '';
    if (!name)
      fatal(
        'No configured push destination.\nEither specify the URL from the command-line or configure a remote repository using\n\n    git remote add <name> <url>\n\nand then push using the remote name\n\n    git push <name>\n',
      );
  }
  if (!refspecs.length) {
    const merge = branch ? getConfig(ctx, r, `branch.${branch}.merge`) : null;
    if (!branch) fatal('You are not currently on a branch.\nTo push the history leading to the current (detached HEAD)\nstate now, use\n\n    git push ' + name + ' HEAD:<name-of-remote-branch>\n');
    if (!merge && !has(p, 'set-upstream'))
      fatal(
        `The current branch ${branch} has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream ${name} ${branch}\n\nTo have this happen automatically for branches without a tracking\nupstream, see 'push.autoSetupRemote' in 'git help config'.\n`,
      );
    refspecs = [merge ? `${branch}:${merge.replace(/^refs\/heads\//, '')}` : branch!];
  }
  const { url, repo: dst } = yield* open(g, r, name);
  let out = '';
  let failed = false;
  let rejected: 'fetch first' | 'non-fast-forward' | null = null;
  const tracked: [string, string][] = [];
  for (const spec of refspecs) {
    const [srcName, dstName0] = spec.replace(/^\+/, '').split(':');
    const dstName = (dstName0 ?? srcName).replace(/^refs\/heads\//, '');
    const src = readRef(r, srcName.startsWith('refs/') ? srcName : `refs/heads/${srcName}`) ?? (srcName === 'HEAD' ? readRef(r, 'HEAD') : null);
    if (!src) {
      ctx.err(`error: src refspec ${srcName} does not match any\n`);
      failed = true;
      continue;
    }
    const old = readRef(dst, `refs/heads/${dstName}`);
    const short = srcName.replace(/^refs\/heads\//, '');
    if (old === src) continue;
    if (old && !spec.startsWith('+') && !has(p, 'force')) {
      const known = !!readObject(r, old);
      if (!known || !ancestors(r, src).has(old)) {
        rejected = known ? 'non-fast-forward' : 'fetch first';
        out += line('!', '[rejected]', `${short} -> ${dstName} (${rejected})`);
        continue;
      }
    }
    copyObjects(r, dst);
    writeRef(dst, `refs/heads/${dstName}`, src);
    if (urlOf(g, r, name)) writeRef(r, `refs/remotes/${name}/${dstName}`, src);
    out += old ? line(' ', `${abbrev(r, old)}..${abbrev(r, src)}`, `${short} -> ${dstName}`) : line('*', old ? '' : '[new branch]', `${short} -> ${dstName}`);
    tracked.push([short, dstName]);
  }
  if (out && !(quiet && !rejected)) ctx.err(`To ${url}\n${out}`);
  else if (!out && !failed && !quiet) ctx.err('Everything up-to-date\n');
  if (has(p, 'set-upstream'))
    for (const [b, d] of tracked) {
      setConfig(ctx, `${r.git}/config`, `branch.${b}.remote`, name);
      setConfig(ctx, `${r.git}/config`, `branch.${b}.merge`, `refs/heads/${d}`);
      if (!quiet) ctx.out(`branch '${b}' set up to track '${name}/${d}'.\n`);
    }
  if (failed || rejected) {
    ctx.err(`error: failed to push some refs to '${url}'\n`);
    if (rejected === 'fetch first')
      ctx.err(
        "hint: Updates were rejected because the remote contains work that you do not\nhint: have locally. This is usually caused by another repository pushing to\nhint: the same ref. If you want to integrate the remote changes, use\nhint: 'git pull' before pushing again.\nhint: See the 'Note about fast-forwards' in 'git push --help' for details.\n",
      );
    else if (rejected)
      ctx.err(
        "hint: Updates were rejected because the tip of your current branch is behind\nhint: its remote counterpart. If you want to integrate the remote changes,\nhint: use 'git pull' before pushing again.\nhint: See the 'Note about fast-forwards' in 'git push --help' for details.\n",
      );
    return 1;
  }
  return 0;
}

/** fetch: the remote's branches into refs/remotes/<name>/, with fetch.c's report; FETCH_HEAD for pull. */
function* fetchFrom(g: Git, r: Repo, name: string, quiet: boolean): Generator<import('../../types').Yield, string, unknown> {
  const { url, repo: src } = yield* open(g, r, name);
  copyObjects(src, r);
  const names = heads(src);
  const width = Math.max(10, ...names.map((n) => n.length));
  let out = '';
  const fetchHead: string[] = [];
  const named = !!urlOf(g, r, name);
  for (const b of names) {
    const oid = readRef(src, `refs/heads/${b}`)!;
    fetchHead.push(`${oid}\t\tbranch '${b}' of ${url.replace(/\.git$/, '')}\n`);
    if (!named) continue;
    const local = `refs/remotes/${name}/${b}`;
    const old = readRef(r, local);
    if (old === oid) continue;
    writeRef(r, local, oid);
    if (old) out += line(ancestors(r, oid).has(old) ? ' ' : '+', ancestors(r, oid).has(old) ? `${abbrev(r, old)}..${abbrev(r, oid)}` : `${abbrev(r, old)}...${abbrev(r, oid)}`, `${b.padEnd(width)} -> ${name}/${b}${ancestors(r, oid).has(old) ? '' : '  (forced update)'}`);
    else out += line('*', '[new branch]', `${b.padEnd(width)} -> ${name}/${b}`);
  }
  r.ctx.host.fs.write(`${r.git}/FETCH_HEAD`, fetchHead.join(''));
  if (out && !quiet) g.ctx.err(`From ${url.replace(/\.git$/, '')}\n${out}`);
  return url;
}

export function* fetch(g: Git): CommandRun {
  const usage = USAGE.fetch;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const name = p.args[0] ?? defaultRemote(g, r);
  if (!name) fatal('No remote repository specified.  Please, specify either a URL or a\nremote name from which new revisions should be fetched.');
  yield* fetchFrom(g, r, name!, has(p, 'quiet'));
  return 0;
}

export function* pull(g: Git): CommandRun {
  const usage = USAGE.pull;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const ctx = g.ctx;
  const branch = headRef(r)?.replace(/^refs\/heads\//, '') ?? null;
  const name = p.args[0] ?? (branch ? getConfig(ctx, r, `branch.${branch}.remote`) : null) ?? defaultRemote(g, r);
  if (!name) fatal('No remote repository specified.  Please, specify either a URL or a\nremote name from which new revisions should be fetched.');
  const upstream = p.args[1] ?? (branch ? getConfig(ctx, r, `branch.${branch}.merge`)?.replace(/^refs\/heads\//, '') : null);
  const url = yield* fetchFrom(g, r, name!, has(p, 'quiet'));
  if (!upstream) {
    ctx.err(
      `There is no tracking information for the current branch.\nPlease specify which branch you want to merge with.\nSee git-pull(1) for details.\n\n    git pull <remote> <branch>\n\nIf you wish to set tracking information for this branch you can do so with:\n\n    git branch --set-upstream-to=${name}/<branch> ${branch ?? '<branch>'}\n\n`,
    );
    return 1;
  }
  const { repo: src } = yield* open(g, r, name!);
  const theirs = readRef(src, `refs/heads/${upstream}`);
  if (!theirs) fatal(`couldn't find remote ref ${upstream}`);
  // divergent branches and no say in how to join them (pull.rebase, pull.ff, --[no-]rebase, --ff[-only])
  const head = readRef(r, 'HEAD');
  const divergent = !!head && !ancestors(r, theirs!).has(head) && !ancestors(r, head).has(theirs!);
  const said = p.opts.has('rebase') || p.opts.has('ff') || p.opts.has('ff-only') || getConfig(ctx, r, 'pull.rebase') !== null || getConfig(ctx, r, 'pull.ff') !== null;
  if (divergent && !said) {
    ctx.err(
      'hint: You have divergent branches and need to specify how to reconcile them.\nhint: You can do so by running one of the following commands sometime before\nhint: your next pull:\nhint: \nhint:   git config pull.rebase false  # merge\nhint:   git config pull.rebase true   # rebase\nhint:   git config pull.ff only       # fast-forward only\nhint: \nhint: You can replace "git config" with "git config --global" to set a default\nhint: preference for all repositories. You can also pass --rebase, --no-rebase,\nhint: or --ff-only on the command line to override the configured default per\nhint: invocation.\n',
    );
    fatal('Need to specify how to reconcile divergent branches.');
  }
  // merge the fetched commit, named as fmt-merge-msg names FETCH_HEAD's line
  const tmp = `refs/pull-head`;
  writeRef(r, tmp, theirs!);
  const msg = `Merge branch '${upstream}' of ${url.replace(/\.git$/, '')}${branch && !['main', 'master'].includes(branch) ? ` into ${branch}` : ''}`;
  try {
    return yield* merge({ ...g, args: ['-m', msg, tmp] });
  } finally {
    ctx.host.fs.remove(`${r.git}/${tmp}`);
  }
}
