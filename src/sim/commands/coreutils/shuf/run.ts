// shuf of GNU coreutils 8.32 (options and help in spec.ts): the input lines (a file, standard input, -e words or an
// -i LO-HI range) in a random order drawn from the world's seeded random source, -n at most that many, -r drawn
// with repetition (for ever without -n: on a terminal until Ctrl+C, into a pipe a pipe's worth, as yes), -o, -z.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canWrite } from '../../../util';
import { reader, records, usageError } from '../lib/input';
import { quote, quotef } from '../lib/quote';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const rng = ctx.world.rng;
  const die = (m: string) => {
    ctx.err(`shuf: ${m}\n`);
    return 1;
  };
  let range: [number, number] | null = null;
  let head = Infinity;
  let outfile: string | undefined;
  let source: string | undefined;
  for (const { key, value } of o.list) {
    const v = typeof value === 'string' ? value : '';
    if (key === 'input-range') {
      if (range) return die('multiple -i options specified');
      const m = /^(\d+)-(\d+)$/.exec(v);
      // xdectoumax names the part it could not read
      if (!m) return die(`invalid input range: ${quote(v.includes('-') ? (/^\d+$/.test(v.split('-')[0]) ? v.slice(v.indexOf('-') + 1) : v.split('-')[0]) : v)}`);
      const [lo, hi] = [Number(m[1]), Number(m[2])];
      if (lo > hi + 1) return die(`invalid input range: ${quote(v)}`);
      range = [lo, hi];
    } else if (key === 'head-count') {
      if (!/^\d+$/.test(v)) return die(`invalid line count: ${quote(v)}`);
      head = Math.min(head, Number(v));
    } else if (key === 'output') {
      if (outfile !== undefined && outfile !== v) return die('multiple output files specified');
      outfile = v;
    } else if (key === 'random-source') {
      if (source !== undefined && source !== v) return die('multiple random sources specified');
      source = v;
    }
  }
  const echo = o.has('echo');
  const repeat = o.has('repeat');
  const eol = o.has('zero-terminated') ? '\0' : '\n';
  if (echo && range) return usageError(ctx, 'shuf', 'cannot combine -e and -i options');
  if (range ? ops.length > 0 : !echo && ops.length > 1) return usageError(ctx, 'shuf', `extra operand ${quote(ops[range ? 0 : 1])}`);

  let lines: string[];
  if (head === 0) lines = [];
  else if (echo) lines = ops;
  else if (range) lines = Array.from({ length: range[1] - range[0] + 1 }, (_, i) => String(range![0] + i));
  else {
    const t = reader(ctx, 'shuf')(ops[0] ?? '-');
    if (t === null) return 1;
    lines = records(t, eol);
  }
  if (source !== undefined && reader(ctx, 'shuf')(source) === null) return 1;

  let out: string[];
  if (repeat) {
    if (!lines.length) {
      if (head === 0) return 0;
      return die('no lines to repeat');
    }
    if (head === Infinity && !outfile) {
      const draw = (n: number) => Array.from({ length: n }, () => lines[rng.int(0, lines.length - 1)] + eol).join('');
      if (ctx.pipe) {
        ctx.out(draw(65_536));
        return 141;
      }
      for (;;) {
        ctx.out(draw(200));
        yield { wait: 20 };
      }
    }
    out = Array.from({ length: head === Infinity ? 65_536 : head }, () => lines[rng.int(0, lines.length - 1)]);
  } else {
    // a Fisher–Yates shuffle, stopped after the lines wanted
    const a = [...lines];
    const n = Math.min(head, a.length);
    for (let i = 0; i < n; i++) {
      const j = rng.int(i, a.length - 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    out = a.slice(0, n);
  }
  const text = out.map((l) => l + eol).join('');
  if (outfile !== undefined) {
    const p = ctx.resolve(outfile);
    if (!canWrite(ctx.frame.user, p)) return die(`${quotef(outfile)}: Permission denied`);
    if (ctx.host.fs.write(p, text)) return die(`${quotef(outfile)}: No such file or directory`);
    return 0;
  }
  ctx.out(text);
  return 0;
}
