// FOR /F: its options (eol=, skip=, delims=, tokens=, usebackq), the tokens of a line, the lines of its files.
import type { CmdCtx } from '../shared';

export interface FOptions {
  eol: string;
  skip: number;
  delims: string;
  /** Token numbers (1-based) in order, and whether a `*` takes the rest of the line after the last one. */
  tokens: number[];
  rest: boolean;
  usebackq: boolean;
}

/** `"eol=; tokens=1,2* delims=,"`; null when cmd.exe would refuse it. */
export function parseFOptions(text: string): FOptions | null {
  const o: FOptions = { eol: ';', skip: 0, delims: ' \t', tokens: [1], rest: false, usebackq: false };
  let t = text;
  while ((t = t.replace(/^\s+/, '')) !== '') {
    let m: RegExpExecArray | null;
    if ((m = /^usebackq/i.exec(t))) o.usebackq = true;
    else if ((m = /^eol=(.?)/i.exec(t))) o.eol = m[1];
    else if ((m = /^skip=(\d+)/i.exec(t))) o.skip = parseInt(m[1], 10);
    else if ((m = /^delims=([^]*)$/i.exec(t)) && !/\s\w+=/.test(m[1])) o.delims = m[1];
    else if ((m = /^delims=(\S*)/i.exec(t))) o.delims = m[1];
    else if ((m = /^tokens=([\d,\-*]+)/i.exec(t))) {
      const nums: number[] = [];
      let spec = m[1];
      if (spec.endsWith('*')) {
        o.rest = true;
        spec = spec.slice(0, -1);
      }
      for (const part of spec.split(',').filter((x) => x !== '')) {
        const [a, b] = part.split('-').map((x) => parseInt(x, 10));
        if (!a) return null;
        for (let i = a; i <= (b || a); i++) nums.push(i);
      }
      o.tokens = [...new Set(nums)].sort((x, y) => x - y);
    } else return null;
    t = t.slice(m[0].length);
  }
  return o;
}

/** The values for %i, %j, ... of one line. */
export function tokensOf(line: string, o: FOptions): string[] {
  const parts: { text: string; at: number }[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && o.delims.includes(line[i])) i++;
    if (i >= line.length) break;
    const at = i;
    while (i < line.length && !o.delims.includes(line[i])) i++;
    parts.push({ text: line.slice(at, i), at });
  }
  const out = o.tokens.map((n) => parts[n - 1]?.text ?? '');
  if (o.rest) {
    const last = o.tokens.length ? o.tokens[o.tokens.length - 1] : 0;
    const next = parts[last];
    out.push(next ? line.slice(next.at) : '');
  }
  return out;
}

/** The lines of each file named, or the name of the first one missing. */
export function fileLines(ctx: CmdCtx, names: string[]): string[] | string {
  const out: string[] = [];
  for (const n of names) {
    const name = n.replace(/"/g, '');
    const c = ctx.host.fs.read(ctx.host.fs.resolve(ctx.frame.cwd, name));
    if (!ctx.host.fs.isFile(ctx.host.fs.resolve(ctx.frame.cwd, name))) return name;
    out.push(...(c as string).replace(/\n$/, '').split('\n'));
  }
  return out;
}
