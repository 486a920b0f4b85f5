// `if`: the conditions of cmd.exe's IF (ERRORLEVEL n, EXIST, DEFINED, CMDEXTVERSION, ==, the EQU ... GEQ
// comparisons, /I and NOT), then the command (the rest of the line, `&` and `|` included), or the
// parenthesised one and its ELSE. The shell hands the line over whole (shell/cmd.ts).
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { type CmdCtx, raw, SYNTAX } from '../shared';
import { closing, nextWord, unexpected } from '../words';

function num(s: string): number | null {
  const t = s.trim();
  if (/^[-+]?0x[0-9a-f]+$/i.test(t)) return parseInt(t.replace(/0x/i, ''), 16) * (t.startsWith('-') ? -1 : 1);
  if (/^[-+]?0[0-7]+$/.test(t)) return parseInt(t, 8);
  if (/^[-+]?\d+$/.test(t)) return parseInt(t, 10);
  return null;
}

function exists(ctx: CmdCtx, name: string): boolean {
  const fs = ctx.host.fs;
  const p = fs.resolve(ctx.frame.cwd, name.replace(/"/g, ''));
  const base = fs.basename(p);
  if (!/[*?]/.test(base)) return fs.exists(p);
  const list = fs.list(fs.dirname(p));
  return typeof list !== 'string' && list.some((e) => globMatch(base, e.name, true));
}

export function* run(ctx: CmdCtx): CommandRun {
  const text = raw(ctx);
  let pos = 0;
  const word = (stopAtEq = false) => {
    const w = nextWord(text, pos, stopAtEq);
    pos = w.end;
    return w.word;
  };
  let tok = word(true);
  let ci = false;
  let not = false;
  if (tok.toLowerCase() === '/i') {
    ci = true;
    tok = word(true);
  }
  if (tok.toLowerCase() === 'not') {
    not = true;
    tok = word(true);
  }
  const syntax = () => {
    ctx.err(SYNTAX);
    return 255;
  };
  if (tok === '') return syntax();
  const kw = tok.toLowerCase();
  const eqNext = /^[\s,;]*==/.test(text.slice(pos));
  let cond: boolean;
  if (!eqNext && (kw === 'errorlevel' || kw === 'cmdextversion')) {
    const n = num(word());
    if (n === null) return syntax();
    cond = (kw === 'errorlevel' ? ctx.frame.lastExit : 2) >= n;
  } else if (!eqNext && kw === 'exist') {
    const f = word();
    if (f === '') return syntax();
    cond = exists(ctx, f);
  } else if (!eqNext && kw === 'defined') {
    const v = word().toLowerCase();
    if (v === '') return syntax();
    cond = Object.keys(ctx.frame.env).some((k) => k.toLowerCase() === v);
  } else {
    const fold = (s: string) => (ci ? s.toLowerCase() : s);
    let m = /^[\s,;]*==+/.exec(text.slice(pos));
    if (m) {
      pos += m[0].length;
      const b = word();
      if (b === '') return syntax();
      cond = fold(tok) === fold(b);
    } else {
      const typed = word();
      const op = typed.toUpperCase();
      const ops = ['EQU', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ'];
      if (!ops.includes(op)) {
        if (op === '') return syntax();
        ctx.err(unexpected(typed));
        return 255;
      }
      const b = word();
      if (b === '') return syntax();
      const [x, y] = [num(tok), num(b)];
      const c = x !== null && y !== null ? x - y : fold(tok) < fold(b) ? -1 : fold(tok) > fold(b) ? 1 : 0;
      cond = { EQU: c === 0, NEQ: c !== 0, LSS: c < 0, LEQ: c <= 0, GTR: c > 0, GEQ: c >= 0 }[op]!;
    }
  }
  if (not) cond = !cond;
  const rest = text.slice(pos).replace(/^[\s]+/, '');
  if (rest === '') return syntax();
  let body = rest;
  let other: string | null = null;
  if (rest.startsWith('(')) {
    const end = closing(rest, 0);
    if (end > 0) {
      const after = rest.slice(end + 1).trim();
      const e = /^else(?=[\s(]|$)/i.exec(after);
      if (e) {
        body = rest.slice(1, end);
        other = after.slice(4).trim();
        if (other === '') return syntax();
        if (other.startsWith('(') && closing(other, 0) === other.length - 1) other = other.slice(1, -1);
      } else if (after === '') body = rest.slice(1, end);
    }
  }
  const chosen = cond ? body : other;
  if (chosen === null || chosen.trim() === '') return ctx.frame.lastExit;
  return yield* ctx.runLine(chosen);
}
