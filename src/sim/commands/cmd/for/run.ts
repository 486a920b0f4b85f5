// `for`: a command for each item of a set: files matched by wildcards, /D folders, /R down a folder tree, /L a
// count, /F the lines and tokens of files, a string or a command's output. At the prompt cmd.exe echoes each
// command it runs after the prompt (unless it starts with @). The shell hands the line over whole.
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { cmdPrompt } from '../../../shell/cmd-prompt';
import { type CmdCtx, raw, SYNTAX } from '../shared';
import { closing, nextWord, unexpected } from '../words';
import { fileLines, parseFOptions, tokensOf } from './f';
import { substitute } from './vars';

/** The items of a set: split on spaces, commas and semicolons outside quotes. */
function items(set: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (const c of set) {
    if (c === '"') q = !q;
    if (!q && /[\s,;=]/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

export function* run(ctx: CmdCtx): CommandRun {
  const text = raw(ctx);
  const fs = ctx.host.fs;
  let pos = 0;
  const word = () => {
    const w = nextWord(text, pos);
    pos = w.end;
    return w.word;
  };
  const bad = (w: string) => {
    ctx.err(w === '' ? SYNTAX : unexpected(w));
    return 255;
  };
  let mode = '';
  let root: string | null = null;
  let fopts = '';
  let tok = word();
  while (/^\/[dlrf]$/i.test(tok)) {
    mode += tok[1].toLowerCase();
    tok = word();
    if (mode.endsWith('r') && tok && !tok.startsWith('%')) {
      root = tok.replace(/"/g, '');
      tok = word();
    }
    if (mode.endsWith('f') && tok.startsWith('"')) {
      fopts = tok.slice(1, -1);
      tok = word();
    }
  }
  if (!/^%[^\s%]$/.test(tok)) return bad(tok);
  const v = tok[1];
  const kw = word();
  if (kw.toLowerCase() !== 'in') return bad(kw);
  while (/\s/.test(text[pos] ?? '')) pos++;
  if (text[pos] !== '(') return bad(word());
  const end = closing(text, pos);
  if (end < 0) return bad('');
  const set = text.slice(pos + 1, end);
  pos = end + 1;
  const d = word();
  if (d.toLowerCase() !== 'do') return bad(d);
  const body = text.slice(pos).replace(/^\s+/, '');
  if (body === '') return bad('');

  let code = ctx.frame.lastExit;
  const once = function* (vars: Record<string, string>): CommandRun {
    const line = substitute(body, vars, ctx);
    if (!line.startsWith('@')) ctx.out(`\n${cmdPrompt(ctx.frame, ctx.world)}${line.trim()}\n`);
    code = yield* ctx.runLine(line.replace(/^@/, ''));
    return code;
  };

  if (mode.includes('l')) {
    const [a, s, e] = items(set).map((x) => parseInt(x, 10) || 0);
    const [start, step, stop] = [a ?? 0, s ?? 0, e ?? 0];
    if (step === 0) return code;
    for (let i = start; step > 0 ? i <= stop : i >= stop; i += step) yield* once({ [v]: String(i) });
    return code;
  }
  if (mode.includes('f')) {
    const o = parseFOptions(fopts);
    if (!o) {
      ctx.err(unexpected(fopts));
      return 255;
    }
    const s = set.trim();
    let lines: string[];
    const quote = (q: string) => s.length > 1 && s.startsWith(q) && s.endsWith(q);
    if (quote(o.usebackq ? "'" : '"')) lines = s.slice(1, -1).split('\n');
    else if (quote(o.usebackq ? '`' : "'")) {
      let buf = '';
      yield* ctx.runLine(s.slice(1, -1), undefined, { out: (t) => (buf += t), err: ctx.err });
      lines = buf.split('\n');
    } else {
      const got = fileLines(ctx, items(set));
      if (typeof got === 'string') {
        ctx.err(`The system cannot find the file ${got}.\n`);
        return 1;
      }
      lines = got;
    }
    let skip = o.skip;
    for (const line of lines.map((l) => l.replace(/\r$/, ''))) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (line === '' || (o.eol && line.startsWith(o.eol))) continue;
      const vals = tokensOf(line, o);
      if (vals.every((x) => x === '')) continue;
      const vars: Record<string, string> = {};
      vals.forEach((x, i) => (vars[String.fromCharCode(v.charCodeAt(0) + i)] = x));
      yield* once(vars);
    }
    return code;
  }
  // a plain set, /D, /R
  const dirs: string[] = [];
  if (mode.includes('r')) {
    const top = fs.resolve(ctx.frame.cwd, root ?? '.');
    const walk = (d: string) => {
      dirs.push(fs.canonical(d));
      const list = fs.list(d);
      if (typeof list !== 'string') for (const e of list) if (e.type === 'dir') walk(fs.join(d, e.name));
    };
    if (fs.isDir(top)) walk(top);
  } else dirs.push('');
  for (const dir of dirs) {
    for (const item of items(set)) {
      const bare = item.replace(/"/g, '');
      if (!/[*?]/.test(bare)) {
        yield* once({ [v]: dir ? fs.join(dir, item) : item });
        continue;
      }
      const sep = Math.max(bare.lastIndexOf('\\'), bare.lastIndexOf('/'));
      const prefix = dir ? fs.join(dir, '') : sep >= 0 ? bare.slice(0, sep + 1) : /^[a-z]:/i.test(bare) ? bare.slice(0, 2) : '';
      const where = fs.resolve(ctx.frame.cwd, dir || prefix || '.');
      const pat = bare.slice(sep + 1).replace(/^[a-z]:/i, '');
      const list = fs.list(where);
      if (typeof list === 'string') continue;
      const want = mode.includes('d') ? 'dir' : 'file';
      for (const e of list) if (e.type === want && globMatch(pat, e.name, true)) yield* once({ [v]: prefix + e.name });
    }
  }
  return code;
}
