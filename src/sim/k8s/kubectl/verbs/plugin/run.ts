/**
 * kubectl plugin list: the executables named kubectl-* in the directories of PATH, as v1.28's
 * staging/src/k8s.io/kubectl/pkg/cmd/plugin/plugin.go finds and checks them (each directory once, in PATH's order;
 * a directory it cannot read is skipped with a note; each plugin's warnings under its line: not executable,
 * overshadowed by an earlier one of the same name, or naming an existing kubectl command). It asks no server.
 */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { TREE } from '../../tree';
import type { KResult } from '../../result';

/** one directory entry as os.ReadDir and os.Stat see it */
export interface PluginDirEntry {
  name: string;
  dir: boolean;
  exec: boolean;
}

/** cobra's root.Find over a plugin's name split at '-': the deepest command its leading words name */
function overwrites(bin: string): string | null {
  const words = bin.split('-').slice(1);
  let found: string | null = null;
  for (let i = 1; i <= words.length; i++) {
    const key = words.slice(0, i).join(' ');
    if (!TREE[key]) break;
    found = key;
  }
  return found ? `kubectl ${found}` : null;
}

export function run(k: Kubectl, p: Parsed): KResult {
  const nameOnly = p.flags['name-only'] === true;
  const seq: [stream: 'out' | 'err', text: string][] = [];
  const plugins: { path: string; exec: boolean }[] = [];
  const seenDirs = new Set<string>();
  for (const dir of (k.env.pathEnv ?? '').split(':')) {
    if (seenDirs.has(dir)) continue;
    seenDirs.add(dir);
    if (!dir.trim()) continue;
    const entries = k.env.readDir?.(dir) ?? 'no such file or directory';
    if (typeof entries === 'string') {
      seq.push(['err', `Unable to read directory "${dir}" from your PATH: open ${dir}: ${entries}. Skipping...\n`]);
      continue;
    }
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.dir || !e.name.startsWith('kubectl-')) continue;
      plugins.push({ path: `${dir.replace(/\/+$/, '')}/${e.name}`, exec: e.exec });
    }
  }
  const errors: string[] = [];
  if (plugins.length) seq.push(['out', 'The following compatible plugins are available:\n\n']);
  else errors.push('error: unable to find any kubectl plugins in your PATH');
  const seen = new Map<string, string>();
  let warnings = 0;
  for (const pl of plugins) {
    const bin = pl.path.split('/').pop()!;
    seq.push(['out', `${nameOnly ? bin : pl.path}\n`]);
    const errs: string[] = [];
    if (!pl.exec) errs.push(`warning: ${pl.path} identified as a kubectl plugin, but it is not executable`);
    const first = seen.get(bin);
    if (first) errs.push(`warning: ${pl.path} is overshadowed by a similarly named plugin: ${first}`);
    else seen.set(bin, pl.path);
    const cmd = overwrites(bin);
    if (cmd) errs.push(`warning: ${bin} overwrites existing command: "${cmd}"`);
    for (const e of errs) seq.push(['err', `  - ${e}\n`]);
    warnings += errs.length;
  }
  if (warnings) errors.push(warnings === 1 ? 'error: one plugin warning was found' : `error: ${warnings} plugin warnings were found`);
  // the errors joined by newlines, which cmdutil.CheckErr prints as they are
  if (errors.length) seq.push(['err', errors.join('\n') + '\n']);
  const text = (s: 'out' | 'err') => seq.filter(([x]) => x === s).map(([, t]) => t).join('');
  return { out: text('out'), err: text('err'), code: errors.length ? 1 : 0, seq };
}
