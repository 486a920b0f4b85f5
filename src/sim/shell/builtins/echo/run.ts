// echo: its words, `-n` without the newline, `-e` with backslash escapes (builtins/echo.def).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { byteChar, canonical } from '../../../commands/lib/bytes';

/** Backslash escapes of `echo -e` and `printf %b`; `\c` ends the output (returned as stop). */
export function escapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: canonical(out), stop: true };
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
      out += byteChar(parseInt(m || '0', 8));
      i += m.length;
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{0,2}/.exec(s.slice(i + 1))![0];
      if (!m) out += '\\x';
      else out += byteChar(parseInt(m, 16));
      i += m.length;
    } else out += '\\' + n;
  }
  return { text: canonical(out), stop: false };
}

export function* run(ctx: CommandContext): CommandRun {
  let args = ctx.args;
  let newline = true;
  let esc = false;
  while (args.length && /^-[neE]+$/.test(args[0])) {
    for (const c of args[0].slice(1)) {
      if (c === 'n') newline = false;
      if (c === 'e') esc = true;
      if (c === 'E') esc = false;
    }
    args = args.slice(1);
  }
  let text = args.join(' ');
  if (esc) {
    const r = escapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  ctx.out(text + (newline ? '\n' : ''));
  return 0;
}
