// Tab stops of expand and unexpand (coreutils 8.32's expand-common.c): `-t LIST` of ascending columns, a last
// `/N` (every N columns after the list) or `+N` (every N after the last stop); one value is a tab size.
import type { CommandContext } from '../../../context';
import { toBytes } from '../../lib/bytes';
import { reader } from '../lib/input';

export class TabStops {
  list: number[] = [];
  extend = 0;
  increment = 0;
  size = 0;
  /** Messages of a bad list (the command exits 1 after printing them). */
  errors: string[] = [];

  /** parse_tab_stops: commas or blanks between numbers; returns false (with errors) when the list is bad. */
  parse(stops: string): boolean {
    let have = false;
    let val = 0;
    let ext = false;
    let inc = false;
    let ok = true;
    const close = (): boolean => {
      if (!have) return true;
      if (ext) return this.setExtend(val);
      if (inc) return this.setIncrement(val);
      this.list.push(val);
      return true;
    };
    for (let i = 0; i < stops.length; i++) {
      const c = stops[i];
      if (c === ',' || c === ' ' || c === '\t') {
        if (!close()) {
          ok = false;
          break;
        }
        have = false;
      } else if (c === '/' || c === '+') {
        if (have) {
          this.errors.push(`'${c}' specifier not at start of number: ‘${stops.slice(i)}’`);
          ok = false;
        }
        ext = c === '/';
        inc = c === '+';
      } else if (c >= '0' && c <= '9') {
        if (!have) {
          val = 0;
          have = true;
        }
        val = val * 10 + Number(c);
      } else {
        this.errors.push(`tab size contains invalid character(s): ‘${stops.slice(i)}’`);
        ok = false;
        break;
      }
    }
    if (ok && have) ok = close();
    return ok;
  }

  private setExtend(v: number): boolean {
    const ok = !this.extend;
    if (!ok) this.errors.push("'/' specifier only allowed with the last value");
    this.extend = v;
    return ok;
  }

  private setIncrement(v: number): boolean {
    const ok = !this.increment;
    if (!ok) this.errors.push("'+' specifier only allowed with the last value");
    this.increment = v;
    return ok;
  }

  /** finalize_tab_stops: the error that ends the command, if any. */
  finalize(): string | null {
    let prev = 0;
    for (const t of this.list) {
      if (t === 0) return 'tab size cannot be 0';
      if (t <= prev) return 'tab sizes must be ascending';
      prev = t;
    }
    if (this.increment && this.extend) return "'/' specifier is mutually exclusive with '+'";
    if (!this.list.length) this.size = this.extend || this.increment || 8;
    else if (this.list.length === 1 && !this.extend && !this.increment) this.size = this.list[0];
    else this.size = 0;
    return null;
  }

  /** get_next_tab_column: the next stop after `column` (index[0] walks the list), or null past the last stop. */
  next(column: number, index: [number]): number | null {
    if (this.size) return column + (this.size - (column % this.size));
    for (; index[0] < this.list.length; index[0]++) if (column < this.list[index[0]]) return this.list[index[0]];
    if (this.extend) return column + (this.extend - (column % this.extend));
    if (this.increment) {
      const end = this.list[this.list.length - 1];
      return column + (this.increment - ((column - end) % this.increment));
    }
    return null;
  }
}

/** The named files (or standard input) as one stream of bytes, as next_file reads them; errors printed on the way. */
export function readAll(ctx: CommandContext, cmd: string): { bytes: Uint8Array; ok: boolean } {
  const read = reader(ctx, cmd);
  const files = ctx.operands?.length ? ctx.operands : ['-'];
  let ok = true;
  const parts: Uint8Array[] = [];
  for (const f of files) {
    const t = read(f);
    if (t === null) ok = false;
    else parts.push(toBytes(t));
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, ok };
}
