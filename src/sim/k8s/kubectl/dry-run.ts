/**
 * kubectl's --dry-run (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go, 1.28.7 source): AddDryRunFlag gives the
 * flag the NoOptDefVal "unchanged", so a bare `--dry-run` means client with a klog warning; a boolean value is the
 * old form, with its own warning (true: client, false: none); anything else is refused by GetDryRunStrategy.
 * The hidden, deprecated flags the tree (tree.ts, from the help) does not list are here too.
 */
import { fnv32a } from '../../hash';
import type { Parsed } from './cli';

/** helpers.go's line of each klog.Warning in GetDryRunStrategy, as the 1.28.15 and 1.29.14 clients print it */
const LINES: Record<number, { bare: number; yes: number; no: number }> = { 28: { bare: 692, yes: 706, no: 709 }, 29: { bare: 704, yes: 718, no: 721 } };
const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** klog's header: Lmmdd hh:mm:ss.uuuuuu, the thread id right-aligned in seven columns, file:line] */
export function klogLine(level: 'W' | 'E' | 'I', now: number, pid: number, where: string, msg: string): string {
  const t = new Date(now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const us = (t.getUTCMilliseconds() * 1000 + (fnv32a(`${now}:${where}`) % 1000)) % 1000000;
  return `${level}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}.${p(us, 6)} ${String(pid).padStart(7)} ${where}] ${msg}\n`;
}

/**
 * Reads --dry-run the way GetDryRunStrategy does and leaves in p.flags['dry-run'] only "client" or "server" (absent
 * for none); returns the warning klog prints, or the error for a value it does not know.
 */
export function dryRunStrategy(p: Parsed, minor: number, now: number, pid: number): { warn: string; error?: string } {
  if (!('dry-run' in p.flags)) return { warn: '' };
  const v = String(p.flags['dry-run']);
  const line = LINES[minor] ?? LINES[28];
  const w = (n: number, msg: string) => klogLine('W', now, pid, `helpers.go:${n}`, msg);
  let warn = '';
  let strategy: string;
  if (v === 'unchanged') {
    warn = w(line.bare, '--dry-run is deprecated and can be replaced with --dry-run=client.');
    strategy = 'client';
  } else if (TRUE.includes(v)) {
    warn = w(line.yes, `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=client.`);
    strategy = 'client';
  } else if (FALSE.includes(v)) {
    warn = w(line.no, `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=none.`);
    strategy = 'none';
  } else if (v === 'client' || v === 'server' || v === 'none') strategy = v;
  else return { warn: '', error: `error: Invalid dry-run value (${v}). Must be "none", "server", or "client".` };
  if (strategy === 'none') delete p.flags['dry-run'];
  else p.flags['dry-run'] = strategy;
  return { warn };
}

/** Flags a command has but hides from its help, with pflag's deprecation message (drain.go MarkDeprecated). */
export const HIDDEN_FLAGS: Record<string, { name: string; type: 'bool'; deprecated: string; sameAs: string }[]> = {
  drain: [{ name: 'delete-local-data', type: 'bool', deprecated: 'This option is deprecated and will be deleted. Use --delete-emptydir-data.', sameAs: 'delete-emptydir-data' }],
};
