// col of util-linux 2.37.4, ported from text-utils/col.c: standard input laid out in half-lines (newline two down,
// ESC BEL / VT two up, ESC BS one up, ESC TAB one down, carriage return and backspace within the line), then printed with
// overstrikes as char-backspace-char (-b: the last one only), runs of blanks as tabs where they reach a tab stop
// (not with -x), half-lines rounded to whole lines unless -f. Bytes that are not UTF-8 come out as \x??. The
// buffer limit (-l) only matters for backing up past lines already flushed, which is not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { invalidEncode, wcwidth } from '../lib/text';
import { spec } from './spec';

interface Ch {
  ch: string;
  col: number;
  width: number;
  set: number;
}

function col(input: string, o: { b: boolean; f: boolean; p: boolean; x: boolean }): string {
  const lines = new Map<number, Ch[]>();
  let curLine = 0;
  let curCol = 0;
  let maxLine = 0;
  let set = 0;
  let last: Ch | null = null;
  const chars = [...invalidEncode(input)];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const code = ch.codePointAt(0)!;
    const graph = code > 0x20 && code !== 0x7f && !/\s/u.test(ch) && !(code >= 0x80 && code < 0xa0);
    if (!graph) {
      if (ch === '\b') {
        if (curCol === 0) continue;
        curCol -= last ? last.width : 1;
        continue;
      }
      if (ch === '\r') {
        curCol = 0;
        continue;
      }
      if (ch === '\x1b') {
        const n = chars[++i];
        // ESC-007, ESC-010, ESC-011 (the codes, not the digits)
        if (n === '\x07') curLine -= 2;
        else if (n === '\b') curLine -= 1;
        else if (n === '\t') {
          curLine += 1;
          if (curLine > 0 && curLine > maxLine) maxLine = curLine;
        }
        continue;
      }
      if (ch === '\n') {
        curLine += 2;
        if (curLine > 0 && curLine > maxLine) maxLine = curLine;
        curCol = 0;
        continue;
      }
      if (ch === ' ') {
        curCol++;
        continue;
      }
      if (ch === '\x0f') {
        set = 0;
        continue;
      }
      if (ch === '\x0e') {
        set = 1;
        continue;
      }
      if (ch === '\t') {
        curCol = (curCol | 7) + 1;
        continue;
      }
      if (ch === '\v') {
        curLine -= 2;
        continue;
      }
      if (/\s/u.test(ch)) {
        if (wcwidth(code) > 0) curCol += wcwidth(code);
        continue;
      }
      if (!o.p) continue;
    }
    const key = !o.f && curLine & 1 ? curLine + 1 : curLine;
    const w = wcwidth(code);
    last = { ch, col: Math.max(0, curCol), width: w, set };
    (lines.get(key) ?? lines.set(key, []).get(key)!).push(last);
    if (w > 0) curCol += w;
  }
  if (maxLine === 0 && curCol === 0 && !lines.size) return '';
  if (!lines.size) return '';
  let out = '';
  let nblank = 0;
  let lastSet = 0;
  const flushBlanks = () => {
    let half = false;
    let nb = nblank;
    if (nb & 1) {
      if (o.f) half = true;
      else nb++;
    }
    nb = Math.floor(nb / 2);
    out += '\n'.repeat(nb);
    if (half) out += '\x1b9' + (nb ? '' : '\r');
    nblank = 0;
  };
  const flushLine = (l: Ch[]) => {
    const sorted = [...l].sort((a, b) => a.col - b.col);
    let lastCol = 0;
    for (let k = 0; k < sorted.length; ) {
      const thisCol = sorted[k].col;
      let end = k;
      while (end < sorted.length && sorted[end].col === thisCol) end++;
      let c = k;
      if (o.b) {
        c = end - 1;
        if (end < sorted.length && sorted[end].col < thisCol + sorted[c].width) {
          k = end;
          continue;
        }
      }
      if (lastCol < thisCol) {
        let nspace = thisCol - lastCol;
        if (!o.x && nspace > 1) {
          let ntabs = Math.floor(thisCol / 8) - Math.floor(lastCol / 8);
          if (ntabs > 0) {
            nspace = thisCol & 7;
            out += '\t'.repeat(ntabs);
            ntabs = 0;
          }
        }
        out += ' '.repeat(nspace);
        lastCol = thisCol;
      }
      for (;;) {
        if (sorted[c].set !== lastSet) {
          out += sorted[c].set ? '\x0e' : '\x0f';
          lastSet = sorted[c].set;
        }
        out += sorted[c].ch;
        if (c + 1 < end) out += '\b'.repeat(Math.max(0, sorted[c].width));
        if (end <= ++c) break;
      }
      lastCol += sorted[c - 1].width;
      k = end;
    }
  };
  const keys = [...lines.keys()];
  const first = Math.min(0, ...keys);
  const lastKey = Math.max(...keys);
  for (let k = first; k <= lastKey; k++) {
    const l = lines.get(k);
    if (l) {
      flushBlanks();
      flushLine(l);
    }
    nblank++;
  }
  if (lastSet !== 0) out += '\x0f';
  nblank = maxLine - lastKey;
  if (maxLine & 1) nblank++;
  else if (!nblank) nblank = 2;
  flushBlanks();
  return out;
}

function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if (o.has('tabs') && o.has('spaces')) {
    ctx.err('col: mutually exclusive arguments: --tabs --spaces\n');
    return 1;
  }
  const l = o.str('lines');
  if (l !== undefined && !/^\s*\+?\d+$/.test(l)) {
    ctx.err(`col: bad -l argument: '${l}'\n`);
    return 1;
  }
  if (ctx.operands?.length) {
    ctx.err("col: bad usage\nTry 'col --help' for more information.\n");
    return 1;
  }
  let x = false;
  for (const { key } of o.list) {
    if (key === 'spaces') x = true;
    if (key === 'tabs') x = false;
  }
  ctx.out(col(ctx.stdin ?? '', { b: o.has('no-backspaces'), f: o.has('fine'), p: o.has('pass'), x }));
  return 0;
}

def({ name: 'col', summary: 'filter reverse line feeds from input', spec, run });
