// pr.c of GNU coreutils 8.32, ported (2/2; output.ts has the characters): pages of lines_per_page lines with a 5-line header and trailer, files in
// columns down (stored and balanced), across (-a) or side by side (-m), numbered, indented, tabified as the C
// program does, reading each file byte by byte. The options are set by run.ts.

import { ANYWHERE, CLOSED, EOF, FF_FOUND, ON_HOLD, OPEN, POS_AFTER_TAB, PrOutput, TAB_WIDTH, type Column } from './output';

/** An input: its bytes and where reading is. */
export interface Input {
  name: string;
  bytes: Uint8Array;
  /** The header's date text for this file. */
  date: string;
}


export class Pr extends PrOutput {
  private getc(p: Column): number {
    const i = p.input!;
    return i.pos < i.bytes.length ? i.bytes[i.pos++] : EOF;
  }

  private ungetc(c: number, p: Column) {
    if (c !== EOF) p.input!.pos--;
  }

  private colsReadyToPrint(): number {
    let n = 0;
    for (const q of this.cols) if (q.status === OPEN || q.status === FF_FOUND || (this.storingColumns && q.linesStored > 0 && q.linesToPrint > 0)) n++;
    return n;
  }

  /** print_files for one file or, with -m, several side by side; null inputs failed to open. */
  printFiles(inputs: Input[], stdinDate: string): void {
    this.initParameters(inputs.length);
    if (!this.initFps(inputs, stdinDate)) return;
    if (this.firstPageNumber > 1) {
      if (!this.skipToPage(this.firstPageNumber)) return;
      this.pageNumber = this.firstPageNumber;
    } else this.pageNumber = 1;
    this.initFuncs();
    this.lineNumber = this.lineCount;
    while (this.printPage());
  }

  private initParameters(numberOfFiles: number) {
    let charsUsedByNumber = 0;
    this.linesPerBody = this.linesPerPage - 10;
    if (this.linesPerBody <= 0) {
      this.extremities = false;
      this.keepFF = true;
    }
    if (!this.extremities) this.linesPerBody = this.linesPerPage;
    if (this.doubleSpace) this.linesPerBody = Math.trunc(this.linesPerBody / 2);
    if (numberOfFiles === 0) this.parallelFiles = false;
    if (this.parallelFiles) this.columns = numberOfFiles;
    if (this.storingColumns) this.balanceColumns = true;
    if (this.columns > 1) {
      if (!this.useColSeparator) {
        this.colSepString = this.joinLines ? [9] : [32];
        this.useColSeparator = true;
      } else if (!this.joinLines && this.colSepString.length === 1 && this.colSepString[0] === 9) this.colSepString = [32];
      this.truncateLines = true;
      this.tabifyOutput = true;
    } else this.storingColumns = false;
    if (this.joinLines) this.truncateLines = false;
    if (this.numberedLines) {
      this.lineCount = this.startLineNum;
      this.numberWidth = this.numberSeparator === 9 ? this.charsPerNumber + TAB_WIDTH(8, this.charsPerNumber) : this.charsPerNumber + 1;
      if (this.parallelFiles) charsUsedByNumber = this.numberWidth;
    }
    const sepChars = (this.columns - 1) * this.colSepString.length;
    const useful = Math.max(0, this.charsPerLine - charsUsedByNumber - sepChars);
    this.charsPerColumn = Math.trunc(useful / this.columns);
    if (this.charsPerColumn < 1) throw new PrError('page width too narrow');
  }

