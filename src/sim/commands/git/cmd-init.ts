// git init (builtin/init-db.c, setup.c init_db) and git clone (builtin/clone.c) as far as the lab's world reaches:
// a local repository is copied; a host the guest cannot resolve gets curl's "Could not resolve host"; GitHub, for
// a repository the world has no content for, answers as it does for one that does not exist or is private (it asks
// for credentials, then refuses them); other known hosts answer 404 (DIFFERENCES.md).
import type { CommandRun, Yield } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { getConfig, adviceOn } from './config';
import { parseOpts, tableFromUsage, has, val, usageError } from './opts';
import { discover, fatal, headRef, readCommit, readRef, treeFiles, writeIndex, readBlob, abs, type Repo, validBranch, readText } from './repo';
import { PUBLIC_HOSTS } from '../../net/hosts';

const DEFAULT_BRANCH_HINT =
  "Using 'master' as the name for the initial branch. This default branch name\n" +
  'is subject to change. To configure the initial branch name to use in all\n' +
  'of your new repositories, which will suppress this warning, call:\n' +
  '\n' +
  '\tgit config --global init.defaultBranch <name>\n' +
  '\n' +
  "Names commonly chosen instead of 'master' are 'main', 'trunk' and\n" +
  "'development'. The just-created branch can be renamed via this command:\n" +
  '\n' +
  '\tgit branch -m <name>\n';

export const hint = (text: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `hint: ${l}\n`)
    .join('');

/** init_db: the .git directory as git 2.43's default template leaves it (hooks' samples left out). */
export function createRepo(g: Git, dir: string, branch: string, bare = false): Repo {
  const fs = g.ctx.host.fs;
  const git = bare ? dir : dir === '/' ? '/.git' : `${dir}/.git`;
  for (const d of ['', '/branches', '/hooks', '/info', '/objects/info', '/objects/pack', '/refs/heads', '/refs/tags']) fs.mkdir(git + d, true);
  fs.write(`${git}/HEAD`, `ref: refs/heads/${branch}\n`);
  fs.write(`${git}/config`, `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = ${bare}\n${bare ? '' : '\tlogallrefupdates = true\n'}`);
  fs.write(`${git}/description`, "Unnamed repository; edit this file 'description' to name the repository.\n");
  fs.write(`${git}/info/exclude`, "# git ls-files --others --exclude-from=.git/info/exclude\n# Lines that start with '#' are comments.\n# For a project mostly in C, the following would be a good set of\n# exclude patterns (uncomment them if you want to use them):\n# *.[oa]\n# *~\n");
  return { ctx: g.ctx, top: dir, git, ...(bare ? { bare } : {}) };
}

export function* init(g: Git): CommandRun {
  const usage = USAGE.init;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  if (p.args.length > 1) usageError('too many arguments', usage);
  const fs = g.ctx.host.fs;
  const dir = p.args.length ? fs.resolve(g.cwd, p.args[0]) : g.cwd;
  let branch = val(p, 'initial-branch');
  if (branch !== undefined && !validBranch(branch)) fatal(`invalid initial branch name: '${branch}'`);
  const quiet = has(p, 'quiet');
  if (!fs.exists(dir)) {
    const e = fs.mkdir(dir, true);
    if (e) fatal(`cannot mkdir ${p.args[0]}: ${e === 'EACCES' ? 'Permission denied' : 'No such file or directory'}`);
  }
  const bare = has(p, 'bare');
  const git = bare ? dir : dir === '/' ? '/.git' : `${dir}/.git`;
  if (fs.isDir(git) && fs.exists(`${git}/HEAD`)) {
    if (branch !== undefined) g.ctx.err(`warning: re-init: ignored --initial-branch=${branch}\n`);
    if (!quiet) g.ctx.out(`Reinitialized existing Git repository in ${git}/\n`);
    return 0;
  }
  const configured = getConfig(g.ctx, null, 'init.defaultbranch');
  if (branch === undefined) {
    branch = configured ?? 'master';
    if (configured === null && !quiet && adviceOn(g.ctx, null, 'defaultBranchName')) g.ctx.err(hint(DEFAULT_BRANCH_HINT));
  }
  const r = createRepo(g, dir, branch, bare);
  if (!quiet) g.ctx.out(`Initialized empty Git repository in ${r.git}/\n`);
  return 0;
}

/** The directory clone makes: the URL's last part without `.git` and trailing slashes. */
function humanish(url: string): string {
  let s = url.replace(/\/+$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  s = s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1);
  return s || url;
}

/**
 * A URL on the network, as the lab's world answers it (DIFFERENCES.md): an unknown host, GitHub asking for
 * credentials and refusing them, another host's 404, ssh without a key. Always ends in a fatal error; null when the
 * URL is not a network one. `before` runs first (clone's "Cloning into").
 */
