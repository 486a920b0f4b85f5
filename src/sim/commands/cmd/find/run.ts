// `find` (find.exe, loaded on first use): the lines of files (or of its input) that contain a quoted string, as
// find.exe's messages lay them out (the Windows utilities' message table, tests/golden/cmd/SOURCES.md): a
// `---------- NAME` banner before each file's lines (the name as typed, in capitals), `[n]` before a line with /N,
// the count after the banner with /C (the count alone for its input), /V for the lines without it, /I ignoring case.
import type { CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { globMatch } from '../../../util';
import { raw, type CmdCtx } from '../shared';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);

/** The words as typed, quotes kept: find.exe insists on a quoted string. */
function words(line: string): string[] {
  return line.match(/(?:"[^"]*"?|[^\s"])+/g) ?? [];
}

export function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const o = { v: false, c: false, n: false, i: false };
  let needle: string | undefined;
  const files: string[] = [];
  for (const a of (ctx as CmdCtx).raw !== undefined ? words(raw(ctx)) : ctx.args) {
    const k = a.toLowerCase();
    if (k === '/?') {
      ctx.out((yield { load: help }) as string);
      return 0;
    }
    if (/^\/(v|c|n|i)$/.test(k)) o[k[1] as keyof typeof o] = true;
    else if (k === '/off' || k === '/offline') continue;
    else if (a.startsWith('/')) {
      ctx.err('FIND: Invalid switch\n');
      return 2;
    } else if (needle === undefined) {
      // the string must be quoted
      if (!/^".*"$/.test(a)) {
        ctx.err('FIND: Parameter format not correct\n');
        return 2;
      }
      needle = a.slice(1, -1);
    } else files.push(a.replace(/"/g, ''));
  }
  if (needle === undefined) {
    ctx.err('FIND: Parameter format not correct\n');
    return 2;
  }
  const want = o.i ? needle.toLowerCase() : needle;
  const search = (text: string) => {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => (o.i ? l.toLowerCase() : l).includes(want) !== o.v);
  };
  const show = (hits: { l: string; n: number }[]) => hits.map(({ l, n }) => (o.n ? `[${n}]` : '') + l + '\n').join('');
  if (!files.length) {
    const hits = search(ctx.stdin ?? '');
    ctx.out(o.c ? `${hits.length}\n` : show(hits));
    return hits.length ? 0 : 1;
  }
  let found = false;
  let failed = false;
  for (const name of files) {
    const base = fs.resolve(ctx.frame.cwd, name);
    const dir = fs.dirname(base);
    const pat = fs.basename(base);
    const list = fs.list(dir);
    const matches: string[] = [];
    if (typeof list !== 'string') for (const e of list) if (e.type === 'file' && globMatch(pat, e.name, true)) matches.push(e.name);
    if (!matches.length) {
      ctx.err(`File not found - ${name.toUpperCase()}\n`);
      failed = true;
      continue;
    }
    const wild = /[*?]/.test(pat);
    for (const m of matches) {
      const shown = (wild ? m : name).toUpperCase();
      const text = fs.read(fs.join(dir, m));
      const hits = search(typeof text === 'string' ? text : '');
      if (hits.length) found = true;
      ctx.out(o.c ? `\n---------- ${shown}: ${hits.length}\n` : `\n---------- ${shown}\n` + show(hits));
    }
  }
  return found ? 0 : failed ? 2 : 1;
}

export { spec };
