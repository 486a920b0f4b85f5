// expand of GNU coreutils 8.32 (src/expand.c; options and help in spec.ts): tabs become spaces up to the next
// stop (-t LIST, -N), counted in bytes as the C program does; -i only in the leading blanks; backspace steps back.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fromBytes } from '../../lib/bytes';
import { readAll, TabStops } from './tabs';

export function* run(ctx: CommandContext): CommandRun {
  const tabs = new TabStops();
  let entire = true;
  for (const o of ctx.opts!.list) {
    let list: string | null = null;
    if (o.key === 'initial') entire = false;
    else if (o.key === 'tabs') list = String(o.value);
    // -N (shortopts "0::1::..."): the digit and what follows it in the same word
    else if (/^\d$/.test(o.key)) list = o.key + (o.value === true ? '' : String(o.value));
    if (list !== null && !tabs.parse(list)) {
      ctx.err(tabs.errors.map((e) => `expand: ${e}\n`).join(''));
      return 1;
    }
  }
  const bad = tabs.finalize();
  if (bad) {
    ctx.err(`expand: ${bad}\n`);
    return 1;
  }
  const { bytes, ok } = readAll(ctx, 'expand');
  const out: number[] = [];
  let column = 0;
  const index: [number] = [0];
  let convert = true;
  for (const c of bytes) {
    if (convert) {
      if (c === 9) {
        const next = tabs.next(column, index);
        const stop = next === null ? column + 1 : next;
        while (++column < stop) out.push(32);
        out.push(32);
        continue;
      } else if (c === 8) {
        column -= column ? 1 : 0;
        index[0] -= index[0] ? 1 : 0;
      } else column++;
      convert &&= entire || c === 32;
    }
    out.push(c);
    if (c === 10) {
      column = 0;
      index[0] = 0;
      convert = true;
    }
  }
  ctx.out(fromBytes(Uint8Array.from(out)));
  return ok ? 0 : 1;
}