  private initFps(inputs: Input[], stdinDate: string): boolean {
    this.totalFiles = 0;
    this.cols = [];
    const blank = (): Column => ({ input: null, name: '', status: CLOSED, charFunc: 'print', printFunc: 'read', startPosition: 0, linesStored: 0, linesToPrint: 0, currentLine: 0, numbered: false, fullPagePrinted: false });
    if (this.parallelFiles) {
      for (const f of inputs) {
        const c = blank();
        c.input = { bytes: f.bytes, pos: 0 };
        c.name = f.name;
        c.status = OPEN;
        this.totalFiles++;
        this.cols.push(c);
      }
      this.columns = this.cols.length;
      if (this.columns === 0) return false;
      this.initHeader('', stdinDate, true);
    } else {
      const c = blank();
      const f = inputs[0];
      c.input = { bytes: f.bytes, pos: 0 };
      c.name = f.name;
      c.status = OPEN;
      this.totalFiles++;
      this.initHeader(f.name, f.date, f.name === '-');
      this.cols.push(c);
      for (let i = this.columns - 1; i; --i) this.cols.push({ ...blank(), input: c.input, name: c.name, status: OPEN });
    }
    this.filesReadyToRead = this.totalFiles;
    return true;
  }

  private initHeader(filename: string, date: string, noName: boolean) {
    this.dateText = date;
    this.fileText = this.customHeader ?? (noName ? '' : filename);
    const w = (s: string) => [...s].length;
    this.headerWidthAvailable = this.charsPerLine - w(this.dateText) - w(this.fileText);
  }

  private initFuncs() {
    let h = this.charsPerMargin;
    let hNext: number;
    if (!this.truncateLines) hNext = ANYWHERE;
    else hNext = this.parallelFiles && this.numberedLines ? h + this.charsPerColumn + this.numberWidth : h + this.charsPerColumn;
    h = h + this.colSepString.length;
    let i = 1;
    for (; i < this.columns; i++) {
      const p = this.cols[i - 1];
      if (this.storingColumns) [p.charFunc, p.printFunc] = ['store', 'stored'];
      else [p.charFunc, p.printFunc] = ['print', 'read'];
      p.numbered = this.numberedLines && (!this.parallelFiles || i === 1);
      p.startPosition = h;
      if (!this.truncateLines) {
        h = ANYWHERE;
        hNext = ANYWHERE;
      } else {
        h = hNext + this.colSepString.length;
        hNext = h + this.charsPerColumn;
      }
    }
    const p = this.cols[i - 1];
    if (this.storingColumns && this.balanceColumns) [p.charFunc, p.printFunc] = ['store', 'stored'];
    else [p.charFunc, p.printFunc] = ['print', 'read'];
    p.numbered = this.numberedLines && (!this.parallelFiles || i === 1);
    p.startPosition = h;
  }

  private closeFile(p: Column) {
    if (p.status === CLOSED) return;
    if (!this.parallelFiles) {
      for (const q of this.cols) {
        q.status = CLOSED;
        if (q.linesStored === 0) q.linesToPrint = 0;
      }
    } else {
      p.status = CLOSED;
      p.linesToPrint = 0;
    }
    this.filesReadyToRead--;
  }

  private holdFile(p: Column) {
    if (!this.parallelFiles) for (const q of this.cols) q.status = this.storingColumns ? FF_FOUND : ON_HOLD;
    else p.status = ON_HOLD;
    p.linesToPrint = 0;
    this.filesReadyToRead--;
  }

  private resetStatus() {
    for (const p of this.cols)
      if (p.status === ON_HOLD) {
        p.status = OPEN;
        this.filesReadyToRead++;
      }
    if (this.storingColumns) this.filesReadyToRead = this.cols[0].status === CLOSED ? 0 : 1;
  }

  private initPage() {
    if (this.storingColumns) {
      this.storeColumns();
      for (let j = 0; j < this.columns - 1; j++) this.cols[j].linesToPrint = this.cols[j].linesStored;
      const p = this.cols[this.columns - 1];
      if (this.balanceColumns) p.linesToPrint = p.linesStored;
      else p.linesToPrint = p.status === OPEN ? this.linesPerBody : 0;
    } else for (const p of this.cols) p.linesToPrint = p.status === OPEN ? this.linesPerBody : 0;
  }

