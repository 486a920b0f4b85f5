// fmt.c of GNU coreutils 8.32, ported: paragraphs read byte by byte (get_prefix, get_line, get_space), each one
// filled by the least-cost choice of line breaks (fmt_paragraph's costs: short lines, raggedness, widows and
// orphans, sentence ends), long ones flushed in parts (MAXWORDS, MAXCHARS) as the C program does.

const WIDTH = 75;
const LEEWAY = 7;
const DEF_INDENT = 3;
const TABWIDTH = 8;
const MAXWORDS = 1000;
const MAXCHARS = 5000;
const EOF = -1;

const EQUIV = (n: number) => n * n;
const SHORT_COST = (n: number) => EQUIV(n * 10);
const RAGGED_COST = (n: number) => Math.trunc(SHORT_COST(n) / 2);
const LINE_COST = EQUIV(70);
const WIDOW_COST = (n: number) => Math.trunc(EQUIV(200) / (n + 2));
const ORPHAN_COST = (n: number) => Math.trunc(EQUIV(150) / (n + 2));
const SENTENCE_BONUS = EQUIV(50);
const NOBREAK_COST = EQUIV(600);
const PAREN_BONUS = EQUIV(40);
const PUNCT_BONUS = EQUIV(40);
const LINE_CREDIT = EQUIV(3);
const MAXCOST = Number.MAX_SAFE_INTEGER;

const isOpen = (c: number) => c === 0x28 || c === 0x5b || c === 0x27 || c === 0x60 || c === 0x22;
const isClose = (c: number) => c === 0x29 || c === 0x5d || c === 0x27 || c === 0x22;
const isPeriod = (c: number) => c === 0x2e || c === 0x3f || c === 0x21;
/** ispunct in the C library for one byte (ASCII punctuation; bytes above 127 are not). */
const isPunct = (c: number) => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

interface Word {
  text: number[];
  length: number;
  space: number;
  paren: boolean;
  period: boolean;
  punct: boolean;
  final: boolean;
  lineLength: number;
  bestCost: number;
  nextBreak: number;
}

const newWord = (): Word => ({ text: [], length: 0, space: 0, paren: false, period: false, punct: false, final: false, lineLength: 0, bestCost: 0, nextBreak: 0 });

export interface FmtOptions {
  crown: boolean;
  tagged: boolean;
  split: boolean;
  uniform: boolean;
  prefix: string;
  maxWidth: number;
  goalWidth: number;
}

export const defaultWidths = (maxWidth = WIDTH) => ({ maxWidth, goalWidth: Math.trunc((maxWidth * (2 * (100 - LEEWAY) + 1)) / 200) });

export class Fmt {
  private out: number[] = [];
  private input: Uint8Array = new Uint8Array();
  private pos = 0;
  private prefix: number[];
  private prefixLeadSpace = 0;
  private prefixFullLength: number;
  private prefixLength: number;
  private inColumn = 0;
  private outColumn = 0;
  private words: Word[] = [];
  private wordLimit = 0;
  /** Characters in the paragraph buffer: the words before wordLimit and the one being read. */
  private chars = 0;
  private tabs = false;
  private prefixIndent = 0;
  private firstIndent = 0;
  private otherIndent = 0;
  private nextChar = 0;
  private nextPrefixIndent = 0;
  private lastLineLength = 0;

  constructor(private o: FmtOptions) {
    // set_prefix: leading blanks counted, trailing ones trimmed (but kept in the full length)
    let p = [...new TextEncoder().encode(o.prefix)];
    while (p[0] === 32) {
      this.prefixLeadSpace++;
      p = p.slice(1);
    }
    this.prefixFullLength = p.length;
    let end = p.length;
    while (end > 0 && p[end - 1] === 32) end--;
    this.prefix = p.slice(0, end);
    this.prefixLength = end;
  }

  private getc(): number {
    return this.pos < this.input.length ? this.input[this.pos++] : EOF;
  }

  private putchar(c: number) {
    this.out.push(c);
  }

  /** fmt(): one input file, formatted; the output bytes so far are returned by take(). */
  file(bytes: Uint8Array): void {
    this.input = bytes;
    this.pos = 0;
    this.tabs = false;
    this.otherIndent = 0;
    this.nextChar = this.getPrefix();
    while (this.getParagraph()) {
      this.fmtParagraph();
      this.putParagraph(this.wordLimit);
    }
  }

  take(): Uint8Array {
    const r = Uint8Array.from(this.out);
    this.out = [];
    return r;
  }

