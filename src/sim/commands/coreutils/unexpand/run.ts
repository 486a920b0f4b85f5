// unexpand of GNU coreutils 8.32 (src/unexpand.c; options and help in spec.ts): runs of blanks that reach a tab
// stop become tabs, in the leading blanks only unless -a or -t (--first-only undoes both); columns in bytes.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fromBytes } from '../../lib/bytes';
import { readAll, TabStops } from '../expand/tabs';

export function* run(ctx: CommandContext): CommandRun {
  const tabs = new TabStops();
  let entire = false;
  let firstOnly = false;
  let digits: number | null = null;
  for (const o of ctx.opts!.list) {
    if (o.key === 'all') entire = true;
    else if (o.key === 'first-only') firstOnly = true;
    else if (o.key === 'tabs') {
      entire = true;
      if (!tabs.parse(String(o.value))) {
        ctx.err(tabs.errors.map((e) => `unexpand: ${e}\n`).join(''));
        return 1;
      }
    } else if (o.key === ',') {
      if (digits !== null) tabs.list.push(digits);
      digits = null;
    } else if (/^\d$/.test(o.key)) digits = (digits ?? 0) * 10 + Number(o.key);
  }
  if (firstOnly) entire = false;
  if (digits !== null) tabs.list.push(digits);
  const bad = tabs.finalize();
  if (bad) {
    ctx.err(`unexpand: ${bad}\n`);
    return 1;
  }
  const { bytes, ok } = readAll(ctx, 'unexpand');
  const out: number[] = [];
  const isBlank = (c: number) => c === 32 || c === 9;
  let convert = true;
  let column = 0;
  let nextTab = 0;
  const index: [number] = [0];
  let oneBlankBeforeStop = false;
  let prevBlank = true;
  let pending: number[] = [];
  const newLine = () => {
    convert = true;
    column = 0;
    nextTab = 0;
    index[0] = 0;
    oneBlankBeforeStop = false;
    prevBlank = true;
    pending = [];
  };
  // one more round with c = -1 (EOF) flushes what is pending
  for (let k = 0; k <= bytes.length; k++) {
    let c = k < bytes.length ? bytes[k] : -1;
    if (convert) {
      const blank = isBlank(c);
      if (blank) {
        const next = tabs.next(column, index);
        if (next === null) convert = false;
        else nextTab = next;
        if (convert) {
          if (c === 9) {
            column = nextTab;
            if (pending.length) pending[0] = 9;
          } else {
            column++;
            if (!(prevBlank && column === nextTab)) {
              if (column === nextTab) oneBlankBeforeStop = true;
              pending.push(c);
              prevBlank = true;
              continue;
            }
            c = 9;
            if (pending.length) pending[0] = 9;
          }
          // keep one pending blank only when it came just before the previous stop
          pending = oneBlankBeforeStop ? pending.slice(0, 1) : [];
        }
      } else if (c === 8) {
        column -= column ? 1 : 0;
        nextTab = column;
        index[0] -= index[0] ? 1 : 0;
      } else column++;
      if (pending.length) {
        if (pending.length > 1 && oneBlankBeforeStop) pending[0] = 9;
        out.push(...pending);
        pending = [];
        oneBlankBeforeStop = false;
      }
      prevBlank = blank;
      convert &&= entire || blank;
    }
    if (c < 0) break;
    out.push(c);
    if (c === 10) newLine();
  }
  ctx.out(fromBytes(Uint8Array.from(out)));
  return ok ? 0 : 1;
}