  private alignColumn(p: Column) {
    this.paddingNotPrinted = p.startPosition;
    if (this.colSepString.length < this.paddingNotPrinted) {
      this.padAcrossTo(this.paddingNotPrinted - this.colSepString.length);
      this.paddingNotPrinted = ANYWHERE;
    }
    if (this.useColSeparator) this.printSepString();
    if (p.numbered) this.addLineNumber(p);
  }

  private printPage(): boolean {
    this.initPage();
    if (this.colsReadyToPrint() === 0) return false;
    if (this.extremities) this.printAHeader = true;
    this.padVertically = false;
    let pv = false;
    let left = this.linesPerBody * (this.doubleSpace ? 2 : 1);
    while (left > 0 && this.colsReadyToPrint() > 0) {
      this.outputPosition = 0;
      this.spacesNotPrinted = 0;
      this.separatorsNotPrinted = 0;
      this.padVertically = false;
      this.alignEmptyCols = false;
      this.emptyLine = true;
      for (let j = 1; j <= this.columns; j++) {
        const p = this.cols[j - 1];
        this.inputPosition = 0;
        if (p.linesToPrint > 0 || p.status === FF_FOUND) {
          this.ffOnly = false;
          this.paddingNotPrinted = p.startPosition;
          if (!(p.printFunc === 'stored' ? this.printStored(p) : this.readLine(p))) this.readRestOfLine(p);
          pv ||= this.padVertically;
          --p.linesToPrint;
          if (p.linesToPrint <= 0 && this.colsReadyToPrint() === 0) break;
          if (this.parallelFiles && p.status !== OPEN) {
            if (this.emptyLine) this.alignEmptyCols = true;
            else if (p.status === CLOSED || (p.status === ON_HOLD && this.ffOnly)) this.alignColumn(p);
          }
        } else if (this.parallelFiles) {
          if (this.emptyLine) this.alignEmptyCols = true;
          else this.alignColumn(p);
        }
        if (this.useColSeparator) ++this.separatorsNotPrinted;
      }
      if (this.padVertically) {
        this.putchar(10);
        --left;
      }
      if (this.colsReadyToPrint() === 0 && !this.extremities) break;
      if (this.doubleSpace && pv) {
        this.putchar(10);
        --left;
      }
    }
    if (left === 0) for (const p of this.cols) if (p.status === OPEN) p.fullPagePrinted = true;
    this.padVertically = pv;
    if (this.padVertically && this.extremities) this.padDown(left + 5);
    else if (this.keepFF && this.printAFF) {
      this.putchar(12);
      this.printAFF = false;
    }
    if (this.lastPageNumber < ++this.pageNumber) return false;
    this.resetStatus();
    return true;
  }

  private storeColumns() {
    let line = 0;
    let buffStart = 0;
    this.buff = [];
    this.lineVector = [];
    this.endVector = [];
    const lastCol = this.balanceColumns ? this.columns : this.columns - 1;
    for (let i = 0; i < lastCol; i++) this.cols[i].linesStored = 0;
    for (let i = 1; i <= lastCol && this.filesReadyToRead; i++) {
      const p = this.cols[i - 1];
      p.currentLine = line;
      for (let j = this.linesPerBody; j && this.filesReadyToRead; --j)
        if (p.status === OPEN) {
          this.inputPosition = 0;
          if (!this.readLine(p)) this.readRestOfLine(p);
          if (p.status === OPEN || buffStart !== this.buff.length) {
            ++p.linesStored;
            this.lineVector[line] = buffStart;
            this.endVector[line++] = this.inputPosition;
            buffStart = this.buff.length;
          }
        }
    }
    this.lineVector[line] = buffStart;
    if (this.balanceColumns) {
      let first = 0;
      for (let i = 1; i <= this.columns; i++) {
        const p = this.cols[i - 1];
        let lines = Math.trunc(line / this.columns);
        if (i <= line % this.columns) ++lines;
        p.linesStored = lines;
        p.currentLine = first;
        first += lines;
      }
    }
  }