  private setOtherIndent(same: boolean) {
    const o = this.o;
    if (o.split) this.otherIndent = this.firstIndent;
    else if (o.crown) this.otherIndent = same ? this.inColumn : this.firstIndent;
    else if (o.tagged) {
      if (same && this.inColumn !== this.firstIndent) this.otherIndent = this.inColumn;
      else if (this.otherIndent === this.firstIndent) this.otherIndent = this.firstIndent === 0 ? DEF_INDENT : 0;
    } else this.otherIndent = this.firstIndent;
  }

  private getParagraph(): boolean {
    this.lastLineLength = 0;
    let c = this.nextChar;
    while (c === 10 || c === EOF || this.nextPrefixIndent < this.prefixLeadSpace || this.inColumn < this.nextPrefixIndent + this.prefixFullLength) {
      c = this.copyRest(c);
      if (c === EOF) {
        this.nextChar = EOF;
        return false;
      }
      this.putchar(10);
      c = this.getPrefix();
    }
    this.prefixIndent = this.nextPrefixIndent;
    this.firstIndent = this.inColumn;
    this.words = [newWord()];
    this.wordLimit = 0;
    this.chars = 0;
    c = this.getLine(c);
    this.setOtherIndent(this.samePara(c));
    const o = this.o;
    if (o.split) {
      // one line a paragraph
    } else if (o.crown) {
      if (this.samePara(c)) {
        do c = this.getLine(c);
        while (this.samePara(c) && this.inColumn === this.otherIndent);
      }
    } else if (o.tagged) {
      if (this.samePara(c) && this.inColumn !== this.firstIndent) {
        do c = this.getLine(c);
        while (this.samePara(c) && this.inColumn === this.otherIndent);
      }
    } else while (this.samePara(c) && this.inColumn === this.otherIndent) c = this.getLine(c);
    const last = this.words[this.wordLimit - 1];
    last.period = last.final = true;
    this.nextChar = c;
    return true;
  }

  private copyRest(c: number): number {
    this.outColumn = 0;
    if (this.inColumn > this.nextPrefixIndent || (c !== 10 && c !== EOF)) {
      this.putSpace(this.nextPrefixIndent);
      for (let i = 0; this.outColumn !== this.inColumn && i < this.prefix.length; this.outColumn++) this.putchar(this.prefix[i++]);
      if (c !== EOF && c !== 10) this.putSpace(this.inColumn - this.outColumn);
      if (c === EOF && this.inColumn >= this.nextPrefixIndent + this.prefixLength) this.putchar(10);
    }
    while (c !== 10 && c !== EOF) {
      this.putchar(c);
      c = this.getc();
    }
    return c;
  }

  private samePara(c: number): boolean {
    return this.nextPrefixIndent === this.prefixIndent && this.inColumn >= this.nextPrefixIndent + this.prefixFullLength && c !== 10 && c !== EOF;
  }

  private getLine(c: number): number {
    do {
      const w = this.words[this.wordLimit];
      w.text = [];
      do {
        if (this.chars === MAXCHARS) {
          this.setOtherIndent(true);
          this.flushParagraph();
        }
        this.words[this.wordLimit].text.push(c);
        this.chars++;
        c = this.getc();
      } while (c !== EOF && !isSpace(c));
      const cur = this.words[this.wordLimit];
      cur.length = cur.text.length;
      this.inColumn += cur.length;
      this.checkPunctuation(cur);
      const start = this.inColumn;
      c = this.getSpace(c);
      cur.space = this.inColumn - start;
      cur.final = c === EOF || (cur.period && (c === 10 || cur.space > 1));
      if (c === 10 || c === EOF || this.o.uniform) cur.space = cur.final ? 2 : 1;
      if (this.wordLimit === MAXWORDS - 2) {
        this.setOtherIndent(true);
        this.flushParagraph();
      }
      this.wordLimit++;
      if (!this.words[this.wordLimit]) this.words[this.wordLimit] = newWord();
    } while (c !== 10 && c !== EOF);
    return this.getPrefix();
  }

  private getPrefix(): number {
    this.inColumn = 0;
    let c = this.getSpace(this.getc());
    if (this.prefixLength === 0) this.nextPrefixIndent = this.prefixLeadSpace < this.inColumn ? this.prefixLeadSpace : this.inColumn;
    else {
      this.nextPrefixIndent = this.inColumn;
      for (const pc of this.prefix) {
        if (c !== pc) return c;
        this.inColumn++;
        c = this.getc();
      }
      c = this.getSpace(c);
    }
    return c;
  }

  private getSpace(c: number): number {
    for (;;) {
      if (c === 32) this.inColumn++;
      else if (c === 9) {
        this.tabs = true;
        this.inColumn = (Math.trunc(this.inColumn / TABWIDTH) + 1) * TABWIDTH;
      } else return c;
      c = this.getc();
    }
  }

