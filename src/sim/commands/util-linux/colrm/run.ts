// colrm of util-linux 2.37.4, ported from text-utils/colrm.c: standard input with the columns FIRST to LAST (or
// to the end of the line) removed; tabs advance to the next multiple of 8, a backspace steps back, wide characters
// take two columns. The numbers are read from argv[1] and argv[2] as colrm.c does (after getopt, not instead of it).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { wcwidth } from '../lib/text';
import { spec } from './spec';

function colrm(input: string, first: number, last: number): string {
  const chars = [...input];
  let p = 0;
  let out = '';
  const get = () => (p < chars.length ? chars[p++] : null);
  const width = (c: string) => Math.max(0, wcwidth(c.codePointAt(0)!));
  const line = (): boolean => {
    let ct = 0;
    let w = 0;
    let c: string | null;
    for (;;) {
      c = get();
      if (c === null) return false;
      if (c === '\t') w = ((ct + 8) & ~7) - ct;
      else if (c === '\b') w = (ct ? ct - 1 : 0) - ct;
      else w = width(c);
      ct += w;
      if (c === '\n') {
        out += c;
        ct = 0;
        continue;
      }
      if (!first || ct < first) {
        out += c;
        continue;
      }
      break;
    }
    for (let i = ct - w + 1; i < first; i++) out += ' ';
    while (!last || ct < last) {
      c = get();
      if (c === null) return false;
      if (c === '\n') {
        out += c;
        return true;
      }
      if (c === '\t') ct = (ct + 8) & ~7;
      else if (c === '\b') ct = ct ? ct - 1 : 0;
      else ct += width(c);
    }
    let padding = false;
    for (;;) {
      c = get();
      if (c === null) return false;
      if (c === '\n') {
        out += c;
        return true;
      }
      if (!padding && last < ct) {
        for (let i = last; i < ct; i++) out += ' ';
        padding = true;
      }
      out += c;
    }
  };
  while (line());
  return out;
}

function* run(ctx: CommandContext): CommandRun {
  const argv = ctx.args;
  const num = (s: string, what: string): number | null => {
    if (!/^\s*\+?\d+$/.test(s)) {
      ctx.err(`colrm: ${what}: '${s}'\n`);
      return null;
    }
    return Number(s);
  };
  let first = 0;
  let last = 0;
  if (argv.length > 0) {
    const n = num(argv[0], 'first argument');
    if (n === null) return 1;
    first = n;
  }
  if (argv.length > 1) {
    const n = num(argv[1], 'second argument');
    if (n === null) return 1;
    last = n;
  }
  ctx.out(colrm(ctx.stdin ?? '', first, last));
  return 0;
}

def({ name: 'colrm', summary: 'remove columns from a file', spec, run });
