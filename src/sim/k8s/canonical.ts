/**
 * canonicalKubectl: a canonical form of a kubectl command line, so that two spellings of the same
 * command compare equal (short names resolved, flags in any order, `-n x` = `--namespace=x` = `--namespace x`).
 */
import { isParseError, parseKubectl, type FlagValue } from './kubectl/cli';
import { lookupResource } from './resources';

export type CanonicalResult =
  | { ok: true; canonical: string; path: string[]; args: string[]; flags: Record<string, FlagValue>; rest: string[] }
  | { ok: false; error: string };

/** commands whose first argument is a resource type (or TYPE/NAME list) */
const TYPED = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'edit', 'scale', 'expose', 'autoscale', 'explain', 'set image', 'rollout status', 'rollout history', 'rollout undo', 'rollout pause', 'rollout resume', 'rollout restart', 'logs']);

function resolveType(t: string): string | undefined {
  if (t === 'all') return 'all';
  const r = lookupResource(t);
  return r ? (r.group ? `${r.name}.${r.group}` : r.name) : undefined;
}

/** Tokenises a command line as a POSIX shell would for simple quoting. */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < line.length) cur += line[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur) out.push(cur);
  return out;
}

export function canonicalKubectl(input: string[] | string): CanonicalResult {
  let argv = typeof input === 'string' ? splitWords(input) : [...input];
  if (argv[0] === 'kubectl' || argv[0] === 'k') argv = argv.slice(1);
  if (argv.length === 0) return { ok: false, error: 'no command' };
  const p = parseKubectl(argv);
  if (isParseError(p)) return { ok: false, error: `error: ${p.error}` };
  if (p.path.length === 0) return { ok: false, error: `error: unknown command "${argv.find((a) => !a.startsWith('-')) ?? ''}" for "kubectl"` };
  const key = p.path.join(' ');
  let args = [...p.args];
  if (TYPED.has(key) && args.length) {
    const out: string[] = [];
    const first = args[0];
    if (first.includes('/')) {
      // TYPE/NAME forms
      for (const a of args) {
        const [t, n] = a.split('/');
        const r = resolveType(t);
        if (!r) return { ok: false, error: `error: the server doesn't have a resource type "${t}"` };
        out.push(`${r}/${n}`);
      }
      if (out.length === 1 && key !== 'logs') {
        const [t, n] = out[0].split('/');
        args = [t, n];
      } else args = out;
    } else if (key !== 'logs') {
      const types = first.split(',').map(resolveType);
      const bad = first.split(',').find((_, i) => !types[i]);
      if (bad !== undefined) return { ok: false, error: `error: the server doesn't have a resource type "${bad}"` };
      args = [types.join(','), ...args.slice(1)];
    }
  }
  if ((key === 'cordon' || key === 'uncordon' || key === 'drain' || key === 'taint') && args[0]) {
    if (args[0].startsWith('node/') || args[0].startsWith('nodes/')) args[0] = args[0].split('/')[1];
    if (key === 'taint' && args[0] && (args[0] === 'node' || args[0] === 'no' || args[0] === 'nodes')) args[0] = 'nodes';
  }
  const flags: Record<string, FlagValue> = {};
  for (const k of Object.keys(p.flags).sort()) flags[k] = p.flags[k];
  const fl = Object.keys(flags).map((k) => {
    const v = flags[k];
    if (v === true) return `--${k}`;
    if (Array.isArray(v)) return v.map((x) => `--${k}=${x}`).join(' ');
    return `--${k}=${v}`;
  });
  const parts = ['kubectl', ...p.path, ...args, ...fl];
  if (p.dash) parts.push('--', ...p.rest);
  return { ok: true, canonical: parts.join(' '), path: p.path, args, flags, rest: p.rest };
}