  private charFunc(p: Column, c: number) {
    if (p.charFunc === 'store') this.buff.push(c);
    else this.printChar(c);
  }

  private addLineNumber(p: Column) {
    let s = String(this.lineNumber).padStart(this.charsPerNumber);
    this.lineNumber++;
    s = s.slice(s.length - this.charsPerNumber);
    for (const ch of s) this.charFunc(p, ch.charCodeAt(0));
    if (this.columns > 1) {
      if (this.numberSeparator === 9) for (let i = this.numberWidth - this.charsPerNumber; i > 0; i--) this.charFunc(p, 32);
      else this.charFunc(p, this.numberSeparator);
    } else {
      this.charFunc(p, this.numberSeparator);
      if (this.numberSeparator === 9) this.outputPosition = POS_AFTER_TAB(this.charsPerOutputTab, this.outputPosition);
    }
    if (this.truncateLines && !this.parallelFiles) this.inputPosition += this.numberWidth;
  }

  private readRestOfLine(p: Column) {
    let c: number;
    while ((c = this.getc(p)) !== 10) {
      if (c === 12) {
        if ((c = this.getc(p)) !== 10) this.ungetc(c, p);
        if (this.keepFF) this.printAFF = true;
        this.holdFile(p);
        break;
      } else if (c === EOF) {
        this.closeFile(p);
        break;
      }
    }
  }

  private skipRead(p: Column, columnNumber: number) {
    let c = this.getc(p);
    if (c === 12 && p.fullPagePrinted) if ((c = this.getc(p)) === 10) c = this.getc(p);
    p.fullPagePrinted = false;
    const singleFF = c === 12;
    if (this.lastLine) p.fullPagePrinted = true;
    while (c !== 10) {
      if (c === 12) {
        if (this.lastLine) {
          if (!this.parallelFiles) for (const q of this.cols) q.fullPagePrinted = false;
          else p.fullPagePrinted = false;
        }
        if ((c = this.getc(p)) !== 10) this.ungetc(c, p);
        this.holdFile(p);
        break;
      } else if (c === EOF) {
        this.closeFile(p);
        break;
      }
      c = this.getc(p);
    }
    if (this.skipCount && (!this.parallelFiles || columnNumber === 1) && !singleFF) ++this.lineCount;
  }

  private skipToPage(page: number): boolean {
    for (let n = 1; n < page; ++n) {
      for (let i = 1; i < this.linesPerBody; ++i) for (let j = 1; j <= this.columns; ++j) if (this.cols[j - 1].status === OPEN) this.skipRead(this.cols[j - 1], j);
      this.lastLine = true;
      for (let j = 1; j <= this.columns; ++j) if (this.cols[j - 1].status === OPEN) this.skipRead(this.cols[j - 1], j);
      if (this.storingColumns) for (const p of this.cols) if (p.status !== CLOSED) p.status = ON_HOLD;
      this.resetStatus();
      this.lastLine = false;
      if (this.filesReadyToRead < 1) {
        this.errors.push(`starting page number ${page} exceeds page count ${n}`);
        break;
      }
    }
    return this.filesReadyToRead > 0;
  }

  private printHeader() {
    this.outputPosition = 0;
    this.padAcrossTo(this.charsPerMargin);
    this.printWhiteSpace();
    const pageText = `Page ${this.pageNumber}`;
    const available = Math.max(0, this.headerWidthAvailable - pageText.length);
    const lhs = available >> 1;
    const rhs = available - lhs;
    const pad = (n: number) => ' '.repeat(Math.max(n, 1));
    this.puts(`\n\n${' '.repeat(this.charsPerMargin)}${this.dateText}${pad(lhs)}${this.fileText}${pad(rhs)}${pageText}\n\n\n`);
    this.printAHeader = false;
    this.outputPosition = 0;
  }

