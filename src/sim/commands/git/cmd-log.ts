// git log, git show and git diff (builtin/log.c, builtin/diff.c, revision.c's options as learners type them):
// log's medium and oneline formats, -n/-N/--max-count, --all, -p, --stat, decorations on a terminal
// (log.decorate=auto); show of a commit (header and patch) or of `rev:path`; diff of the working tree, --staged,
// a commit or two, with --stat, --shortstat, --name-only and --name-status.
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { GitFatal, readText } from './repo';
import { showDate, splitIdent } from './config';
import { compareTrees, patch, shortstat, stat, type FileChange } from './diff';
import { abbrev, branches, fatal, peel, headOid, headRef, readBlob, readCommit, readIndex, readObject, readRef, relPath, resolveRev, treeFiles, type Index, type Repo , subjectOf } from './repo';
import { collect } from './work';
import { matches } from './cmd-add';
import { BOLD_CYAN, BOLD_GREEN, BOLD_RED, BOLD_YELLOW, YELLOW, painter, takeColorOption, wantColor, type Paint } from './color';

interface LogOpts {
  format: 'medium' | 'oneline' | 'full-oneline';
  max: number;
  patch: boolean;
  stat: boolean;
  shortstat: boolean;
  nameOnly: boolean;
  nameStatus: boolean;
  all: boolean;
  decorate: boolean;
  revs: string[];
  paths: string[];
  noPatch: boolean;
  /** options revision.c did not take: `unrecognized argument` once the revisions are set up */
  unknown: string[];
  paint: Paint;
}

const ambiguous = (a: string): never =>
  fatal(`ambiguous argument '${a}': unknown revision or path not in the working tree.\nUse '--' to separate paths from revisions, like this:\n'git <command> [<revision>...] -- [<file>...]'`);

/** revision.c's options as far as these commands take them; anything else that starts with a dash is unknown. */
function parseRevOpts(g: Git, r: Repo, argv: string[], cmd: 'log' | 'show' | 'diff'): LogOpts {
  const { args, color } = takeColorOption(argv);
  const paint = painter(wantColor(g, r, 'diff', color));
  const o: LogOpts = { format: 'medium', max: -1, patch: false, stat: false, shortstat: false, nameOnly: false, nameStatus: false, all: false, decorate: g.ctx.tty, revs: [], paths: [], noPatch: false, unknown: [], paint };
  let dashdash = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (dashdash) {
      o.paths.push(a);
      continue;
    }
    let m: RegExpExecArray | null;
    if (a === '--') dashdash = true;
    else if (a === '--oneline') o.format = 'oneline';
    else if (a === '--pretty=oneline' || a === '--format=oneline') o.format = 'full-oneline';
    else if (a === '--pretty=medium' || a === '--pretty') o.format = 'medium';
    else if ((m = /^-n(\d*)$/.exec(a)) || (m = /^--max-count=(\d+)$/.exec(a)) || (m = /^-(\d+)$/.exec(a))) {
      const v = m[1] !== '' ? m[1] : args[++i];
      if (v === undefined || !/^-?\d+$/.test(v)) fatal(`'${v ?? ''}': not an integer`);
      o.max = Number(v);
    } else if (a === '-p' || a === '-u' || a === '--patch') o.patch = true;
    else if (a === '-s' || a === '--no-patch') o.noPatch = true;
    else if (a === '--stat') o.stat = true;
    else if (a === '--shortstat') o.shortstat = true;
    else if (a === '--name-only') o.nameOnly = true;
    else if (a === '--name-status') o.nameStatus = true;
    else if (a === '--all') o.all = true;
    else if (a === '--decorate' || a === '--decorate=short') o.decorate = true;
    else if (a === '--no-decorate') o.decorate = false;
    else if (a === '--staged' || a === '--cached') o.revs.push(a);
    else if (a === '--no-pager') continue;
    else if (a.startsWith('-')) o.unknown.push(a);
    else if (resolveRev(r, a.split(':')[0]) || (cmd === 'show' && a.includes(':'))) o.revs.push(a);
    else if (g.ctx.host.fs.exists(g.ctx.host.fs.resolve(g.cwd, a))) {
      o.paths.push(a);
      dashdash = true;
    } else ambiguous(a);
  }
  // show and diff print the patch unless another diff format was asked for
  if (cmd !== 'log' && !o.stat && !o.shortstat && !o.nameOnly && !o.nameStatus) o.patch = true;
  return o;
}

