// pr.c of GNU coreutils 8.32, ported (1/2): the options and state of a run, and how characters reach the output:
// tabs and spaces (print_white_space, pad_across_to), column separators, and the clumps a character becomes
// (char_to_clump: expanded tabs, -v's octal escapes, -c's ^X). engine.ts lays out the pages.

export const OPEN = 0;
export const FF_FOUND = 1;
export const ON_HOLD = 2;
export const CLOSED = 3;
export const ANYWHERE = 0;
export const EOF = -1;
export const TAB_WIDTH = (c: number, h: number) => c - (h % c);
export const POS_AFTER_TAB = (c: number, h: number) => h + TAB_WIDTH(c, h);
const isPrint = (c: number) => c >= 0x20 && c < 0x7f;

/** A column of the page: the input it reads (shared by the columns of one file) and where it stands. */
export interface Column {
  input: { bytes: Uint8Array; pos: number } | null;
  name: string;
  status: number;
  charFunc: 'store' | 'print';
  printFunc: 'stored' | 'read';
  startPosition: number;
  linesStored: number;
  linesToPrint: number;
  currentLine: number;
  numbered: boolean;
  fullPagePrinted: boolean;
}

export class PrOutput {
  // options (pr.c's globals, with their defaults)
  parallelFiles = false;
  explicitColumns = false;
  extremities = true;
  keepFF = false;
  useFormFeed = false;
  printAcrossFlag = false;
  storingColumns = true;
  balanceColumns = false;
  linesPerPage = 66;
  charsPerLine = 72;
  truncateLines = false;
  joinLines = false;
  untabifyInput = false;
  inputTabChar = 9;
  charsPerInputTab = 8;
  tabifyOutput = false;
  outputTabChar = 9;
  charsPerOutputTab = 8;
  charsPerMargin = 0;
  columns = 1;
  firstPageNumber = 0;
  lastPageNumber = Number.MAX_SAFE_INTEGER;
  numberedLines = false;
  numberSeparator = 9;
  skipCount = true;
  startLineNum = 1;
  charsPerNumber = 5;
  useEscSequence = false;
  useCntrlPrefix = false;
  doubleSpace = false;
  useColSeparator = false;
  colSepString: number[] = [];
  customHeader: string | null = null;

  // state
  out: number[] = [];
  errors: string[] = [];
  protected cols: Column[] = [];
  protected buff: number[] = [];
  protected lineVector: number[] = [];
  protected endVector: number[] = [];
  protected alignEmptyCols = false;
  protected emptyLine = true;
  protected ffOnly = false;
  protected printAFF = false;
  protected printAHeader = false;
  protected linesPerBody = 0;
  protected charsPerColumn = 0;
  protected spacesNotPrinted = 0;
  protected outputPosition = 0;
  protected inputPosition = 0;
  protected filesReadyToRead = 0;
  protected pageNumber = 1;
  protected lineNumber = 0;
  protected lineCount = 1;
  protected numberWidth = 0;
  protected totalFiles = 0;
  protected separatorsNotPrinted = 0;
  protected paddingNotPrinted = 0;
  protected padVertically = false;
  protected dateText = '';
  protected fileText = '';
  protected headerWidthAvailable = 0;
  protected clump: number[] = [];
  protected lastLine = false;

  protected putchar(c: number) {
    this.out.push(c);
  }

  protected puts(s: string) {
    for (const b of new TextEncoder().encode(s)) this.out.push(b);
  }

  protected padAcrossTo(position: number) {
    let h = this.outputPosition;
    if (this.tabifyOutput) this.spacesNotPrinted = position - this.outputPosition;
    else {
      while (++h <= position) this.putchar(32);
      this.outputPosition = position;
    }
  }

  protected padDown(lines: number) {
    if (this.useFormFeed) this.putchar(12);
    else for (let i = lines; i; --i) this.putchar(10);
  }

  protected printWhiteSpace() {
    let hOld = this.outputPosition;
    const goal = hOld + this.spacesNotPrinted;
    let hNew: number;
    while (goal - hOld > 1 && (hNew = POS_AFTER_TAB(this.charsPerOutputTab, hOld)) <= goal) {
      this.putchar(this.outputTabChar);
      hOld = hNew;
    }
    while (++hOld <= goal) this.putchar(32);
    this.outputPosition = goal;
    this.spacesNotPrinted = 0;
  }

  protected printSepString() {
    const s = this.colSepString;
    let l = s.length;
    let i = 0;
    if (this.separatorsNotPrinted <= 0) {
      if (this.spacesNotPrinted > 0) this.printWhiteSpace();
    } else {
      for (; this.separatorsNotPrinted > 0; --this.separatorsNotPrinted) {
        while (l-- > 0) {
          if (s[i] === 32) {
            i++;
            ++this.spacesNotPrinted;
          } else {
            if (this.spacesNotPrinted > 0) this.printWhiteSpace();
            this.putchar(s[i++]);
            ++this.outputPosition;
          }
        }
        if (this.spacesNotPrinted > 0) this.printWhiteSpace();
      }
    }
  }

  protected printChar(c: number) {
    if (this.tabifyOutput) {
      if (c === 32) {
        ++this.spacesNotPrinted;
        return;
      } else if (this.spacesNotPrinted > 0) this.printWhiteSpace();
      if (!isPrint(c)) {
        if (c === 8) --this.outputPosition;
      } else ++this.outputPosition;
    }
    this.putchar(c);
  }

  protected charToClump(c: number): number {
    const s: number[] = [];
    let width: number;
    const perC = c === this.inputTabChar ? this.charsPerInputTab : 8;
    if (c === this.inputTabChar || c === 9) {
      width = TAB_WIDTH(perC, this.inputPosition);
      if (this.untabifyInput) for (let i = width; i; --i) s.push(32);
      else s.push(c);
    } else if (!isPrint(c)) {
      const octal = () => [92, ...c.toString(8).padStart(3, '0').split('').map((d) => d.charCodeAt(0))];
      if (this.useEscSequence) {
        width = 4;
        s.push(...octal());
      } else if (this.useCntrlPrefix) {
        if (c < 0o200) {
          width = 2;
          s.push(94, c ^ 0o100);
        } else {
          width = 4;
          s.push(...octal());
        }
      } else if (c === 8) {
        width = -1;
        s.push(c);
      } else {
        width = 0;
        s.push(c);
      }
    } else {
      width = 1;
      s.push(c);
    }
    let chars = s.length;
    if (width < 0 && this.inputPosition === 0) {
      chars = 0;
      this.inputPosition = 0;
    } else if (width < 0 && this.inputPosition <= -width) this.inputPosition = 0;
    else this.inputPosition += width;
    this.clump = s;
    return chars;
  }
}
