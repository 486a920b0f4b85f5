// `where` (where.exe): the files matching each pattern in the current folder and along PATH, with PATHEXT's
// extensions tried too; /R searches a folder tree instead, /Q only sets the exit code, /F quotes the names.
// Texts: where.exe's own (tests/golden/cmd/SOURCES.md). /T is accepted; its column layout is not reproduced.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { PROGRAMS } from '../programs';
import HELP from './help';

const usage = (ctx: CommandContext, text: string): number => {
  ctx.err(text + 'Type "WHERE /?" for usage help.\n');
  return 2;
};

export function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const flags = { q: false, f: false, t: false, r: null as string | null };
  const patterns: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (/^[/-]/.test(a)) {
      const k = a.slice(1).toLowerCase();
      if (k === 'q') flags.q = true;
      else if (k === 'f') flags.f = true;
      else if (k === 't') flags.t = true;
      else if (k === 'r') {
        const dir = ctx.args[++i];
        if (dir === undefined) return usage(ctx, `ERROR: Invalid argument or option - '${a}'.\n`);
        flags.r = dir;
      } else return usage(ctx, `ERROR: Invalid argument or option - '${a}'.\n`);
    } else patterns.push(a.replace(/"/g, ''));
  }
  if (!patterns.length) {
    ctx.out('The syntax of this command is:\n' + HELP);
    return 2;
  }
  const exts = (ctx.frame.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean);
  const names = (dir: string): string[] => {
    const list = fs.list(dir);
    const own = typeof list === 'string' ? [] : list.filter((e) => e.type === 'file').map((e) => e.name);
    const canon = fs.canonical(dir).toLowerCase();
    const installed = Object.entries(PROGRAMS).find(([d]) => d.toLowerCase() === canon)?.[1] ?? [];
    return [...new Set([...own, ...installed])];
  };
  const matches = (dir: string, pattern: string): string[] => {
    const out: string[] = [];
    const hasExt = /\.[^.\\]*$/.test(pattern) && !pattern.endsWith('*');
    for (const n of names(dir)) if (globMatch(pattern, n, true) || (!hasExt && exts.some((e) => globMatch(pattern + e, n, true)))) out.push(fs.join(fs.canonical(dir), n));
    return out;
  };
  let dirs: string[];
  if (flags.r !== null) {
    const root = fs.resolve(ctx.frame.cwd, flags.r);
    if (!fs.isDir(root)) return usage(ctx, 'ERROR: Invalid directory specified.\n');
    dirs = [];
    const walk = (d: string) => {
      dirs.push(d);
      const list = fs.list(d);
      if (typeof list !== 'string') for (const e of list) if (e.type === 'dir') walk(fs.join(d, e.name));
    };
    walk(root);
  } else {
    const path = (Object.entries(ctx.frame.env).find(([k]) => k.toLowerCase() === 'path')?.[1] ?? '').split(';').filter(Boolean);
    dirs = [ctx.frame.cwd, ...path.map((p) => fs.resolve(ctx.frame.cwd, p))];
  }
  const found: string[] = [];
  let missing = false;
  for (const p of patterns) {
    const hits = [...new Set(dirs.flatMap((d) => matches(d, p)))];
    if (!hits.length) missing = true;
    for (const h of hits) if (!found.includes(h)) found.push(h);
  }
  if (!flags.q) ctx.out(found.map((f) => (flags.f ? `"${f}"` : f) + '\n').join(''));
  if (missing && !flags.q) ctx.err('INFO: Could not find files for the given pattern(s).\n');
  return missing ? 1 : 0;
}