/** log-tree.c format_decorations: the refs at a commit, newest-registered first (the reverse of the refs' order),
 * HEAD first (`HEAD -> branch` when HEAD names one of them), tags as `tag: name`. */
function decorations(r: Repo, oid: string, paint: Paint): string {
  const fs = r.ctx.host.fs;
  const refs: { name: string; color: string; full: string }[] = [];
  const walk = (dir: string, prefix: string) => {
    const l = fs.list(`${r.git}/${dir}`);
    if (typeof l === 'string') return;
    for (const e of [...l].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.type === 'dir') walk(`${dir}/${e.name}`, `${prefix}${e.name}/`);
      else refs.push({ name: prefix + e.name, color: '', full: `${dir}/${e.name}` });
    }
  };
  const list: { text: string; full: string }[] = [];
  for (const [dir, color, tag] of [
    ['refs/heads', BOLD_GREEN, false],
    ['refs/remotes', BOLD_RED, false],
    ['refs/tags', BOLD_YELLOW, true],
  ] as const) {
    refs.length = 0;
    walk(dir, '');
    for (const x of refs) {
      const target = readRef(r, x.full);
      if (!target || (target !== oid && (!tag || peel(r, target) !== oid))) continue;
      list.push({ text: tag ? paint(color, 'tag: ') + paint(color, x.name) : paint(color, x.name), full: x.full });
    }
  }
  list.reverse();
  const ref = headRef(r);
  const head = headOid(r);
  if (head === oid) {
    const at = ref ? list.findIndex((x) => x.full === ref) : -1;
    if (at >= 0) {
      const b = list.splice(at, 1)[0];
      list.unshift({ text: paint(BOLD_CYAN, 'HEAD') + paint(YELLOW, ' -> ') + b.text, full: 'HEAD' });
    } else list.unshift({ text: paint(BOLD_CYAN, 'HEAD'), full: 'HEAD' });
  }
  return list.length ? paint(YELLOW, ' (') + list.map((x) => x.text).join(paint(YELLOW, ', ')) + paint(YELLOW, ')') : '';
}

function commitChanges(r: Repo, oid: string, paths: string[] = []): FileChange[] {
  const c = readCommit(r, oid)!;
  const parentTree = c.parents[0] ? (readCommit(r, c.parents[0])?.tree ?? null) : null;
  const text = (_s: 'a' | 'b', _p: string, o: string) => readBlob(r, o);
  const ch = compareTrees(treeFiles(r, parentTree), treeFiles(r, c.tree), text);
  return paths.length ? ch.filter((x) => paths.some((p) => matches(p, x.newPath ?? x.oldPath!) || matches(p, x.oldPath ?? ''))) : ch;
}

function header(r: Repo, oid: string, o: LogOpts): string {
  const c = readCommit(r, oid)!;
  const deco = o.decorate ? decorations(r, oid, o.paint) : '';
  const subject = subjectOf(c.message);
  if (o.format === 'oneline') return `${o.paint(YELLOW, abbrev(r, oid))}${deco} ${subject}\n`;
  if (o.format === 'full-oneline') return `${o.paint(YELLOW, oid)}${deco} ${subject}\n`;
  const a = splitIdent(c.author);
  let out = `${o.paint(YELLOW, 'commit ' + oid)}${deco}\n`;
  if (c.parents.length > 1) out += `Merge: ${c.parents.map((p) => abbrev(r, p)).join(' ')}\n`;
  out += `Author: ${a.name} <${a.email}>\nDate:   ${showDate(a.secs, a.zone)}\n\n`;
  out += c.message.replace(/\n$/, '').split('\n').map((l) => (l ? '    ' + l : '    ')).join('\n') + '\n';
  return out;
}

