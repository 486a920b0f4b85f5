// uniq of GNU coreutils 8.32 (options and help in spec.ts): -c, -d, -D[=METHOD], --group[=METHOD], -u, -i, -f, -s,
// -w, -z and the obsolete -N / +N, an OUTPUT operand, as uniq.c's check_file compares adjacent lines.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { coreErr, readFile } from '../../lib/files';
import { canWrite } from '../../../util';

const fieldSep = (c: string) => c === ' ' || c === '\t' || c === '\n';

/** argmatch: the value of an abbreviation of one of `words`, or the error text. */
function argmatch(word: string, opt: string, words: string[]): number | string {
  const exact = words.indexOf(word);
  if (exact >= 0) return exact;
  const hits = words.map((w, i) => [w, i] as const).filter(([w]) => word && w.startsWith(word));
  if (hits.length === 1) return hits[0][1];
  const list = words.map((w) => `  - ‘${w}’`).join('\n');
  return `uniq: ${hits.length > 1 ? 'ambiguous' : 'invalid'} argument ‘${word}’ for ‘--${opt}’\nValid arguments are:\n${list}\nTry 'uniq --help' for more information.\n`;
}

function* uniq(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const usage = (msg: string) => {
    ctx.err(`uniq: ${msg}\nTry 'uniq --help' for more information.\n`);
    return 1;
  };
  let skipFields = 0;
  let skipChars = 0;
  let checkChars = Infinity;
  let countmode = false;
  let outUnique = true;
  let outFirst = true;
  let outLater = false;
  let delimit = 0; // none, prepend, separate
  let grouping = -1; // prepend, append, separate, both
  let optionUsed = false;
  let obsolete = false;
  const size = (v: string, what: string): number | string => (/^[ \t]*\+?\d+$/.test(v) ? Number(v) : `uniq: ${v}: ${what}\n`);
  for (const { key, value } of o.list) {
    const v = typeof value === 'string' ? value : undefined;
    if (/^\d$/.test(key)) {
      skipFields = obsolete ? skipFields * 10 + Number(key) : Number(key);
      obsolete = true;
      continue;
    }
    obsolete = false;
    if (key === 'count') (countmode = true), (optionUsed = true);
    else if (key === 'repeated') (outUnique = false), (optionUsed = true);
    else if (key === 'all-repeated') {
      outUnique = false;
      outLater = true;
      optionUsed = true;
      delimit = 0;
      if (v !== undefined) {
        const m = argmatch(v, 'all-repeated', ['none', 'prepend', 'separate']);
        if (typeof m === 'string') return ctx.err(m), 1;
        delimit = m;
      }
    } else if (key === 'group') {
      grouping = 2;
      if (v !== undefined) {
        const m = argmatch(v, 'group', ['prepend', 'append', 'separate', 'both']);
        if (typeof m === 'string') return ctx.err(m), 1;
        grouping = m;
      }
    } else if (key === 'unique') (outFirst = false), (optionUsed = true);
    else if (key === 'skip-fields' || key === 'skip-chars' || key === 'check-chars') {
      const n = size(v ?? '', { 'skip-fields': 'invalid number of fields to skip', 'skip-chars': 'invalid number of bytes to skip', 'check-chars': 'invalid number of bytes to compare' }[key]);
      if (typeof n === 'string') return ctx.err(n), 1;
      if (key === 'skip-fields') skipFields = n;
      else if (key === 'skip-chars') skipChars = n;
      else checkChars = n;
    }
  }
  const ignoreCase = o.has('ignore-case');
  const delim = o.has('zero-terminated') ? '\0' : '\n';
  // an operand "+N" is the obsolete -s N
  const files: string[] = [];
  for (const a of ctx.operands ?? []) {
    if (/^\+\d+$/.test(a)) skipChars = Number(a.slice(1));
    else if (files.length === 2) return usage(`extra operand ‘${a}’`);
    else files.push(a);
  }
  if (grouping >= 0 && optionUsed) return usage('--group is mutually exclusive with -c/-d/-D/-u');
  if (countmode && outLater) return usage('printing all duplicated lines and repeat counts is meaningless');

  const infile = files[0] ?? '-';
  const outfile = files[1] ?? '-';
  let text = ctx.stdin ?? '';
  if (infile !== '-') {
    const r = readFile(ctx, ctx.resolve(infile));
    if (!r.ok) {
      ctx.err(coreErr('uniq', infile, r.errno));
      return 1;
    }
    text = r.text;
  }
  const lines = text.split(delim);
  if (lines[lines.length - 1] === '') lines.pop();

  const field = (l: string) => {
    let i = 0;
    for (let n = 0; n < skipFields && i < l.length; n++) {
      while (i < l.length && fieldSep(l[i])) i++;
      while (i < l.length && !fieldSep(l[i])) i++;
    }
    return l.slice(Math.min(l.length, i + skipChars));
  };
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const cut = (s: string) => {
    if (checkChars === Infinity) return s;
    const b = enc.encode(s);
    return b.length > checkChars ? dec.decode(b.subarray(0, checkChars)) : s;
  };
  const upper = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());
  const key = (l: string) => (ignoreCase ? upper(cut(field(l))) : cut(field(l)));

  let out = '';
  if (outUnique && outFirst && !countmode) {
    let prev: string | null = null;
    let printed = false;
    for (const l of lines) {
      const k = key(l);
      const newGroup = prev === null || k !== prev;
      if (newGroup && grouping >= 0 && (grouping === 0 || grouping === 3 || (printed && (grouping === 1 || grouping === 2)))) out += delim;
      if (newGroup || grouping >= 0) {
        out += l + delim;
        prev = k;
        printed = true;
      }
    }
    if ((grouping === 3 || grouping === 1) && printed) out += delim;
  } else if (lines.length) {
    const write = (l: string, match: boolean, n: number) => {
      if (!(n === 0 ? outUnique : !match ? outFirst : outLater)) return;
      out += (countmode ? `${String(n + 1).padStart(7)} ` : '') + l + delim;
    };
    let prev = lines[0];
    let prevKey = key(prev);
    let matches = 0;
    let firstDelimiter = true;
    for (const l of lines.slice(1)) {
      const k = key(l);
      const match = k === prevKey;
      if (match) matches++;
      if (delimit !== 0) {
        if (!match) {
          if (matches) firstDelimiter = false;
        } else if (matches === 1 && (delimit === 1 || (delimit === 2 && !firstDelimiter))) out += delim;
      }
      if (!match || outLater) {
        write(prev, match, matches);
        prev = l;
        prevKey = k;
        if (!match) matches = 0;
      }
    }
    write(prev, false, matches);
  }
  if (outfile !== '-') {
    const p = ctx.resolve(outfile);
    if (!canWrite(ctx.frame.user, p) || ctx.host.fs.write(p, out, false)) {
      ctx.err(`uniq: ${outfile}: ${canWrite(ctx.frame.user, p) ? 'No such file or directory' : 'Permission denied'}\n`);
      return 1;
    }
    return 0;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'uniq', summary: 'report or omit repeated lines', run: uniq });
