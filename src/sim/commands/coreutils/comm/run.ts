// comm of GNU coreutils 8.32 (options and help in spec.ts): the lines of two sorted files in three columns (only
// in FILE1, only in FILE2, in both), -1 -2 -3 to drop one, --output-delimiter, --total, -z; a file out of order
// is warned about once (`file N is not in sorted order`) and ends with `input is not in sorted order`, status 1.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { collate, reader, records, usageError } from '../lib/input';
import { quote } from '../lib/quote';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const delims = o.all('output-delimiter');
  if (delims.some((d) => d !== delims[0])) {
    ctx.err('comm: multiple output delimiters specified\n');
    return 1;
  }
  const sep = delims.length ? delims[0] || '\0' : '\t';
  if (ops.length < 2) return usageError(ctx, 'comm', ops.length ? `missing operand after ${quote(ops[ops.length - 1])}` : 'missing operand');
  if (ops.length > 2) return usageError(ctx, 'comm', `extra operand ${quote(ops[2])}`);
  const delim = o.has('zero-terminated') ? '\0' : '\n';
  const show = [!o.has('1'), !o.has('2'), !o.has('3')];
  const last = [...o.list].reverse().find((x) => x.key === 'check-order' || x.key === 'nocheck-order')?.key;
  const check = last === 'nocheck-order' ? 'off' : last === 'check-order' ? 'on' : 'default';
  const read = reader(ctx, 'comm');
  const files: string[][] = [];
  for (const f of ops.slice(0, 2)) {
    const t = read(f);
    if (t === null) return 1;
    files.push(records(t, delim));
  }
  let out = '';
  const total = [0, 0, 0];
  const warned = [false, false];
  let unpairable = false;
  const pos = [0, 0];
  const checkOrder = (i: number, prev: string, cur: string): boolean => {
    if (check === 'off' || (check === 'default' && !unpairable) || warned[i]) return true;
    if (collate(prev, cur) > 0) {
      ctx.out(out);
      out = '';
      ctx.err(`comm: file ${i + 1} is not in sorted order\n`);
      warned[i] = true;
      if (check === 'on') return false;
    }
    return true;
  };
  while (pos[0] < files[0].length || pos[1] < files[1].length) {
    const a = files[0][pos[0]];
    const b = files[1][pos[1]];
    const order = a === undefined ? 1 : b === undefined ? -1 : collate(a, b);
    if (order === 0) {
      total[2]++;
      if (show[2]) out += (show[0] ? sep : '') + (show[1] ? sep : '') + b + delim;
    } else {
      unpairable = true;
      if (order < 0) {
        total[0]++;
        if (show[0]) out += a + delim;
      } else {
        total[1]++;
        if (show[1]) out += (show[0] ? sep : '') + b + delim;
      }
    }
    for (const i of [0, 1]) {
      if (i === 0 ? order > 0 : order < 0) continue;
      pos[i]++;
      const lines = files[i];
      // the next line against this one; at the end, the last two again (an unpairable line may have come since)
      const ok = pos[i] < lines.length ? checkOrder(i, lines[pos[i] - 1], lines[pos[i]]) : pos[i] >= 2 ? checkOrder(i, lines[pos[i] - 2], lines[pos[i] - 1]) : true;
      if (!ok) return 1;
    }
  }
  if (o.has('total')) out += `${total[0]}${sep}${total[1]}${sep}${total[2]}${sep}total${delim}`;
  ctx.out(out);
  if (warned[0] || warned[1]) {
    ctx.err('comm: input is not in sorted order\n');
    return 1;
  }
  return 0;
}