export function* networkRemote(g: Git, url: string, before: () => void = () => {}): Generator<Yield, null, unknown> {
  const ctx = g.ctx;
  const m = /^(https?):\/\/(?:[^@/]*@)?([^/:]+)(?::\d+)?(\/.*)?$/.exec(url);
  if (m) {
    before();
    const host = m[2].toLowerCase();
    const withSlash = url.endsWith('/') ? url : url + '/';
    if (!(host in PUBLIC_HOSTS)) fatal(`unable to access '${withSlash}': Could not resolve host: ${host}`);
    if (host === 'github.com') {
      const user = (yield { ask: `Username for '${m[1]}://${host}': ` }) as string;
      yield { ask: `Password for '${m[1]}://${user ? encodeURIComponent(user) + '@' : ''}${host}': `, secret: true };
      ctx.err(
        'remote: Support for password authentication was removed on August 13, 2021.\n' +
          'remote: Please see https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.\n',
      );
      fatal(`Authentication failed for '${withSlash}'`);
    }
    fatal(`repository '${withSlash}' not found`);
  }
  if (/^[^/]+@[^/:]+:/.test(url) || url.startsWith('ssh://') || url.startsWith('git://')) {
    before();
    const host = url.startsWith('ssh://') || url.startsWith('git://') ? url.replace(/^\w+:\/\/(?:[^@/]*@)?/, '').split(/[/:]/)[0] : url.split('@')[1].split(':')[0];
    if (!(host in PUBLIC_HOSTS)) {
      if (url.startsWith('git://')) fatal(`unable to look up ${host} (port 9418) (Name or service not known)`);
      ctx.err(`ssh: Could not resolve hostname ${host}: Name or service not known\n`);
    } else ctx.err(`${url.startsWith('git://') ? '' : 'git@' + host + ': Permission denied (publickey).\n'}`);
    fatal('Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.');
  }
  return null;
}

/** A repository at a local path: a bare one (the path is the git directory) or one with a .git directory. */
export function localRepo(g: Git, path: string): Repo | null {
  const fs = g.ctx.host.fs;
  if (fs.isDir(`${path}/.git`) && fs.exists(`${path}/.git/HEAD`)) return { ctx: g.ctx, top: path, git: `${path}/.git` };
  if (fs.exists(`${path}/HEAD`) && fs.isDir(`${path}/objects`) && fs.isDir(`${path}/refs`)) return { ctx: g.ctx, top: path, git: path, bare: true };
  return null;
}

export function* clone(g: Git): CommandRun {
  const usage = USAGE.clone;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  if (!p.args.length) usageError('You must specify a repository to clone.', usage);
  if (p.args.length > 2) usageError('Too many arguments.', usage);
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  const url = p.args[0];
  const name = p.args[1] ?? humanish(url);
  const dest = fs.resolve(g.cwd, name);
  const node = fs.get(dest);
  if (node && !(node.type === 'dir' && node.children.size === 0)) fatal(`destination path '${name}' already exists and is not an empty directory.`);
  const quiet = has(p, 'quiet');
  yield* networkRemote(g, url, () => {
    if (!quiet) ctx.err(`Cloning into '${name}'...\n`);
  });
  // a local repository
  const srcPath = fs.resolve(g.cwd, url.replace(/^file:\/\//, ''));
  const src = localRepo(g, srcPath);
  if (!src) return fatal(`repository '${url}' does not exist`);
  if (!quiet) ctx.err(`Cloning into '${name}'...\n`);
  const srcHead = headRef(src) ?? 'refs/heads/master';
  // a HEAD that names no branch of the source: the clone stays on it, unborn (clone.c's warning)
  const branch = srcHead.replace(/^refs\/heads\//, '');
  const headMissing = !readRef(src, srcHead) && fs.list(`${src.git}/refs/heads`) !== 'ENOENT' && (fs.list(`${src.git}/refs/heads`) as unknown[]).length > 0;
  const r = createRepo(g, dest, branch);
  // objects and branches, as remote-tracking branches of origin
  const copyTree = (from: string, to: string) => {
    const l = fs.list(from);
    if (typeof l === 'string') return;
    for (const e of l) {
      if (e.type === 'dir') {
        fs.mkdir(`${to}/${e.name}`, true);
        copyTree(`${from}/${e.name}`, `${to}/${e.name}`);
      } else fs.copy(`${from}/${e.name}`, `${to}/${e.name}`);
    }
  };
  copyTree(`${src.git}/objects`, `${r.git}/objects`);
  const heads = fs.list(`${src.git}/refs/heads`);
  if (typeof heads !== 'string')
    for (const h of heads) {
      const oid = readRef(src, `refs/heads/${h.name}`);
      if (oid) {
        fs.mkdir(`${r.git}/refs/remotes/origin`, true);
        fs.write(`${r.git}/refs/remotes/origin/${h.name}`, oid + '\n');
      }
    }
  if (readRef(src, srcHead)) fs.write(`${r.git}/refs/remotes/origin/HEAD`, `ref: refs/remotes/origin/${branch}\n`);
  fs.write(`${r.git}/config`, (readText(fs, `${r.git}/config`) as string) + `[remote "origin"]\n\turl = ${srcPath}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "${branch}"]\n\tremote = origin\n\tmerge = refs/heads/${branch}\n`);
  const head = readRef(src, srcHead);
  if (head) {
    fs.write(`${r.git}/refs/heads/${branch}`, head + '\n');
    const files = treeFiles(r, readCommit(r, head)?.tree ?? null);
    for (const [path, e] of files) {
      const a = abs(r, path);
      fs.mkdir(fs.dirname(a), true);
      fs.write(a, readBlob(r, e.oid), false, e.mode === '100755' ? 0o777 : 0o666);
    }
    writeIndex(r, files);
  } else if (headMissing) ctx.err('warning: remote HEAD refers to nonexistent ref, unable to checkout\n');
  else ctx.err('warning: You appear to have cloned an empty repository.\n');
  if (!quiet) ctx.err('done.\n');
  return 0;
}
