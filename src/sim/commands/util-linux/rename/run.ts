// rename of util-linux 2.37.4, ported from misc-utils/rename.c: the first occurrence of EXPRESSION in each file's
// name (in its last component unless either string holds a slash) becomes REPLACEMENT; -s changes a symlink's
// target instead; -n shows without doing, -v tells, -o keeps existing files, -i asks. Exit status: 0 when every file
// was renamed, 4 when none needed it, 2 for some, 1 on errors (RENAME_EXIT_*).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { inodeOf } from '../../lib/inode';
import { spec } from './spec';

function replace(from: string, to: string, s: string, orig: string): string | null {
  const at = s.indexOf(from);
  if (at < 0) return null;
  const where = orig.length - s.length + at;
  return orig.slice(0, where) + to + orig.slice(where + from.length);
}

function* rename(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (ops.length < 3) {
    ctx.err("rename: not enough arguments\nTry 'rename --help' for more information.\n");
    return 1;
  }
  const [from, to, ...files] = ops;
  if (from === to) return 4;
  let nooverwrite = false;
  let interactive = false;
  for (const { key } of o.list) {
    if (key === 'no-overwrite') (nooverwrite = true), (interactive = false);
    if (key === 'interactive') (interactive = true), (nooverwrite = false);
  }
  const verbose = o.has('verbose');
  const noact = o.has('no-act');
  const fs = ctx.host.fs;
  const warn = (m: string) => ctx.err(`rename: ${m}\n`);
  // -i without a terminal to answer: fgetc() meets EOF, "n" is taken
  const ask = (name: string) => {
    ctx.out(`rename: overwrite \`${name}'? n\n`);
    return 1;
  };
  let ret = 0;
  for (const s of files) {
    const abs = ctx.resolve(s);
    const node = fs.lget(abs);
    if (!node) {
      warn(`${s}: not accessible: No such file or directory`);
      ret |= 2;
      continue;
    }
    if (o.has('symlink')) {
      if (node.type !== 'link') {
        warn(`${s}: not a symbolic link`);
        ret |= 2;
        continue;
      }
      const target = node.target;
      const nn = replace(from, to, target, target);
      if (nn === null) continue;
      let r = 1;
      let no = nooverwrite;
      let inter = interactive;
      if ((no || inter) && !fs.lget(ctx.resolve(nn))) no = inter = false;
      if (no || (inter && (noact || ask(nn) !== 0))) {
        if (verbose) ctx.out(`Skipping existing link: \`${s}' -> \`${target}'\n`);
        r = 0;
      }
      if (r === 1 && !noact) {
        if (!canWrite(ctx.frame.user, abs)) {
          warn(`${s}: unlink failed: Permission denied`);
          r = 2;
        } else {
          fs.remove(abs);
          fs.symlink(nn, abs);
        }
      }
      if (verbose && (noact || r === 1)) ctx.out(`${s}: \`${target}' -> \`${nn}'\n`);
      ret |= r;
      continue;
    }
    const file = !from.includes('/') && !to.includes('/') && s.includes('/') ? s.slice(s.lastIndexOf('/')) : s;
    const nn = replace(from, to, file, s);
    if (nn === null) continue;
    let r = 1;
    let no = nooverwrite;
    let inter = interactive;
    const target = ctx.resolve(nn);
    if ((no || inter) && !fs.get(target)) no = inter = false;
    if (no || (inter && (noact || ask(nn) !== 0))) {
      if (verbose) ctx.out(`Skipping existing file: \`${nn}'\n`);
      r = 0;
    } else if (!noact) {
      const dest = fs.get(fs.dirname(target));
      if (!dest || dest.type !== 'dir') {
        warn(`${s}: rename to ${nn} failed: No such file or directory`);
        r = 2;
      } else if (!canWrite(ctx.frame.user, abs) || !canWrite(ctx.frame.user, target)) {
        warn(`${s}: rename to ${nn} failed: Permission denied`);
        r = 2;
      } else if (fs.get(target)?.type === 'dir' && node.type !== 'dir') {
        warn(`${s}: rename to ${nn} failed: Is a directory`);
        r = 2;
      } else if (target !== abs) {
        const ino = inodeOf(node, abs);
        if (fs.lget(target)) fs.remove(target, true);
        if (node.type === 'link') fs.symlink(node.target, target);
        else fs.copy(abs, target);
        const moved = fs.lget(target);
        if (moved) moved.ino = ino;
        fs.remove(abs, true);
      }
    }
    if (verbose && (noact || r === 1)) ctx.out(`\`${s}' -> \`${nn}'\n`);
    ret |= r;
  }
  return [4, 0, 1, 2][ret] ?? 64;
}

def({ name: 'rename', summary: 'rename files', spec, run: rename });
