// git add (builtin/add.c), git rm (builtin/rm.c) and git mv (builtin/mv.c) over the index.
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { adviceOn } from './config';
import { hint } from './cmd-init';
import { parseOpts, tableFromUsage, has, usageOnly } from './opts';
import { abs, fatal, readIndex, relPath, worktreeFiles, writeBlob, writeIndex, headOid, readCommit, treeFiles, type Index, type Repo } from './repo';
import { Ignore, worktreeIndexEntry } from './work';

const turnOff = (key: string) => `Turn this message off by running\n"git config advice.${key} false"\n`;

/** A pathspec against a path: the path itself, a directory above it, or a glob (`*` crossing slashes). */
export function matches(spec: string, path: string): boolean {
  if (spec === '') return true;
  if (path === spec || path.startsWith(spec + '/')) return true;
  if (/[*?[]/.test(spec)) {
    const re = new RegExp('^' + spec.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '(/.*)?$');
    return re.test(path);
  }
  return false;
}

/** Pathspecs as paths relative to the top; a spec outside the working tree is fatal. */
export function specs(g: Git, r: Repo, args: string[]): string[] {
  return args.map((a) => {
    const p = relPath(r, g.cwd, a);
    if (p === null) fatal(`${a}: '${a}' is outside repository at '${r.top}'`);
    return p!.replace(/\/$/, '');
  });
}

export function* add(g: Git): CommandRun {
  const usage = USAGE.add;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const ctx = g.ctx;
  const all = has(p, 'all') || (p.opts.has('ignore-removal') && !has(p, 'ignore-removal') ? true : false);
  const update = has(p, 'update');
  if (!p.args.length && !all && !update) {
    ctx.err('Nothing specified, nothing added.\n');
    if (adviceOn(ctx, r, 'addEmptyPathspec')) ctx.err(hint("Maybe you wanted to say 'git add .'?\n" + turnOff('addEmptyPathspec')));
    return 0;
  }
  const sp = p.args.length ? specs(g, r, p.args) : [''];
  const index = readIndex(r);
  const files = worktreeFiles(r);
  const ign = new Ignore(r);
  const force = has(p, 'force');
  const chosen = new Set<string>();
  const ignoredNamed: string[] = [];
  for (const s of sp) {
    let hit = false;
    for (const f of files)
      if (matches(s, f)) {
        if (!index.has(f) && ign.ignored(f) && !force) {
          if (f === s || (s !== '' && !/[*?[]/.test(s) && ign.ignored(s, true) && f.startsWith(s + '/'))) {
            hit = true;
            if (!ignoredNamed.includes(s)) ignoredNamed.push(s);
          }
          continue;
        }
        if (update && !index.has(f)) {
          hit = true;
          continue;
        }
        hit = true;
        chosen.add(f);
      }
    for (const f of index.keys()) if (matches(s, f)) (hit = true), chosen.add(f);
    if (!hit && s !== '' && !has(p, 'ignore-missing')) fatal(`pathspec '${p.args[sp.indexOf(s)]}' did not match any files`);
  }
  const dry = has(p, 'dry-run');
  const verbose = has(p, 'verbose') || dry;
  for (const f of [...chosen].sort()) {
    const e = worktreeIndexEntry(r, f);
    if (!e) {
      if (index.has(f)) {
        if (verbose) ctx.out(`remove '${f}'\n`);
        if (!dry) index.delete(f);
      }
      continue;
    }
    const cur = index.get(f);
    if (cur && cur.oid === e.oid && cur.mode === e.mode) continue;
    if (verbose) ctx.out(`add '${f}'\n`);
    if (!dry) {
      writeBlob(r, e.text);
      index.set(f, { mode: e.mode, oid: e.oid });
    }
  }
  if (!dry) writeIndex(r, index);
  if (ignoredNamed.length) {
    ctx.err('The following paths are ignored by one of your .gitignore files:\n' + ignoredNamed.join('\n') + '\n');
    if (adviceOn(ctx, r, 'addIgnoredFile')) ctx.err(hint('Use -f if you really want to add them.\n' + turnOff('addIgnoredFile')));
    return 1;
  }
  return 0;
}

function headFiles(r: Repo): Index {
  const h = headOid(r);
  return h ? treeFiles(r, readCommit(r, h)?.tree ?? null) : new Map();
}

export function* rm(g: Git): CommandRun {
  const usage = USAGE.rm;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const ctx = g.ctx;
  if (!p.args.length) fatal('No pathspec was given. Which files should I remove?');
  const sp = specs(g, r, p.args);
  const index = readIndex(r);
  const chosen: string[] = [];
  sp.forEach((s, i) => {
    const hits = [...index.keys()].filter((f) => matches(s, f));
    if (!hits.length) {
      if (has(p, 'ignore-unmatch')) return;
      fatal(`pathspec '${p.args[i]}' did not match any files`);
    }
    if (!has(p, 'r') && hits.some((f) => f !== s) && !/[*?[]/.test(s)) fatal(`not removing '${p.args[i]}' recursively without -r`);
    for (const f of hits) if (!chosen.includes(f)) chosen.push(f);
  });
  chosen.sort();
  const cached = has(p, 'cached');
  if (!has(p, 'force')) {
    const head = headFiles(r);
    const staged: string[] = [];
    const local: string[] = [];
    const both: string[] = [];
    for (const f of chosen) {
      const idx = index.get(f)!;
      const wt = worktreeIndexEntry(r, f);
      const stagedChange = head.get(f)?.oid !== idx.oid;
      const localChange = !!wt && wt.oid !== idx.oid;
      if (localChange && stagedChange) both.push(f);
      else if (!cached) {
        if (stagedChange) staged.push(f);
        if (localChange) local.push(f);
      }
    }
    let msg = '';
    const block = (list: string[], one: string, many: string, how: string) => {
      if (!list.length) return;
      msg += `error: ${list.length === 1 ? one : many}\n${list.map((f) => `    ${f}\n`).join('')}${how}\n`;
    };
    block(both, 'the following file has staged content different from both the\nfile and the HEAD:', 'the following files have staged content different from both the\nfile and the HEAD:', '(use -f to force removal)');
    block(staged, 'the following file has changes staged in the index:', 'the following files have changes staged in the index:', '(use --cached to keep the file, or -f to force removal)');
    block(local, 'the following file has local modifications:', 'the following files have local modifications:', '(use --cached to keep the file, or -f to force removal)');
    if (msg) {
      ctx.err(msg);
      return 1;
    }
  }
  const fs = ctx.host.fs;
  for (const f of chosen) {
    if (!has(p, 'quiet')) ctx.out(`rm '${f}'\n`);
    if (has(p, 'dry-run')) continue;
    index.delete(f);
    if (!cached) {
      fs.remove(abs(r, f));
      // empty directories left behind go too
      let d = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
      while (d) {
        const l = fs.list(abs(r, d));
        if (typeof l === 'string' || l.length) break;
        fs.remove(abs(r, d));
        d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '';
      }
    }
  }
  if (!has(p, 'dry-run')) writeIndex(r, index);
  return 0;
}

export function* mv(g: Git): CommandRun {
  const usage = USAGE.mv;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const fs = g.ctx.host.fs;
  if (p.args.length < 2) usageOnly(usage);
  const srcs = p.args.slice(0, -1);
  const dstArg = p.args[p.args.length - 1];
  const dstAbs = fs.resolve(g.cwd, dstArg);
  const intoDir = fs.isDir(dstAbs);
  if (srcs.length > 1 && !intoDir) fatal(`destination '${dstArg}' is not a directory`);
  const index = readIndex(r);
  for (const s of srcs) {
    const src = relPath(r, g.cwd, s)!;
    const dst = relPath(r, g.cwd, intoDir ? `${dstArg}/${s.replace(/\/$/, '').split('/').pop()}` : dstArg)!;
    const shown = `source=${src}, destination=${dst}`;
    const node = fs.get(abs(r, src));
    if (!node) fatal(`bad source, ${shown}`);
    const tracked = [...index.keys()].filter((f) => f === src || f.startsWith(src + '/'));
    if (!tracked.length) fatal(`not under version control, ${shown}`);
    if (fs.exists(abs(r, dst)) && !has(p, 'force')) fatal(`destination exists, ${shown}`);
    if (has(p, 'verbose') || has(p, 'dry-run')) g.ctx.out(`Renaming ${src} to ${dst}\n`);
    if (has(p, 'dry-run')) continue;
    fs.mkdir(fs.dirname(abs(r, dst)), true);
    fs.copy(abs(r, src), abs(r, dst), true);
    fs.remove(abs(r, src), true);
    for (const f of tracked) {
      const e = index.get(f)!;
      index.delete(f);
      index.set(dst + f.slice(src.length), e);
    }
  }
  writeIndex(r, index);
  return 0;
}