function diffOutput(r: Repo, ch: FileChange[], o: LogOpts): string {
  let out = '';
  if (o.stat) out += stat(ch, o.paint);
  else if (o.shortstat) out += shortstat(ch);
  if (o.nameOnly) out += ch.map((c) => (c.newPath ?? c.oldPath) + '\n').join('');
  if (o.nameStatus) out += ch.map((c) => (!c.oldPath ? `A\t${c.newPath}` : !c.newPath ? `D\t${c.oldPath}` : c.oldPath !== c.newPath ? `R100\t${c.oldPath}\t${c.newPath}` : `M\t${c.newPath}`) + '\n').join('');
  if (o.patch && !o.noPatch && !o.stat && !o.shortstat && !o.nameOnly && !o.nameStatus) out += ch.map((c) => patch(c, (x) => abbrev(r, x), o.paint)).join('');
  else if (o.patch && !o.noPatch && (o.stat || o.shortstat)) out += (out ? '\n' : '') + ch.map((c) => patch(c, (x) => abbrev(r, x), o.paint)).join('');
  return out;
}

/** One commit as log and show print it: the header, then (with a diff format) a blank line and the diff. */
function showCommit(r: Repo, oid: string, o: LogOpts): string {
  let out = header(r, oid, o);
  const wantsDiff = (o.patch && !o.noPatch) || o.stat || o.shortstat || o.nameOnly || o.nameStatus;
  if (!wantsDiff) return out;
  const d = diffOutput(r, commitChanges(r, oid, o.paths), o);
  if (!d) return out;
  return out + (o.format === 'medium' ? '\n' : '') + d;
}

export function* log(g: Git): CommandRun {
  const r = g.repo();
  if (g.args.length === 1 && g.args[0] === '-h') {
    g.ctx.out(USAGE.log);
    return 129;
  }
  const o = parseRevOpts(g, r, g.args, 'log');
  const starts: string[] = [];
  if (o.all) for (const b of branches(r)) starts.push(readRef(r, `refs/heads/${b}`)!);
  for (const rev of o.revs) starts.push(resolveRev(r, rev)!);
  if (!starts.length) {
    const h = headOid(r);
    if (!h) {
      const ref = headRef(r);
      fatal(ref ? `your current branch '${ref.replace(/^refs\/heads\//, '')}' does not have any commits yet` : 'bad default revision \'HEAD\'');
    }
    starts.push(h!);
  }
  if (o.unknown.length) fatal(`unrecognized argument: ${o.unknown[0]}`);
  // revision.c's walk without --topo-order: newest committer date first, ties in the order they were queued
  const seen = new Set<string>();
  const queue: { oid: string; date: number; n: number }[] = [];
  let counter = 0;
  const push = (oid: string) => {
    if (seen.has(oid)) return;
    seen.add(oid);
    const c = readCommit(r, oid);
    if (!c) return;
    queue.push({ oid, date: splitIdent(c.committer).secs, n: counter++ });
  };
  starts.forEach(push);
  const paths = o.paths.map((p) => relPath(r, g.cwd, p) ?? p);
  let out = '';
  let shown = 0;
  while (queue.length && (o.max < 0 || shown < o.max)) {
    queue.sort((a, b) => b.date - a.date || a.n - b.n);
    const { oid } = queue.shift()!;
    const c = readCommit(r, oid)!;
    c.parents.forEach(push);
    if (paths.length && !commitChanges(r, oid, paths).length) continue;
    const text = showCommit(r, oid, { ...o, paths });
    if (shown && o.format === 'medium') out += '\n';
    else if (shown && (o.patch || o.stat) && o.format !== 'medium') out += '';
    out += text;
    shown++;
  }
  return yield* g.page(out);
}