  private readLine(p: Column): boolean {
    let chars = 0;
    let c = this.getc(p);
    let lastInputPosition = this.inputPosition;
    if (c === 12 && p.fullPagePrinted) if ((c = this.getc(p)) === 10) c = this.getc(p);
    p.fullPagePrinted = false;
    if (c === 12) {
      if ((c = this.getc(p)) !== 10) this.ungetc(c, p);
      this.ffOnly = true;
      if (this.printAHeader && !this.storingColumns) {
        this.padVertically = true;
        this.printHeader();
      } else if (this.keepFF) this.printAFF = true;
      this.holdFile(p);
      return true;
    }
    if (c === EOF) {
      this.closeFile(p);
      return true;
    }
    if (c !== 10) chars = this.charToClump(c);
    if (this.truncateLines && this.inputPosition > this.charsPerColumn) {
      this.inputPosition = lastInputPosition;
      return false;
    }
    if (p.charFunc !== 'store') {
      this.padVertically = true;
      if (this.printAHeader && !this.storingColumns) this.printHeader();
      if (this.parallelFiles && this.alignEmptyCols) {
        const k = this.separatorsNotPrinted;
        this.separatorsNotPrinted = 0;
        for (let j = 1; j <= k; ++j) {
          this.alignColumn(this.cols[j - 1]);
          this.separatorsNotPrinted += 1;
        }
        this.paddingNotPrinted = p.startPosition;
        this.spacesNotPrinted = this.truncateLines ? this.charsPerColumn : 0;
        this.alignEmptyCols = false;
      }
      if (this.colSepString.length < this.paddingNotPrinted) {
        this.padAcrossTo(this.paddingNotPrinted - this.colSepString.length);
        this.paddingNotPrinted = ANYWHERE;
      }
      if (this.useColSeparator) this.printSepString();
    }
    if (p.numbered) this.addLineNumber(p);
    this.emptyLine = false;
    if (c === 10) return true;
    for (let i = 0; i < chars; i++) this.charFunc(p, this.clump[i]);
    for (;;) {
      c = this.getc(p);
      if (c === 10) return true;
      if (c === 12) {
        if ((c = this.getc(p)) !== 10) this.ungetc(c, p);
        if (this.keepFF) this.printAFF = true;
        this.holdFile(p);
        return true;
      }
      if (c === EOF) {
        this.closeFile(p);
        return true;
      }
      lastInputPosition = this.inputPosition;
      chars = this.charToClump(c);
      if (this.truncateLines && this.inputPosition > this.charsPerColumn) {
        this.inputPosition = lastInputPosition;
        return false;
      }
      for (let i = 0; i < chars; i++) this.charFunc(p, this.clump[i]);
    }
  }

  private printStored(p: Column): boolean {
    const line = p.currentLine++;
    let first = this.lineVector[line];
    const last = this.lineVector[line + 1];
    this.padVertically = true;
    if (this.printAHeader) this.printHeader();
    if (p.status === FF_FOUND) {
      for (const q of this.cols) q.status = ON_HOLD;
      if (this.cols[0].linesToPrint <= 0) {
        if (!this.extremities) this.padVertically = false;
        return true;
      }
    }
    if (this.colSepString.length < this.paddingNotPrinted) {
      this.padAcrossTo(this.paddingNotPrinted - this.colSepString.length);
      this.paddingNotPrinted = ANYWHERE;
    }
    if (this.useColSeparator) this.printSepString();
    while (first !== last) this.printChar(this.buff[first++]);
    if (this.spacesNotPrinted === 0) {
      this.outputPosition = p.startPosition + this.endVector[line];
      if (p.startPosition - this.colSepString.length === this.charsPerMargin) this.outputPosition -= this.colSepString.length;
    }
    return true;
  }

}

export class PrError extends Error {}
