// git config (builtin/config.c): get, set, --unset, --list over ~/.gitconfig and .git/config, with --global and
// --local; /etc/gitconfig does not exist on the box (the package ships none).
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { allConfig, canonicalKey, fullKey, globalPath, parseConfig, setConfig } from './config';
import { parseOpts, tableFromUsage, has, usageError } from './opts';
import { fatal, GitFatal, readText } from './repo';

export function* config(g: Git): CommandRun {
  const usage = USAGE.config;
  const p = parseOpts(g.args, tableFromUsage(usage), usage);
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  const scope = has(p, 'global') ? 'global' : has(p, 'local') ? 'local' : has(p, 'system') ? 'system' : null;
  const repo = g.repoOrNull();
  if (scope === 'local' && !repo) fatal('--local can only be used inside a git repository');
  const file = scope === 'global' ? globalPath(ctx) : scope === 'system' ? '/etc/gitconfig' : scope === 'local' ? `${repo!.git}/config` : null;
  const nul = has(p, 'null');
  const term = nul ? '\0' : '\n';
  if (has(p, 'list')) {
    if (p.args.length) usageError('wrong number of arguments, should be 0', usage);
    let out = '';
    const sources = file ? [{ lines: readOrDie(g, file) }] : allConfig(ctx, repo);
    for (const f of sources) for (const l of f.lines) out += fullKey(l) + (l.value === null ? '' : (nul ? '\n' : '=') + l.value) + term;
    for (const [k, v] of g.overrides) out += `${k}=${v}${term}`;
    return yield* g.page(out);
  }
  const unset = has(p, 'unset');
  const get = has(p, 'get');
  if (!p.args.length) {
    ctx.err(usage);
    return 129;
  }
  const key = canonicalKey(p.args[0]);
  const badKey = () => {
    ctx.err(p.args[0].includes('.') ? `error: invalid key: ${p.args[0]}\n` : `error: key does not contain a section: ${p.args[0]}\n`);
  };
  if (unset || (!get && p.args.length >= 2)) {
    if (unset ? p.args.length !== 1 : p.args.length !== 2) usageError(`wrong number of arguments, should be ${unset ? 1 : 2}`, usage);
    if (!key) {
      badKey();
      return 1;
    }
    const target = file ?? (repo ? `${repo.git}/config` : null);
    if (!target) fatal('not in a git directory');
    if (scope === 'system' && ctx.frame.user !== 'root') {
      ctx.err('error: could not lock config file /etc/gitconfig: Permission denied\n');
      return 255;
    }
    const ok = setConfig(ctx, target!, key, unset ? null : p.args[1]);
    return ok ? 0 : 5;
  }
  if (p.args.length > 2) usageError('wrong number of arguments, should be from 1 to 2', usage);
  if (!key) {
    badKey();
    return 1;
  }
  let value: string | null = null;
  const sources = file ? [{ lines: fs.exists(file) ? parseConfig(String(readText(fs, file))) : [] }] : allConfig(ctx, repo);
  for (const f of sources) for (const l of f.lines) if (fullKey(l) === key.toLowerCase() || fullKey(l) === key) value = l.value ?? 'true';
  const ov = g.overrides.get(key.toLowerCase());
  if (!file && ov !== undefined) value = ov;
  if (value === null) return 1;
  ctx.out(value + term);
  return 0;
}

function readOrDie(g: Git, file: string) {
  const t = readText(g.ctx.host.fs, file);
  if (typeof t !== 'string') throw new GitFatal(`fatal: unable to read config file '${file}': No such file or directory\n`, 128);
  return parseConfig(t);
}