export function* show(g: Git): CommandRun {
  const r = g.repo();
  if (g.args.length === 1 && g.args[0] === '-h') {
    g.ctx.out(USAGE.log);
    return 129;
  }
  const o = parseRevOpts(g, r, g.args, 'show');
  if (!o.revs.length) {
    const h = headOid(r);
    if (!h) fatal(`your current branch '${(headRef(r) ?? 'HEAD').replace(/^refs\/heads\//, '')}' does not have any commits yet`);
    o.revs.push('HEAD');
  }
  if (o.unknown.length) fatal(`unrecognized argument: ${o.unknown[0]}`);
  let out = '';
  for (const rev of o.revs) {
    const colon = rev.indexOf(':');
    if (colon >= 0) {
      const base = rev.slice(0, colon) || 'HEAD';
      const path = rev.slice(colon + 1).replace(/^\.\//, '');
      const oid = resolveRev(r, base);
      if (!oid) ambiguous(rev);
      const files = treeFiles(r, readCommit(r, oid!)?.tree ?? null);
      const e = files.get(path);
      if (!e) fatal(`path '${path}' does not exist in '${base}'`);
      out += readBlob(r, e!.oid);
      continue;
    }
    let oid = resolveRev(r, rev, false)!;
    let obj = readObject(r, oid);
    // an annotated tag: its header and message (log-tree.c show_tag_object), then what it points at
    while (obj?.type === 'tag') {
      const head = obj.body.slice(0, obj.body.indexOf('\n\n'));
      const tagger = /^tagger (.*)$/m.exec(head)?.[1];
      out += o.paint(YELLOW, `tag ${/^tag (.*)$/m.exec(head)?.[1] ?? ''}`) + '\n';
      if (tagger) {
        const t = splitIdent(tagger);
        out += `Tagger: ${t.name} <${t.email}>\nDate:   ${showDate(t.secs, t.zone)}\n`;
      }
      out += '\n' + obj.body.slice(obj.body.indexOf('\n\n') + 2) + '\n';
      oid = head.slice(7, 47);
      obj = readObject(r, oid);
    }
    if (obj?.type === 'blob') out += obj.body;
    else out += showCommit(r, oid, o);
  }
  return yield* g.page(out);
}

export function* diff(g: Git): CommandRun {
  const repo = g.repoOrNull();
  if (!repo) {
    g.ctx.err('warning: Not a git repository. Use --no-index to compare two paths outside a working tree\n' + USAGE['diff --no-index']);
    return 129;
  }
  const r = repo;
  if (g.args.length === 1 && g.args[0] === '-h') throw new GitFatal(USAGE.diff, 129);
  const o = parseRevOpts(g, r, g.args, 'diff');
  // builtin_diff_files: error() and usage(builtin_diff_usage)
  if (o.unknown.length) throw new GitFatal(`error: invalid option: ${o.unknown[0]}\n${USAGE.diff}`, 129);
  const staged = o.revs.some((x) => x === '--staged' || x === '--cached');
  const revs = o.revs.filter((x) => x !== '--staged' && x !== '--cached');
  const text = (_s: 'a' | 'b', _p: string, oid: string) => readBlob(r, oid);
  const treeOf = (rev: string): Index => treeFiles(r, readCommit(r, resolveRev(r, rev)!)?.tree ?? null);
  let ch: FileChange[];
  const st = collect(r);
  if (staged) {
    const base = revs.length ? treeOf(revs[0]) : st.headFiles;
    ch = compareTrees(base, readIndex(r), text);
  } else if (revs.length >= 2) ch = compareTrees(treeOf(revs[0]), treeOf(revs[1]), text);
  else if (revs.length === 1) {
    // a commit against the working tree (tracked files)
    const wt: Index = new Map();
    const texts = new Map<string, string>();
    for (const [p, e] of st.index) {
      const c = st.unstaged.find((x) => x.oldPath === p);
      if (!c) wt.set(p, e);
      else if (c.newPath) {
        wt.set(p, { mode: c.newMode!, oid: c.newOid });
        texts.set(c.newOid, c.newText);
      }
    }
    ch = compareTrees(treeOf(revs[0]), wt, (_s, _p, oid) => texts.get(oid) ?? readBlob(r, oid));
  } else ch = st.unstaged;
  const paths = o.paths.map((p) => relPath(r, g.cwd, p) ?? p);
  if (paths.length) ch = ch.filter((c) => paths.some((p) => matches(p, c.newPath ?? c.oldPath!)));
  return yield* g.page(diffOutput(r, ch, o));
}
