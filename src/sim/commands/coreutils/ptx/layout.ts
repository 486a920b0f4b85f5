// ptx's output lines (src/ptx.c of coreutils 8.32: fix_output_parameters, define_all_fields and the dumb, roff and
// TeX line writers): the `before` and `keyafter` halves around the gap, the `tail` and `head` fields that wrap
// what does not fit, truncation marks, and the reference. Texts hold one char per byte.

export interface Occurs {
  key: number;
  size: number;
  left: number;
  right: number;
  reference: number;
  file: number;
}

export interface Layout {
  texts: string[];
  occurs: Occurs[];
  names: (string | null)[];
  fileLineCount: number[];
  maxWordLength: number;
  referenceMaxWidth: number;
  lineWidth: number;
  gap: number;
  trunc: string | null;
  gnu: boolean;
  autoRef: boolean;
  inputRef: boolean;
  rightRef: boolean;
  format: 'unknown' | 'dumb' | 'roff' | 'tex';
  macro: string;
  skipSomething: (t: string, at: number, limit: number) => number;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

interface Block {
  start: number;
  end: number;
}

/** The output, one char per byte. */
export function layout(o: Layout): string {
  let out = '';
  // fix_output_parameters
  let refMax = o.referenceMaxWidth;
  if (o.autoRef) {
    refMax = 0;
    o.names.forEach((n, i) => {
      const ordinal = o.fileLineCount[i] + 1 - (i > 0 ? o.fileLineCount[i - 1] : 0);
      refMax = Math.max(refMax, String(ordinal).length + (n ? n.length : 0));
    });
    refMax++;
  }
  let lineWidth = o.lineWidth;
  if ((o.autoRef || o.inputRef) && !o.rightRef) lineWidth -= refMax + o.gap;
  if (lineWidth < 0) lineWidth = 0;
  const half = Math.trunc(lineWidth / 2);
  let beforeMax = half - o.gap;
  let keyafterMax = half;
  const trunc = o.trunc ? o.trunc : null;
  const tl = trunc ? trunc.length : 0;
  if (o.gnu) {
    beforeMax = Math.max(0, beforeMax - 2 * tl);
    keyafterMax -= 2 * tl;
  } else keyafterMax -= 2 * tl + 1;
  const edited = (c: number) => isSpace(c) || c === 12 || (o.format === 'roff' && c === 34) || (o.format === 'tex' && (/[$%&#_{}\\]/.test(String.fromCharCode(c)) || c >= 0o200));

  for (const oc of o.occurs) {
    const t = o.texts[oc.file];
    const end = t.length;
    const sp = (i: number) => isSpace(t.charCodeAt(i));
    const skip = (at: number, limit: number) => o.skipSomething(t, at, limit);
    const white = (i: number, lim: number) => {
      while (i < lim && sp(i)) i++;
      return i;
    };
    const whiteBack = (i: number, start: number) => {
      while (i > start && sp(i - 1)) i--;
      return i;
    };
    const field = (b: Block | null) => {
      if (!b) return '';
      let s = '';
      for (let i = b.start; i < b.end; i++) {
        const c = t.charCodeAt(i);
        if (!edited(c)) s += t[i];
        else if (c === 34 && o.format === 'roff') s += '""';
        else if (o.format === 'tex' && /[$%&#_]/.test(t[i])) s += '\\' + t[i];
        else if (o.format === 'tex' && (t[i] === '{' || t[i] === '}')) s += `$\\${t[i]}$`;
        else if (o.format === 'tex' && t[i] === '\\') s += '\\backslash{}';
        else s += ' ';
      }
      return s;
    };
    const len = (b: Block | null) => (b ? b.end - b.start : 0);
    // define_all_fields
    const keyafter: Block = { start: oc.key, end: oc.key + oc.size };
    const leftContextStart = oc.key + oc.left;
    const rightContextEnd = oc.key + oc.right;
    let cursor = keyafter.end;
    while (cursor < rightContextEnd && cursor <= keyafter.start + keyafterMax) {
      keyafter.end = cursor;
      cursor = skip(cursor, rightContextEnd);
    }
    if (cursor <= keyafter.start + keyafterMax) keyafter.end = cursor;
    let keyafterTrunc = !!trunc && keyafter.end < rightContextEnd;
    keyafter.end = whiteBack(keyafter.end, keyafter.start);
    let leftFieldStart: number;
    if (-oc.left > half + o.maxWordLength) leftFieldStart = skip(keyafter.start - (half + o.maxWordLength), keyafter.start);
    else leftFieldStart = keyafter.start + oc.left;
    const before: Block = { start: leftFieldStart, end: whiteBack(keyafter.start, leftFieldStart) };
    while (before.start + beforeMax < before.end) before.start = skip(before.start, before.end);
    let beforeTrunc = false;
    if (trunc) beforeTrunc = whiteBack(before.start, 0) > leftContextStart;
    before.start = white(before.start, end);
    let tail: Block | null = null;
    let tailTrunc = false;
    const tailMax = beforeMax - len(before) - o.gap;
    if (tailMax > 0) {
      tail = { start: white(keyafter.end, end), end: 0 };
      tail.end = tail.start;
      cursor = tail.end;
      while (cursor < rightContextEnd && cursor < tail.start + tailMax) {
        tail.end = cursor;
        cursor = skip(cursor, rightContextEnd);
      }
      if (cursor < tail.start + tailMax) tail.end = cursor;
      if (tail.end > tail.start) {
        keyafterTrunc = false;
        tailTrunc = !!trunc && tail.end < rightContextEnd;
      }
      tail.end = whiteBack(tail.end, tail.start);
    }
    let head: Block | null = null;
    let headTrunc = false;
    const headMax = keyafterMax - len(keyafter) - o.gap;
    if (headMax > 0) {
      head = { start: leftFieldStart, end: whiteBack(before.start, 0) };
      while (head.start + headMax < head.end) head.start = skip(head.start, head.end);
      if (head.end > head.start) {
        beforeTrunc = false;
        headTrunc = !!trunc && head.start > leftContextStart;
      }
      head.start = white(head.start, head.end);
    }
    let reference = '';
    if (o.autoRef) {
      const ordinal = oc.reference + 1 - (oc.file > 0 ? o.fileLineCount[oc.file - 1] : 0);
      reference = `${o.names[oc.file] ?? ''}:${ordinal}`;
    } else if (o.inputRef) {
      const rs = keyafter.start + oc.reference;
      let re = rs;
      while (re < rightContextEnd && !sp(re)) re++;
      reference = field({ start: rs, end: re });
    }
    const spaces = (n: number) => ' '.repeat(Math.max(0, n));
    const tr = (on: boolean) => (on && trunc ? trunc : '');
    const hasTail = tail && tail.start < tail.end;
    const hasHead = head && head.start < head.end;
    if (o.format === 'roff') {
      out += `.${o.macro} "${hasTail || tail ? field(tail) : ''}${tr(tailTrunc)}" "${tr(beforeTrunc)}${field(before)}" "${field(keyafter)}${tr(keyafterTrunc)}" "${tr(headTrunc)}${field(head)}"`;
      if (o.autoRef || o.inputRef) out += ` "${reference}"`;
      out += '\n';
    } else if (o.format === 'tex') {
      const k = skip(keyafter.start, keyafter.end);
      out += `\\${o.macro} {${field(tail)}}{${field(before)}}{${field({ start: keyafter.start, end: k })}}{${field({ start: k, end: keyafter.end })}}{${field(head)}}`;
      if (o.autoRef || o.inputRef) out += `{${reference}}`;
      out += '\n';
    } else {
      if (!o.rightRef) {
        if (o.autoRef) out += reference + ':' + spaces(refMax + o.gap - reference.length - 1);
        else if (o.inputRef) out += reference + spaces(refMax + o.gap - reference.length);
        else out += spaces(refMax + o.gap);
      }
      if (hasTail) {
        out += field(tail) + tr(tailTrunc);
        out += spaces(half - o.gap - len(before) - (beforeTrunc ? tl : 0) - len(tail) - (tailTrunc ? tl : 0));
      } else out += spaces(half - o.gap - len(before) - (beforeTrunc ? tl : 0));
      out += tr(beforeTrunc) + field(before) + spaces(o.gap) + field(keyafter) + tr(keyafterTrunc);
      if (hasHead) out += spaces(half - len(keyafter) - (keyafterTrunc ? tl : 0) - len(head) - (headTrunc ? tl : 0)) + tr(headTrunc) + field(head);
      else if ((o.autoRef || o.inputRef) && o.rightRef) out += spaces(half - len(keyafter) - (keyafterTrunc ? tl : 0));
      if ((o.autoRef || o.inputRef) && o.rightRef) out += spaces(o.gap) + reference;
      out += '\n';
    }
  }
  return out;
}
