// The interpreter's state: variables and arrays, the record and its fields, and the errors it stops with.
import { splitFields } from './records';
import { input, numToStr, toNum, toStr, UNINIT, type Value } from './values';

/** A fatal error at run time (`awk: cmd. line:N: fatal: ...`, exit 2). */
export class AwkFatal extends Error {}

/** A variable: a scalar, an array, or not used yet; `link` is the caller's untyped variable a parameter stands for. */
export class Cell {
  v: Value = UNINIT;
  a: Map<string, Value> | null = null;
  scalar = false;
  constructor(
    readonly name: string,
    public link: Cell | null = null,
  ) {}

  arr(): Map<string, Value> {
    if (this.a) return this.a;
    if (this.scalar) throw new AwkFatal(`attempt to use scalar \`${this.name}' as an array`);
    this.a = this.link ? this.link.arr() : new Map();
    return this.a;
  }

  get(): Value {
    if (this.a) throw new AwkFatal(`attempt to use array \`${this.name}' in a scalar context`);
    if (this.link && this.link.a) {
      this.a = this.link.a;
      throw new AwkFatal(`attempt to use array \`${this.name}' in a scalar context`);
    }
    return this.v;
  }

  set(v: Value): void {
    if (this.a) throw new AwkFatal(`attempt to use array \`${this.name}' in a scalar context`);
    this.scalar = true;
    this.v = v;
  }
}

/** Names whose reading or writing does more than a plain variable. */
export const SPECIAL = new Set(['NF', 'FS', 'RS', 'IGNORECASE']);

export class State {
  globals = new Map<string, Cell>();
  rec = '';
  /** Fields 1..NF (index 0 unused); null until the record is split. */
  fields: Value[] | null = null;
  nf = 0;
  /** Whether $0 must be rebuilt from the fields (a field or NF was assigned). */
  dirty = false;
  /** The record's text as a value: fields read from input are strnums. */
  recVal: Value = '';

  cell(name: string): Cell {
    let c = this.globals.get(name);
    if (!c) {
      c = new Cell(name);
      this.globals.set(name, c);
    }
    return c;
  }

  str(name: string): string {
    return toStr(this.cell(name).v, '%.6g');
  }

  num(name: string): number {
    return toNum(this.cell(name).v);
  }

  setVar(name: string, v: Value): void {
    this.cell(name).set(v);
  }

  get convfmt(): string {
    return this.str('CONVFMT');
  }

  toStr(v: Value): string {
    return typeof v === 'string' ? v : typeof v === 'number' ? numToStr(v, this.convfmt) : toStr(v, '%.6g');
  }

  get ignoreCase(): boolean {
    return toNum(this.cell('IGNORECASE').v) !== 0;
  }

  setRecord(text: string): void {
    this.rec = text;
    this.recVal = input(text);
    this.fields = null;
    this.dirty = false;
  }

  split(): Value[] {
    if (!this.fields) {
      const parts = splitFields(this.rec, this.str('FS'), this.str('RS') === '', this.ignoreCase);
      this.fields = [UNINIT, ...parts.map(input)];
      this.nf = parts.length;
    }
    return this.fields;
  }

  getNF(): number {
    this.split();
    return this.nf;
  }

  field(i: number): Value {
    if (i === 0) {
      if (this.dirty) this.rebuild();
      return this.recVal;
    }
    const f = this.split();
    return i <= this.nf ? f[i] : UNINIT;
  }

  setField(i: number, v: Value): void {
    if (i === 0) {
      this.setRecord(this.toStr(v));
      return;
    }
    const f = this.split();
    while (this.nf < i) f[++this.nf] = '';
    f[i] = v;
    this.dirty = true;
  }

  setNF(n: number): void {
    const f = this.split();
    if (n < 0) throw new AwkFatal('NF set to negative value');
    while (this.nf < n) f[++this.nf] = '';
    f.length = n + 1;
    this.nf = n;
    this.dirty = true;
  }

  rebuild(): void {
    const f = this.fields!;
    const ofs = this.str('OFS');
    let s = '';
    for (let i = 1; i <= this.nf; i++) s += (i > 1 ? ofs : '') + this.toStr(f[i]);
    this.rec = s;
    this.recVal = s;
    this.dirty = false;
  }

  record(): string {
    if (this.dirty) this.rebuild();
    return this.rec;
  }
}
