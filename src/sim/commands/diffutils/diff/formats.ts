// The output formats of diff 3.7 besides normal, context and unified: ed scripts (src/ed.c: -e in reverse order
// with the lone-dot trick, -f forward, -n for RCS), side by side (src/side.c: -y, -W, --left-column,
// --suppress-common-lines, -t, --tabsize) and the #ifdef and --*-format outputs (src/ifdef.c: group formats with
// %< %> %= and line-number specs, line formats with %l %L). Lines given with an empty flag (ed, RCS) are printed as
// they are, a last line without its newline included (print_1_line_nl prints the "No newline" note only after a flag).
import type { Change } from './compare';
import type { Rx } from '../../lib/posix-regex';

export interface Lines {
  lines: string[];
  eolMissing: boolean;
}

/** A line as the file has it: with its newline unless it is a last line without one. */
const raw = (L: Lines, i: number) => L.lines[i] + (L.eolMissing && i === L.lines.length - 1 ? '' : '\n');
const hasNl = (L: Lines, i: number) => !(L.eolMissing && i === L.lines.length - 1);

/** print_number_range(): "a,b" for more than one line, else the one number (the line before, for an empty range). */
const range = (sep: string, s: number, e: number) => (e - s > 1 ? `${s + 1}${sep}${e}` : String(e - s === 1 ? s + 1 : s));
const letter = (c: Change) => (c.a0 === c.a1 ? 'a' : c.b0 === c.b1 ? 'd' : 'c');

/** -e: the hunks last to first, each an ed command; a line that is just "." is written as ".." then fixed by s/.//. */
export function edScript(list: Change[], A: Lines, B: Lines): string {
  let out = '';
  for (const c of [...list].reverse()) {
    const k = letter(c);
    out += `${range(',', c.a0, c.a1)}${k}\n`;
    if (k === 'd') continue;
    let insert = true;
    for (let j = c.b0; j < c.b1; j++) {
      if (!insert) {
        out += 'a\n';
        insert = true;
      }
      if (B.lines[j] === '.' && hasNl(B, j)) {
        out += '..\n.\ns/.//\n';
        insert = false;
      } else out += raw(B, j);
    }
    if (insert) out += '.\n';
  }
  return out;
}

/** -f: the hunks in order, the letter first and the range with a space. */
export function forwardEd(list: Change[], A: Lines, B: Lines): string {
  let out = '';
  for (const c of list) {
    const k = letter(c);
    out += `${k}${range(' ', c.a0, c.a1)}\n`;
    if (k === 'd') continue;
    for (let j = c.b0; j < c.b1; j++) out += raw(B, j);
    out += '.\n';
  }
  return out;
}

/** -n: "dN COUNT" for deleted lines, "aN COUNT" and the lines for added ones. */
export function rcsScript(list: Change[], A: Lines, B: Lines): string {
  let out = '';
  for (const c of list) {
    if (c.a1 > c.a0) out += `d${c.a0 + 1} ${c.a1 - c.a0}\n`;
    if (c.b1 > c.b0) {
      out += `a${c.a1} ${c.b1 - c.b0}\n`;
      for (let j = c.b0; j < c.b1; j++) out += raw(B, j);
    }
  }
  return out;
}

export interface SideOpts {
  width: number;
  tabsize: number;
  expandTabs: boolean;
  leftColumn: boolean;
  suppressCommon: boolean;
  /** --sdiff-merge-assist (what sdiff -o reads): "iN,M" before common lines and "cN,M" before each change */
  mergeAssist?: boolean;
}

/** The columns of side-by-side output (diff.c main(): two halves and a gutter of at least 3, aligned to tabs). */
export function sideColumns(o: SideOpts): { half: number; col2: number } {
  const t = o.expandTabs ? 1 : o.tabsize;
  const w = o.width;
  const tg = t + 3;
  const unaligned = (w >> 1) + (tg >> 1) + (w & tg & 1);
  const off = unaligned - (unaligned % t);
  const half = off <= 3 || w <= off ? 0 : Math.min(off - 3, w - off);
  return { half, col2: half ? off : w };
}

