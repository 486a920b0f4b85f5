// `set -x`: what bash prints before it runs a command (print_cmd.c): $PS4, expanded as a prompt, its first
// character once more for each level of eval, `source`, trap or command substitution (indirection_level_string);
// words quoted as xtrace_print_word_list quotes them, assignments as xtrace_print_assignment prints them.
import type { Frame } from '../context';
import type { Yield } from '../types';
import type { IO, Runtime } from './runtime';
import { parseBash } from './parser';
import { decodePrompt } from './prompt';
import { expandWord } from './expand';

/** Commands run again by `command` or `exec` are not shown twice: the next simple command is not traced. */
export const traceState = { skip: 0 };

/** sh_contains_shell_metas */
function hasMetas(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (' \t\n\'"\\|&;()<>!{}*[?]^$`'.includes(c)) return true;
    if (c === '~' && (i === 0 || s[i - 1] === '=' || s[i - 1] === ':')) return true;
    if (c === '#' && i === 0) return true;
  }
  return false;
}

/** ansic_quote: $'...' for a word with characters that do not print. */
function ansic(s: string): string {
  let out = "$'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c !== 0x7f) out += ch;
    else {
      const named: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 27: 'E' };
      out += named[c] ? '\\' + named[c] : '\\' + c.toString(8).padStart(3, '0');
    }
  }
  return out + "'";
}

const unprintable = (s: string) => /[\x00-\x1f\x7f]/.test(s);
const single = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A word of a traced command. */
export function xquote(w: string): string {
  if (w === '') return "''";
  if (hasMetas(w)) return single(w);
  if (unprintable(w)) return ansic(w);
  return w;
}

/** The value of a traced assignment (an empty one stays empty). */
export function xvalue(v: string): string {
  if (v === '') return v;
  if (hasMetas(v)) return single(v);
  if (unprintable(v)) return ansic(v);
  return v;
}

/** Whether `set -x` shows commands run in this frame now. */
export function tracing(frame: Frame): boolean {
  return !!frame.options?.has('xtrace') && !expanding;
}

/** PS4 is being expanded: what that runs is not traced. */
let expanding = false;

/** indirection_level_string: PS4 expanded, its first character repeated for each level past the first. */
export function* ps4(rt: Runtime, frame: Frame): Generator<Yield, string, unknown> {
  const raw = frame.env.PS4 ?? '+ ';
  if (raw === '' || expanding) return '';
  const host = rt.world.host(frame.hostId);
  const decoded = decodePrompt(raw, frame, {
    user: frame.user,
    hostname: host.hostname,
    euid0: frame.user === 'root',
    now: new Date(rt.world.now),
    jobs: rt.hooks.jobs?.list().length ?? 0,
    histNumber: frame.history.length + 1,
    commandNumber: frame.history.length + 1,
  });
  let text = decoded;
  if (/[$`]/.test(decoded)) {
    const r = parseBash(`: "${decoded.replace(/"/g, '\\"')}"`);
    const c = r.ok ? r.list[0]?.first.cmds[0] : undefined;
    const w = c && !('kind' in c) ? c.words[1] : undefined;
    if (w) {
      // the expansion itself is not traced; $? stays
      expanding = true;
      const saved = frame.lastExit;
      try {
        text = (yield* expandWord(rt, frame, w, false)).join('');
      } finally {
        expanding = false;
        frame.lastExit = saved;
      }
    }
  }
  if (text === '') return '';
  const level = frame.xlevel ?? 1;
  return text[0].repeat(Math.max(0, level - 1)) + text;
}

/** Print one traced line. */
export function* trace(rt: Runtime, frame: Frame, io: IO, line: string): Generator<Yield, void, unknown> {
  io.err((yield* ps4(rt, frame)) + line + '\n');
}