  private checkPunctuation(w: Word) {
    const t = w.text;
    let finish = t.length - 1;
    w.paren = isOpen(t[0]);
    w.punct = isPunct(t[finish]);
    while (finish > 0 && isClose(t[finish])) finish--;
    w.period = isPeriod(t[finish]);
  }

  private flushParagraph() {
    if (this.wordLimit === 0) {
      // all one word: write what there is of it
      const w = this.words[0];
      this.out.push(...w.text);
      w.text = [];
      this.chars = 0;
      return;
    }
    this.fmtParagraph();
    let split = this.wordLimit;
    let bestBreak = MAXCOST;
    for (let w = this.words[0].nextBreak; w !== this.wordLimit; w = this.words[w].nextBreak) {
      const cost = this.words[w].bestCost - this.words[this.words[w].nextBreak].bestCost;
      if (cost < bestBreak) {
        split = w;
        bestBreak = cost;
      }
      if (bestBreak <= MAXCOST - LINE_CREDIT) bestBreak += LINE_CREDIT;
    }
    this.putParagraph(split);
    const moved = this.words.slice(0, split).reduce((n, w) => n + w.text.length, 0);
    this.chars -= moved;
    this.words = this.words.slice(split);
    this.wordLimit -= split;
  }

  private fmtParagraph() {
    const words = this.words;
    const limit = this.wordLimit;
    words[limit].bestCost = 0;
    const saved = words[limit].length;
    words[limit].length = this.o.maxWidth;
    for (let start = limit - 1; start >= 0; start--) {
      let best = MAXCOST;
      let len = start === 0 ? this.firstIndent : this.otherIndent;
      let w = start;
      len += words[w].length;
      do {
        w++;
        let wcost = this.lineCost(w, len) + words[w].bestCost;
        if (start === 0 && this.lastLineLength > 0) wcost += RAGGED_COST(len - this.lastLineLength);
        if (wcost < best) {
          best = wcost;
          words[start].nextBreak = w;
          words[start].lineLength = len;
        }
        if (w === limit) break;
        len += words[w - 1].space + words[w].length;
      } while (len < this.o.maxWidth);
      words[start].bestCost = best + this.baseCost(start);
    }
    words[limit].length = saved;
  }

  private baseCost(t: number): number {
    const words = this.words;
    let cost = LINE_COST;
    if (t > 0) {
      const prev = words[t - 1];
      if (prev.period) cost += prev.final ? -SENTENCE_BONUS : NOBREAK_COST;
      else if (prev.punct) cost -= PUNCT_BONUS;
      else if (t > 1 && words[t - 2].final) cost += WIDOW_COST(prev.length);
    }
    if (words[t].paren) cost -= PAREN_BONUS;
    else if (words[t].final) cost += ORPHAN_COST(words[t].length);
    return cost;
  }

  private lineCost(next: number, len: number): number {
    if (next === this.wordLimit) return 0;
    let cost = SHORT_COST(this.o.goalWidth - len);
    if (this.words[next].nextBreak !== this.wordLimit) cost += RAGGED_COST(len - this.words[next].lineLength);
    return cost;
  }

  private putParagraph(finish: number) {
    this.putLine(0, this.firstIndent);
    for (let w = this.words[0].nextBreak; w !== finish; w = this.words[w].nextBreak) this.putLine(w, this.otherIndent);
  }

  private putLine(w: number, indent: number) {
    this.outColumn = 0;
    this.putSpace(this.prefixIndent);
    this.out.push(...this.prefix);
    this.outColumn += this.prefixLength;
    this.putSpace(indent - this.outColumn);
    const end = this.words[w].nextBreak - 1;
    for (; w !== end; w++) {
      this.putWord(this.words[w]);
      this.putSpace(this.words[w].space);
    }
    this.putWord(this.words[w]);
    this.lastLineLength = this.outColumn;
    this.putchar(10);
  }

  private putWord(w: Word) {
    this.out.push(...w.text);
    this.outColumn += w.length;
  }

  private putSpace(space: number) {
    const target = this.outColumn + space;
    if (this.tabs) {
      const tabTarget = Math.trunc(target / TABWIDTH) * TABWIDTH;
      if (this.outColumn + 1 < tabTarget)
        while (this.outColumn < tabTarget) {
          this.putchar(9);
          this.outColumn = (Math.trunc(this.outColumn / TABWIDTH) + 1) * TABWIDTH;
        }
    }
    while (this.outColumn < target) {
      this.putchar(32);
      this.outColumn++;
    }
  }
}
