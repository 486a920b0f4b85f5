// git cat-file (builtin/cat-file.c: -t, -s, -e, -p and `<type> <object>`) and git ls-files (builtin/ls-files.c:
// the index's paths below the current directory, -s/--stage with mode, id and stage, -u/--unmerged), reading the
// zlib objects and the DIRC index of objects.ts.
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { parseOpts, tableFromUsage, has, usageOnly } from './opts';
import { fatal, fromCwd, readIndex, readObject, readTree, relPath, resolveObject } from './repo';
import { matches, specs } from './cmd-add';

export function* catFile(g: Git): CommandRun {
  const usage = USAGE['cat-file'];
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const mode = ['t', 's', 'e', 'p'].find((k) => has(p, k));
  let type: string | undefined;
  let name: string;
  if (mode) {
    if (p.args.length !== 1) usageOnly(usage);
    name = p.args[0];
  } else {
    if (p.args.length !== 2) usageOnly(usage);
    [type, name] = p.args;
  }
  const oid = resolveObject(r, name);
  const o = oid ? readObject(r, oid) : null;
  if (!o) {
    if (mode === 'e') return 1;
    return fatal(`Not a valid object name ${name}`);
  }
  const ctx = g.ctx;
  if (mode === 'e') return 0;
  if (mode === 't') ctx.out(o.type + '\n');
  else if (mode === 's') ctx.out(o.raw.length + '\n');
  else if (mode === 'p' && o.type === 'tree')
    ctx.out(readTree(r, oid!).map((e) => `${e.mode.padStart(6, '0')} ${e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob'} ${e.oid}\t${e.name}\n`).join(''));
  else if (mode === 'p') ctx.out(o.body);
  else {
    // `<type> <object>`: the object, or what it peels to, must be of that type
    if (type !== o.type) fatal(`git cat-file ${name}: bad file`);
    ctx.out(o.body);
  }
  return 0;
}

export function* lsFiles(g: Git): CommandRun {
  const usage = USAGE['ls-files'];
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const r = g.repo();
  const index = readIndex(r);
  const stage = has(p, 'stage');
  const unmerged = has(p, 'unmerged');
  const here = relPath(r, g.cwd, '.') ?? '';
  const sp = p.args.length ? specs(g, r, p.args) : null;
  let out = '';
  for (const path of [...index.keys()].sort()) {
    if (here && !path.startsWith(here + '/')) continue;
    if (sp && !sp.some((s) => matches(s, path))) continue;
    const e = index.get(path)!;
    const name = fromCwd(r, g.cwd, path);
    if (unmerged && !e.conflict) continue;
    if (stage || unmerged) {
      if (e.conflict) for (const s of [1, 2, 3] as const) if (e.conflict[s]) out += `${e.conflict[s]!.mode} ${e.conflict[s]!.oid} ${s}\t${name}\n`;
      if (!e.conflict) out += `${e.mode} ${e.oid} 0\t${name}\n`;
    } else out += name + '\n';
  }
  g.ctx.out(out);
  return 0;
}
