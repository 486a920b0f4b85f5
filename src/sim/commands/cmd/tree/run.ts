// `tree` (tree.com): the folder structure from a folder down, files too with /F, ASCII lines with /A.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { volume } from '../volume';

export function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  let files = false;
  let ascii = false;
  let target: string | null = null;
  for (const a of ctx.args) {
    if (a.startsWith('/')) {
      const k = a.slice(1).toUpperCase();
      if (k === 'F') files = true;
      else if (k === 'A') ascii = true;
      else {
        ctx.err(`Invalid switch - ${a.toUpperCase()}\n`);
        return 1;
      }
    } else if (target === null) target = a.replace(/"/g, '');
    else {
      ctx.err(`Too many parameters - ${a}\n`);
      return 1;
    }
  }
  const root = target === null ? ctx.frame.cwd : fs.resolve(ctx.frame.cwd, target);
  const v = volume(root);
  let out = `Folder PATH listing for volume ${v.label}\nVolume serial number is ${v.serial}\n`;
  if (!fs.isDir(root)) {
    ctx.out(out);
    ctx.err(`Invalid path - ${root.slice(2).toUpperCase() || '\\'}\nNo subfolders exist \n\n`);
    return 1;
  }
  out += (target === null ? `${v.drive}:.` : fs.canonical(root).toUpperCase()) + '\n';
  const G = ascii ? { mid: '+---', last: '\\---', bar: '|   ' } : { mid: '├───', last: '└───', bar: '│   ' };
  let any = false;
  const walk = (dir: string, prefix: string) => {
    const list = fs.list(dir);
    if (typeof list === 'string') return;
    const subs = list.filter((e) => e.type === 'dir');
    if (files) {
      const fl = list.filter((e) => e.type === 'file');
      const lead = prefix + (subs.length ? G.bar : '    ');
      for (const f of fl) out += `${lead}${f.name}\n`;
      if (fl.length) out += lead + '\n';
    }
    subs.forEach((d, i) => {
      any = true;
      const last = i === subs.length - 1;
      out += `${prefix}${last ? G.last : G.mid}${d.name}\n`;
      walk(fs.join(dir, d.name), prefix + (last ? '    ' : G.bar));
    });
  };
  walk(root, '');
  if (!any) out += 'No subfolders exist \n\n';
  ctx.out(out);
  return 0;
}
