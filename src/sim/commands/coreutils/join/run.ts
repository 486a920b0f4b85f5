// join of GNU coreutils 8.32 (options and help in spec.ts): the lines of two files sorted on a join field, paired on
// equal fields (-1 -2 -j, -t, -i), unpaired ones with -a or -v, -e and -o (or -o auto) for the output, --header;
// a file out of order gets `FILE:N: is not sorted: LINE` once and the run ends with `input is not in sorted order`.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { collate, reader, records, usageError } from '../lib/input';
import { quote } from '../lib/quote';

class Fatal extends Error {}

interface Line {
  text: string;
  fields: string[];
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const die = (msg: string): never => {
    ctx.err(`join: ${msg}\n`);
    throw new Fatal();
  };
  try {
    const fieldNumber = (s: string): number => {
      if (!/^\s*\+?\d+$/.test(s) || /^\s*\+?0+$/.test(s)) die(`invalid field number: ${quote(s)}`);
      return Number(s) - 1;
    };
    let jf1 = -1;
    let jf2 = -1;
    const setField = (cur: number, val: number) => {
      if (cur !== -1 && cur !== val) die(`incompatible join fields ${cur + 1}, ${val + 1}`);
      return val;
    };
    let unpaired1 = false;
    let unpaired2 = false;
    let pairables = true;
    let filler: string | undefined;
    let tab: string | undefined;
    let autoformat = false;
    const outlist: [number, number][] = [];
    let check: 'default' | 'on' | 'off' = 'default';
    for (const { key, value } of o.list) {
      const v = typeof value === 'string' ? value : '';
      if (key === 'v' || key === 'a') {
        if (key === 'v') pairables = false;
        if (v !== '1' && v !== '2') die(`invalid field number: ${quote(v)}`);
        if (v === '1') unpaired1 = true;
        else unpaired2 = true;
      } else if (key === 'e') {
        if (filler !== undefined && filler !== v) die('conflicting empty-field replacement strings');
        filler = v;
      } else if (key === '1') jf1 = setField(jf1, fieldNumber(v));
      else if (key === '2') jf2 = setField(jf2, fieldNumber(v));
      else if (key === 'j') {
        jf1 = setField(jf1, fieldNumber(v));
        jf2 = setField(jf2, jf1);
      } else if (key === 'o') {
        if (v === 'auto') autoformat = true;
        else
          for (const item of v.split(/[, \t]/)) {
            if (item[0] === '0') {
              if (item.length > 1) die(`invalid field specifier: ${quote(item)}`);
              outlist.push([0, 0]);
            } else if (item[0] === '1' || item[0] === '2') {
              if (item[1] !== '.') die(`invalid field specifier: ${quote(item)}`);
              outlist.push([Number(item[0]), fieldNumber(item.slice(2))]);
            } else die(`invalid file number in field spec: ${quote(item)}`);
          }
      } else if (key === 't') {
        let t = v === '' ? '\n' : v[0];
        if (v.length > 1) {
          if (v === '\\0') t = '\0';
          else die(`multi-character tab ${quote(v)}`);
        }
        if (tab !== undefined && tab !== t) die('incompatible tabs');
        tab = t;
      } else if (key === 'nocheck-order') check = 'off';
      else if (key === 'check-order') check = 'on';
    }
    if (ops.length > 2) return usageError(ctx, 'join', `extra operand ${quote(ops[2])}`);
    if (ops.length < 2) return usageError(ctx, 'join', ops.length ? `missing operand after ${quote(ctx.args[ctx.args.length - 1])}` : 'missing operand');
    if (jf1 < 0) jf1 = 0;
    if (jf2 < 0) jf2 = 0;
    if (ops[0] === '-' && ops[1] === '-') die('both files cannot be standard input: No such file or directory'); // errno is left at ENOENT from the start-up
    const eol = o.has('zero-terminated') ? '\0' : '\n';
    const ignoreCase = o.has('ignore-case');
    const header = o.has('header');
    const read = reader(ctx, 'join');
    const texts: string[][] = [];
    for (const f of ops) {
      const t = read(f);
      if (t === null) return 1;
      texts.push(records(t, eol));
    }

    const split = (text: string): Line => {
      if (text === '') return { text, fields: [] };
      if (tab === '\n') return { text, fields: [text] };
      if (tab !== undefined) return { text, fields: text.split(tab) };
      // blanks separate fields; trailing blanks leave an empty last field, as xfields() does
      const trimmed = text.replace(/^[ \t]+/, '');
      return { text, fields: trimmed === '' ? [] : trimmed.split(/[ \t]+/) };
    };
    const keycmp = (a: Line, b: Line, f1: number, f2: number) => {
      const x = a.fields[f1] ?? '';
      const y = b.fields[f2] ?? '';
      if (!x) return y ? -1 : 0;
      if (!y) return 1;
      if (ignoreCase) {
        const [lx, ly] = [x.toLowerCase(), y.toLowerCase()];
        return lx === ly ? 0 : lx < ly ? -1 : 1;
      }
      return collate(x, y);
    };

    let out = '';
    const sep = tab === undefined ? ' ' : tab;
    const warned = [false, false];
    let unpairable = false;
    const prev: (Line | null)[] = [null, null];
    const lineNo = [0, 0];
    const pos = [0, 0];
    const getLine = (w: number): Line | null => {
      if (pos[w] >= texts[w].length) return null;
      const line = split(texts[w][pos[w]++]);
      lineNo[w]++;
      const p = prev[w];
      if (p && check !== 'off' && (check === 'on' || unpairable) && !warned[w]) {
        const jf = w === 0 ? jf1 : jf2;
        if (keycmp(p, line, jf, jf) > 0) {
          ctx.out(out);
          out = '';
          ctx.err(`join: ${ops[w]}:${lineNo[w]}: is not sorted: ${line.text}\n`);
          warned[w] = true;
          if (check === 'on') throw new Fatal();
        }
      }
      prev[w] = line;
      return line;
    };
    const blank: Line = { text: '', fields: [] };
    let auto1 = 0;
    let auto2 = 0;
    const field = (line: Line, n: number) => {
      const f = line.fields[n];
      return f ? f : (filler ?? '');
    };
    const prjoin = (l1: Line, l2: Line) => {
      const parts: string[] = [];
      if (outlist.length) {
        for (const [file, n] of outlist) {
          if (file === 0) parts.push(l1 === blank ? field(l2, jf2) : field(l1, jf1));
          else parts.push(field(file === 1 ? l1 : l2, n));
        }
        out += parts.join(sep) + eol;
        return;
      }
      let s = l1 === blank ? field(l2, jf2) : field(l1, jf1);
      const rest = (line: Line, jf: number, auto: number) => {
        const n = autoformat ? auto : line.fields.length;
        for (let i = 0; i < n; i++) if (i !== jf) s += sep + field(line, i);
      };
      rest(l1, jf1, auto1);
      rest(l2, jf2, auto2);
      out += s + eol;
    };

    let seq1: Line[] = [];
    let seq2: Line[] = [];
    const fill = (w: number, seq: Line[]) => {
      const l = getLine(w);
      if (l) seq.push(l);
      return !!l;
    };
    fill(0, seq1);
    fill(1, seq2);
    if (autoformat) {
      auto1 = seq1[0]?.fields.length ?? 0;
      auto2 = seq2[0]?.fields.length ?? 0;
    }
    if (header && (seq1.length || seq2.length)) {
      prjoin(seq1[0] ?? blank, seq2[0] ?? blank);
      prev[0] = prev[1] = null;
      if (seq1.length) (seq1 = []), fill(0, seq1);
      if (seq2.length) (seq2 = []), fill(1, seq2);
    }
    while (seq1.length && seq2.length) {
      const diff = keycmp(seq1[0], seq2[0], jf1, jf2);
      if (diff < 0) {
        if (unpaired1) prjoin(seq1[0], blank);
        seq1 = [];
        fill(0, seq1);
        unpairable = true;
        continue;
      }
      if (diff > 0) {
        if (unpaired2) prjoin(blank, seq2[0]);
        seq2 = [];
        fill(1, seq2);
        unpairable = true;
        continue;
      }
      let eof1 = false;
      do
        if (!fill(0, seq1)) {
          eof1 = true;
          break;
        }
      while (!keycmp(seq1[seq1.length - 1], seq2[0], jf1, jf2));
      let eof2 = false;
      do
        if (!fill(1, seq2)) {
          eof2 = true;
          break;
        }
      while (!keycmp(seq1[0], seq2[seq2.length - 1], jf1, jf2));
      const n1 = eof1 ? seq1.length : seq1.length - 1;
      const n2 = eof2 ? seq2.length : seq2.length - 1;
      if (pairables) for (let i = 0; i < n1; i++) for (let j = 0; j < n2; j++) prjoin(seq1[i], seq2[j]);
      seq1 = eof1 ? [] : [seq1[seq1.length - 1]];
      seq2 = eof2 ? [] : [seq2[seq2.length - 1]];
    }
    const checktail = check !== 'off' && !(warned[0] && warned[1]);
    if ((unpaired1 || checktail) && seq1.length) {
      if (unpaired1) prjoin(seq1[0], blank);
      if (seq2.length) unpairable = true;
      for (let l = getLine(0); l; l = getLine(0)) {
        if (unpaired1) prjoin(l, blank);
        if (warned[0] && !unpaired1) break;
      }
    }
    if ((unpaired2 || checktail) && seq2.length) {
      if (unpaired2) prjoin(blank, seq2[0]);
      if (seq1.length) unpairable = true;
      for (let l = getLine(1); l; l = getLine(1)) {
        if (unpaired2) prjoin(blank, l);
        if (warned[1] && !unpaired2) break;
      }
    }
    ctx.out(out);
    out = '';
    if (warned[0] || warned[1]) die('input is not in sorted order');
    return 0;
  } catch (e) {
    if (e instanceof Fatal) return 1;
    throw e;
  }
}
