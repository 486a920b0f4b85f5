// hash: the table of commands the shell found in $PATH (hash.def): listed with their hits, -r forgets them all,
// NAME looks one up now, -p PATH sets one, -d forgets one, -t prints where one is, -l lists them as commands.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { binDir } from '../../../commands/lib/paths';
import { BASH_BUILTINS } from '../type/run';
import { hashFlush, hashInsert, hashRemove, hashSearch, hashWalk } from '../../hashcmd';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts;
  const f = ctx.frame;
  const names = ctx.operands ?? [];
  const portable = !!o?.has('l');
  if (!names.length && (o?.has('d') || o?.has('t'))) {
    ctx.err(`-bash: hash: ${o?.has('d') ? '-d' : '-t'}: option requires an argument\n`);
    return 1;
  }
  if (!names.length && !o?.has('r')) {
    const all = hashWalk(f);
    if (!all.length) ctx.out('hash: hash table empty\n');
    else if (portable) ctx.out(all.map((e) => `builtin hash -p ${e.path} ${e.name}\n`).join(''));
    else ctx.out('hits\tcommand\n' + all.map((e) => `${String(e.hits).padStart(4)}\t${e.path}\n`).join(''));
    return 0;
  }
  if (o?.has('r')) hashFlush(f);
  if (o?.has('t')) {
    let ok = true;
    for (const n of names) {
      const p = hashSearch(f, n);
      if (p === undefined) {
        ctx.err(`-bash: hash: ${n}: not found\n`);
        ok = false;
        continue;
      }
      ctx.out(portable ? `builtin hash -p ${p} ${n}\n` : `${names.length > 1 ? `${n}\t` : ''}${p}\n`);
    }
    return ok ? 0 : 1;
  }
  const path = o?.str('p');
  let code = 0;
  for (const n of names) {
    if (n.includes('/')) continue;
    if (path !== undefined) {
      if (ctx.host.fs.isDir(ctx.resolve(path))) {
        ctx.err(`-bash: hash: ${path}: Is a directory\n`);
        code = 1;
      } else hashInsert(f, n, path, 0);
    } else if (o?.has('d')) {
      if (!hashRemove(f, n)) {
        ctx.err(`-bash: hash: ${n}: not found\n`);
        code = 1;
      }
    } else if (!f.functions?.[n] && !BASH_BUILTINS.has(n)) {
      hashRemove(f, n);
      const d = findCommand('bash', n);
      if (d && (!d.available || d.available(ctx.host, ctx.world))) hashInsert(f, n, `${binDir(n)}/${n}`, 0);
      else {
        ctx.err(`-bash: hash: ${n}: not found\n`);
        code = 1;
      }
    }
  }
  return code;
}
