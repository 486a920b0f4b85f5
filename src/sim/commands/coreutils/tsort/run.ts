// tsort of GNU coreutils 8.32 (src/tsort.c; help in help.ts): pairs of words as a partial order, printed as a
// total one. The items are walked in strcmp order (tsort.c's balanced tree, in order); each pass prints those no
// other precedes, and a loop is reported on stderr item by item and broken at one relation.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quotef } from '../lib/quote';
import { reader } from '../lib/input';

interface Item {
  str: string | null;
  count: number;
  qlink: Item | null;
  /** Successors, the last recorded first (record_relation pushes on the front). */
  top: Item[];
}

export function* run(ctx: CommandContext): CommandRun {
  const file = ctx.operands?.[0] ?? '-';
  const text = reader(ctx, 'tsort')(file);
  if (text === null) return 1;
  const items = new Map<string, Item>();
  const item = (s: string) => {
    let it = items.get(s);
    if (!it) items.set(s, (it = { str: s, count: 0, qlink: null, top: [] }));
    return it;
  };
  let j: Item | null = null;
  let k: Item | null = null;
  for (const tok of text.split(/[ \t\n]+/)) {
    if (!tok) continue;
    k = item(tok);
    if (j) {
      if (j.str !== k.str) {
        k.count++;
        j.top.unshift(k);
      }
      k = null;
    }
    j = k;
  }
  if (k !== null) {
    ctx.err(`tsort: ${quotef(file)}: input contains an odd number of tokens\n`);
    return 1;
  }
  const order = [...items.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((s) => items.get(s)!);
  let n = order.length;
  let ok = true;
  let out = '';
  let err = '';
  let loop: Item | null = null;
  /** detect_loop of one item; true once a loop was printed and broken. */
  const detect = (it: Item): boolean => {
    if (it.count <= 0) return false;
    if (loop === null) {
      loop = it;
      return false;
    }
    for (const suc of it.top) {
      if (suc !== loop) continue;
      if (it.qlink) {
        while (loop) {
          const tmp: Item | null = loop.qlink;
          err += `tsort: ${loop.str}\n`;
          if (loop === it) {
            suc.count--;
            break;
          }
          loop.qlink = null;
          loop = tmp;
        }
        while (loop) {
          const tmp: Item | null = loop.qlink;
          loop.qlink = null;
          loop = tmp;
        }
        return true;
      }
      it.qlink = loop;
      loop = it;
      break;
    }
    return false;
  };
  while (n > 0) {
    let head: Item | null = null;
    let zeros: Item | null = null;
    for (const it of order) {
      if (it.count === 0 && it.str !== null) {
        if (head === null) head = it;
        else zeros!.qlink = it;
        zeros = it;
      }
    }
    while (head) {
      out += head.str + '\n';
      head.str = null;
      n--;
      for (const suc of head.top) {
        suc.count--;
        if (suc.count === 0) {
          zeros!.qlink = suc;
          zeros = suc;
        }
      }
      head = head.qlink;
    }
    if (n > 0) {
      err += `tsort: ${quotef(file)}: input contains a loop:\n`;
      ok = false;
      do {
        for (const it of order) if (detect(it)) break;
      } while (loop);
    }
  }
  // stdout and stderr as the C program interleaves them: a loop is reported after the items printed so far
  ctx.out(out);
  ctx.err(err);
  return ok ? 0 : 1;
}
