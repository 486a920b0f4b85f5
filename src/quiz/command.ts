/**
 * Is a typed command the same as an expected one? Both go through the simulator's own parsers:
 * the shell tokenizer for quoting and spacing, and canonicalKubectl for kubectl (short resource names,
 * flags in any order, `-n x` = `--namespace=x`). Other tools compare word for word, because for them the
 * position of a flag can change its meaning (`vagrant -f destroy` still asks; `vagrant destroy -f` does not).
 */
import { tokenize } from '../sim/shell/parse';
import { canonicalKubectl } from '../sim/k8s/canonical';

import type { Shell } from './grading';

export type { Shell };

export type Canonical = { ok: true; key: string } | { ok: false; error: string };

/** Words of a typed line, without a pasted prompt (`$ `, `# `, `D:\…> `). */
export function commandWords(line: string, shell: Shell = 'bash'): string[] {
  let text = line.trim();
  if (shell === 'cmd') text = text.replace(/^[A-Za-z]:\\[^>]*>\s*/, '');
  else text = text.replace(/^(?:\[[^\]]*\][$#]|[$#])\s+/, '');
  if (shell === 'cmd') return text.split(/\s+/).filter(Boolean).map((w) => w.replace(/^"(.*)"$/, '$1'));
  return tokenize(text);
}

export function canonicalCommand(line: string, shell: Shell = 'bash'): Canonical {
  const words = commandWords(line, shell);
  if (words.length === 0) return { ok: false, error: 'empty' };
  if (shell === 'cmd') words[0] = words[0].toLowerCase().replace(/\.exe$/, '');
  if (words[0] === 'kubectl' || (shell === 'bash' && words[0] === 'k')) {
    const c = canonicalKubectl(words);
    return c.ok ? { ok: true, key: c.canonical } : { ok: false, error: c.error };
  }
  return { ok: true, key: words.join('\u0000') };
}

export interface CommandVerdict {
  correct: boolean;
  /** The parser's complaint about the typed command, when it had one. */
  error?: string;
}

export function sameCommand(typed: string, expected: readonly string[], shell: Shell = 'bash'): CommandVerdict {
  const mine = canonicalCommand(typed, shell);
  if (!mine.ok) return { correct: false, error: mine.error === 'empty' ? undefined : mine.error };
  for (const e of expected) {
    const want = canonicalCommand(e, shell);
    if (want.ok && want.key === mine.key) return { correct: true };
  }
  return { correct: false };
}