/** East Asian wide characters take two columns (wcwidth), control characters none. */
function cols(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

/** Side-by-side output of the whole files (print_sdiff_script). */
export function sideBySide(list: Change[], A: Lines, B: Lines, o: SideOpts): string {
  const { half: hw, col2: c2o } = sideColumns(o);
  let out = '';
  const tabFromTo = (from: number, to: number) => {
    if (!o.expandTabs)
      for (let tab = from + o.tabsize - (from % o.tabsize); tab <= to; tab += o.tabsize) {
        out += '\t';
        from = tab;
      }
    while (from++ < to) out += ' ';
    return to;
  };
  // print_half_line(): the line cut at the half width, tabs kept or expanded; the last column written
  const halfLine = (text: string, indent: number, bound: number) => {
    let inPos = 0;
    let outPos = 0;
    for (const ch of text) {
      if (ch === '\t') {
        const spaces = o.tabsize - (inPos % o.tabsize);
        if (inPos === outPos) {
          let stop = outPos + spaces;
          if (o.expandTabs) {
            if (bound < stop) stop = bound;
            for (; outPos < stop; outPos++) out += ' ';
          } else if (stop < bound) {
            outPos = stop;
            out += ch;
          }
        }
        inPos += spaces;
      } else if (ch === '\r') {
        out += ch;
        tabFromTo(0, indent);
        inPos = outPos = 0;
      } else if (ch === '\b') {
        if (inPos !== 0 && --inPos < bound) {
          if (outPos <= inPos) for (; outPos < inPos; outPos++) out += ' ';
          else {
            outPos = inPos;
            out += ch;
          }
        }
      } else if (ch === '\f' || ch === '\v') {
        if (inPos < bound) out += ch;
      } else {
        inPos += cols(ch);
        if (inPos <= bound) {
          outPos = inPos;
          out += ch;
        }
      }
    }
    return outPos;
  };
  // print_1sdiff_line()
  const line = (l: [Lines, number] | null, sep: string, r: [Lines, number] | null) => {
    let col = 0;
    let nl = false;
    if (l) {
      nl ||= hasNl(l[0], l[1]);
      col = halfLine(l[0].lines[l[1]], 0, hw);
    }
    if (sep !== ' ') {
      col = tabFromTo(col, Math.floor((hw + c2o - 1) / 2)) + 1;
      if (sep === '|' && nl !== hasNl(r![0], r![1])) sep = nl ? '/' : '\\';
      out += sep;
    }
    if (r) {
      nl ||= hasNl(r[0], r[1]);
      if (r[0].lines[r[1]] !== '' || !hasNl(r[0], r[1])) {
        col = tabFromTo(col, c2o);
        halfLine(r[0].lines[r[1]], col, hw);
      }
    }
    if (nl) out += '\n';
  };
  let next0 = 0;
  let next1 = 0;
  const common = (lim0: number, lim1: number) => {
    let i0 = next0;
    let i1 = next1;
    if (!o.suppressCommon && (i0 !== lim0 || i1 !== lim1)) {
      if (o.mergeAssist) out += `i${lim0 - i0},${lim1 - i1}\n`;
      if (!o.leftColumn) {
        while (i0 !== lim0 && i1 !== lim1) line([A, i0++], ' ', [B, i1++]);
        while (i1 !== lim1) line(null, ')', [B, i1++]);
      }
      while (i0 !== lim0) line([A, i0++], '(', null);
    }
    next0 = lim0;
    next1 = lim1;
  };
  for (const c of list) {
    common(c.a0, c.b0);
    let i = c.a0;
    let j = c.b0;
    if (o.mergeAssist) out += `c${c.a1 - c.a0},${c.b1 - c.b0}\n`;
    if (c.a1 > c.a0 && c.b1 > c.b0) for (; i < c.a1 && j < c.b1; i++, j++) line([A, i], '|', [B, j]);
    for (; j < c.b1; j++) line(null, '>', [B, j]);
    for (; i < c.a1; i++) line([A, i], '<', null);
    next0 = c.a1;
    next1 = c.b1;
  }
  common(A.lines.length, B.lines.length);
  return out;
}

export interface Formats {
  /** group formats: unchanged, old, new, changed */
  group: [string, string, string, string];
  /** line formats: unchanged, old, new */
  line: [string, string, string];
}

/** -D NAME's group formats (diff.c: C_ifdef_group_formats); line formats default to "%l\n". */
export function ifdefFormats(name: string): [string, string, string, string] {
  return ['%=', `#ifndef ${name}\n%<#endif /* ! ${name} */\n`, `#ifdef ${name}\n%>#endif /* ${name} */\n`, `#ifndef ${name}\n%<#else /* ${name} */\n%>#endif /* ${name} */\n`];
}

const NUM = /^%([-'0 ]*)(\d*)(?:\.(\d*))?([doxX])/;

/** printf of one number with flags, width, precision and conversion d, o, x or X. */
function printNum(m: RegExpExecArray, v: number): string {
  const [, flags, width, prec, conv] = m;
  let s = Math.abs(v).toString(conv === 'd' ? 10 : conv === 'o' ? 8 : 16);
  if (conv === 'X') s = s.toUpperCase();
  if (prec !== undefined) s = s.padStart(Number(prec || 0), '0');
  if (v < 0) s = '-' + s;
  else if (flags.includes(' ')) s = ' ' + s;
  const w = Number(width || 0);
  if (flags.includes('-')) return s.padEnd(w);
  if (flags.includes('0') && prec === undefined) return (s.startsWith('-') ? '-' + s.slice(1).padStart(w - 1, '0') : s.padStart(w, '0'));
  return s.padStart(w);
}

/** %c'C' or %c'\OOO': the character; the length of the spec read, or 0 when it is not one. */
function charSpec(f: string, at: number): [string, number] {
  const m = /^%c'(\\[0-7]{1,3}|[^\\'])'/.exec(f.slice(at));
  if (!m) return ['', 0];
  return [m[1].startsWith('\\') ? String.fromCharCode(parseInt(m[1].slice(1), 8)) : m[1], m[0].length];
}

/** One line with a line format (print_ifdef_lines/format_line: %l without its newline, %L as it is, %dn its number). */
function formatLine(f: string, L: Lines, i: number): string {
  let out = '';
  for (let k = 0; k < f.length; ) {
    if (f[k] !== '%') {
      out += f[k++];
      continue;
    }
    const c = f[k + 1];
    if (c === 'l') out += L.lines[i];
    else if (c === 'L') out += raw(L, i);
    else if (c === '%') out += '%';
    else {
      const [ch, n] = charSpec(f, k);
      if (n) {
        out += ch;
        k += n;
        continue;
      }
      const m = NUM.exec(f.slice(k));
      if (m && f[k + m[0].length] === 'n') {
        out += printNum(m, i + 1);
        k += m[0].length + 1;
        continue;
      }
      out += '%' + (c ?? '');
    }
    k += 2;
  }
  return out;
}

/** The #ifdef / --*-format output of the whole files (print_ifdef_script). */
export function ifdefScript(list: Change[], A: Lines, B: Lines, fm: Formats): string {
  let out = '';
  const group = (kind: 0 | 1 | 2 | 3, a0: number, a1: number, b0: number, b1: number) => {
    const f = fm.group[kind];
    for (let k = 0; k < f.length; ) {
      if (f[k] !== '%') {
        out += f[k++];
        continue;
      }
      const c = f[k + 1];
      if (c === '<') for (let i = a0; i < a1; i++) out += formatLine(fm.line[1], A, i);
      else if (c === '>') for (let j = b0; j < b1; j++) out += formatLine(fm.line[2], B, j);
      else if (c === '=') for (let i = a0; i < a1; i++) out += formatLine(fm.line[0], A, i);
      else if (c === '%') out += '%';
      else {
        const [ch, n] = charSpec(f, k);
        if (n) {
          out += ch;
          k += n;
          continue;
        }
        const m = NUM.exec(f.slice(k));
        const which = m ? f[k + m[0].length] : undefined;
        if (m && which && 'eflmnEFLMN'.includes(which)) {
          const [from, upto] = which === which.toLowerCase() ? [a0, a1] : [b0, b1];
          const v = { e: from, f: from + 1, l: upto, m: upto + 1, n: upto - from }[which.toLowerCase() as 'e'] ?? 0;
          out += printNum(m, v);
          k += m[0].length + 1;
          continue;
        }
        out += '%' + (c ?? '');
      }
      k += 2;
    }
  };
  let i = 0;
  let j = 0;
  for (const c of list) {
    if (c.a0 > i) group(0, i, c.a0, j, c.b0);
    group(c.a0 === c.a1 ? 2 : c.b0 === c.b1 ? 1 : 3, c.a0, c.a1, c.b0, c.b1);
    i = c.a1;
    j = c.b1;
  }
  if (i < A.lines.length) group(0, i, A.lines.length, j, B.lines.length);
  return out;
}

/** The last line before `at` that matches (find_function), as print_context_function() shows it: " " and at most 40 characters. */
export function functionLine(lines: string[], at: number, re: Rx): string {
  for (let i = at - 1; i >= 0; i--) {
    if (!re.test(lines[i])) continue;
    const text = lines[i].replace(/^[ \t\v\f\r]+/, '').slice(0, 40).replace(/[ \t\v\f\r]+$/, '');
    return ' ' + text;
  }
  return '';
}
