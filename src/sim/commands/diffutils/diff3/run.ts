// diff3 of GNU diffutils 3.7 (src/diff3.c): the two diffs against the common file (as diff finds them, compare.ts),
// combined by make_3way_diff() and using_to_diff3_block(), shown in the default format (output_diff3) or merged with
// -m (output_diff3_merge, with -A, -E, -X, -x, -3 and -L), or as the ed script of -e, -E, -A, -x, -X and -3 without
// -m (output_diff3_edscript, -i adding w and q). Exit status 0, 1 when a merge has conflicts, 2 on trouble.
import type { CommandContext } from '../../../context';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { changes, compare } from '../diff/compare';
import { spec } from './spec';

const TROUBLE = 2;

/** A block of a two-way diff: 1-based first and last line in [other file, common file]; last = first - 1 when empty. */
interface Block {
  lo: [number, number];
  hi: [number, number];
}

/** A block of the three-way diff: ranges per internal file (FILE0, FILE1, FILEC) and which one is odd. */
interface Block3 {
  lo: [number, number, number];
  hi: [number, number, number];
  type: 'all' | 0 | 1 | 2;
}

/** Lines with their newlines (the last may have none). */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The blocks `diff --horizon-lines=100 -- other common` reports. */
function twoWay(other: string[], common: string[]): Block[] {
  const [ca, cb] = compare(other, common, other, common, 100);
  return changes(ca, cb).map((c) => ({ lo: [c.a0 + 1, c.b0 + 1], hi: [c.a1, c.b1] }));
}

/** make_3way_diff() with using_to_diff3_block(): FILE0 from thread 0, FILE1 from thread 1, FILEC shared. */
function threeWay(t0: Block[], t1: Block[], files: string[][]): Block3[] {
  const cur: [number, number] = [0, 0];
  const threads = [t0, t1];
  const out: Block3[] = [];
  let last: Block3 = { lo: [0, 0, 0], hi: [0, 0, 0], type: 'all' };
  while (cur[0] < t0.length || cur[1] < t1.length) {
    const using: [Block[], Block[]] = [[], []];
    const base = cur[0] >= t0.length ? 1 : cur[1] >= t1.length ? 0 : t0[cur[0]].lo[1] > t1[cur[1]].lo[1] ? 1 : 0;
    let high = base;
    let mark = threads[high][cur[high]].hi[1];
    using[high].push(threads[high][cur[high]++]);
    let other = high ^ 1;
    while (cur[other] < threads[other].length && threads[other][cur[other]].lo[1] <= mark + 1) {
      const d = threads[other][cur[other]++];
      using[other].push(d);
      if (mark < d.hi[1]) {
        high ^= 1;
        mark = d.hi[1];
      }
      other = high ^ 1;
    }
    const lowc = using[base][0].lo[1];
    const lastHigh = using[high][using[high].length - 1];
    const highc = lastHigh.hi[1];
    const lo: number[] = [];
    const hi: number[] = [];
    for (const d of [0, 1]) {
      if (using[d].length) {
        const f = using[d][0];
        const l = using[d][using[d].length - 1];
        lo[d] = lowc - f.lo[1] + f.lo[0];
        hi[d] = highc - l.hi[1] + l.hi[0];
      } else {
        lo[d] = lowc - last.hi[2] + last.hi[d];
        hi[d] = highc - last.hi[2] + last.hi[d];
      }
    }
    const slice = (k: number, a: number, b: number) => files[k].slice(a - 1, b);
    let type: Block3['type'];
    if (!using[0].length) type = 1;
    else if (!using[1].length) type = 0;
    else {
      const x = slice(0, lo[0], hi[0]);
      const y = slice(1, lo[1], hi[1]);
      type = x.length === y.length && x.every((l, i) => l === y[i]) ? 2 : 'all';
    }
    last = { lo: [lo[0], lo[1], lowc], hi: [hi[0], hi[1], highc], type };
    out.push(last);
  }
  return out;
}

def({
  name: 'diff3',
  summary: 'compare three files line by line',
  spec,
  *run(ctx) {
    const o = ctx.opts!;
    const tryHelp = (msg: string) => {
      ctx.err(`diff3: ${msg}\ndiff3: Try 'diff3 --help' for more information.\n`);
      return TROUBLE;
    };
    const labels = o.all('label');
    if (labels.length > 3) return tryHelp('too many file label options');
    // main(): -A, -x, -3, -X, -E and -e each count once (3.7 counts; at most one is allowed)
    const incompat = ['show-all', 'overlap-only', 'easy-only', 'X', 'show-overlap', 'ed'].reduce((n, k) => n + o.count(k), 0);
    const merge = o.has('merge');
    const flagging = o.has('show-all') || o.has('X') || o.has('show-overlap') || (!incompat && merge);
    const show2nd = o.has('show-all') || (!incompat && merge);
    if (incompat > 1 || (o.has('i') && merge) || (labels.length && !flagging)) return tryHelp('incompatible options');
    const ops = ctx.operands ?? [];
    if (ops.length < 3) return tryHelp(`missing operand after '${ctx.args.length ? ctx.args[ctx.args.length - 1] : 'diff3'}'`);
    if (ops.length > 3) return tryHelp(`extra operand '${ops[3]}'`);
    const edscript = incompat > 0 && !merge;
    const tags = [0, 1, 2].map((i) => labels[i] ?? ops[i]);
    // the common file: the older one for a merge or an ed script, else YOURFILE (standard input cannot be read twice)
    let common = edscript || merge ? 1 : 2;
    if (ops[common] === '-') {
      common = 3 - common;
      if (ops[0] === '-' || ops[common] === '-') {
        ctx.err("diff3: '-' specified for more than one input file\n");
        return TROUBLE;
      }
    }
    const mapping = [0, 3 - common, common];
    const texts: string[] = [];
    for (const n of ops) {
      if (n === '-') {
        texts.push(ctx.stdin ?? '');
        continue;
      }
      const abs = ctx.resolve(n);
      if (ctx.host.fs.isDir(abs)) {
        ctx.err(`diff3: ${n}: Is a directory\n`);
        return TROUBLE;
      }
      const r = readFile(ctx, abs);
      if (!r.ok) {
        ctx.err(`diff3: ${n}: ${strerror(r.errno as FsError)}\n`);
        return TROUBLE;
      }
      texts.push(r.text);
    }
    // internal files: FILE0 = MYFILE, FILE1 = the other one, FILEC = the common one
    const user = (k: number) => mapping.indexOf(k);
    const files = [0, 1, 2].map((k) => linesOf(texts[user(k)]));
    const blocks = threeWay(twoWay(files[0], files[2]), twoWay(files[1], files[2]), files);
    const f = { show2nd, flagging, overlapOnly: o.has('overlap-only') || o.has('X'), simpleOnly: o.has('easy-only') };
    if (edscript) return edScript(ctx, blocks, files, mapping, tags, f, o.has('i'));
    if (merge) return merged(ctx, blocks, files, mapping, tags, { show2nd, flagging, overlapOnly: o.has('overlap-only') || o.has('X'), simpleOnly: o.has('easy-only') });
    ctx.out(plain(blocks, files, mapping, o.has('initial-tab') ? '\t' : '  '));
    return 0;
  },
});

/** output_diff3(): "====" and the odd file's number, then each file's range and (unless equal to another) its lines. */
function plain(blocks: Block3[], files: string[][], mapping: number[], prefix: string): string {
  const SKEW = [2, 3, 1];
  let out = '';
  for (const b of blocks) {
    const odd = b.type === 'all' ? 3 : mapping.indexOf(b.type);
    const dontprint = b.type === 'all' ? 3 : odd === 0 ? 1 : 0;
    out += `====${b.type === 'all' ? '' : odd + 1}\n`;
    for (let i = 0; i < 3; i = odd === 1 ? SKEW[i] : i + 1) {
      const k = mapping[i];
      const lo = b.lo[k];
      const hi = b.hi[k];
      out += `${i + 1}:${lo - hi === 1 ? `${lo - 1}a` : lo === hi ? `${lo}c` : `${lo},${hi}c`}\n`;
      if (i === dontprint || lo > hi) continue;
      const lines = files[k].slice(lo - 1, hi);
      out += lines.map((l) => prefix + l).join('');
      if (!lines[lines.length - 1].endsWith('\n')) out += '\n\\ No newline at end of file\n';
    }
  }
  return out;
}

/** output_diff3_edscript(): the blocks from the last, as ed commands that bring the others' changes into MYFILE. */
function edScript(ctx: CommandContext, blocks: Block3[], files: string[][], mapping: number[], tags: string[], f: { show2nd: boolean; flagging: boolean; overlapOnly: boolean; simpleOnly: boolean }, finalwrite: boolean): number {
  let out = '';
  let conflicts = false;
  const num = (b: Block3, k: number) => b.hi[k] - b.lo[k] + 1;
  // dotlines(): a file's lines of the block, an initial '.' doubled
  const dotlines = (b: Block3, k: number) => {
    let dot = false;
    for (const l of files[k].slice(b.lo[k] - 1, b.hi[k])) {
      if (l.startsWith('.')) {
        dot = true;
        out += '.';
      }
      out += l;
    }
    return dot;
  };
  const undotlines = (dot: boolean, start: number, n: number) => {
    out += '.\n';
    if (dot) out += n === 1 ? `${start}s/^\\.//\n` : `${start},${start + n - 1}s/^\\.//\n`;
  };
  for (const b of [...blocks].reverse()) {
    const type = b.type === 'all' ? 'all' : mapping.indexOf(b.type);
    let conflict: boolean;
    if (type === 1) {
      if (!f.show2nd) continue;
      conflict = true;
    } else if (type === 2) {
      if (f.overlapOnly) continue;
      conflict = false;
    } else if (type === 'all') {
      if (f.simpleOnly) continue;
      conflict = f.flagging;
    } else continue;
    const low0 = b.lo[mapping[0]];
    const high0 = b.hi[mapping[0]];
    if (conflict) {
      conflicts = true;
      out += `${high0}a\n`;
      let dot = false;
      if (type === 'all') {
        if (f.show2nd) {
          out += `||||||| ${tags[1]}\n`;
          dot = dotlines(b, mapping[1]);
        }
        out += '=======\n';
        dot = dotlines(b, mapping[2]) || dot;
      }
      out += `>>>>>>> ${tags[2]}\n`;
      undotlines(dot, high0 + 2, num(b, mapping[1]) + num(b, mapping[2]) + 1);
      out += `${low0 - 1}a\n<<<<<<< ${type === 'all' ? tags[0] : tags[1]}\n`;
      dot = false;
      if (type === 1) {
        dot = dotlines(b, mapping[1]);
        out += '=======\n';
      }
      undotlines(dot, low0 + 1, num(b, mapping[1]));
    } else if (num(b, mapping[2]) === 0) out += low0 === high0 ? `${low0}d\n` : `${low0},${high0}d\n`;
    else {
      out += high0 - low0 === -1 ? `${high0}a\n` : high0 === low0 ? `${high0}c\n` : `${low0},${high0}c\n`;
      undotlines(dotlines(b, mapping[2]), low0, num(b, mapping[2]));
    }
  }
  if (finalwrite) out += 'w\nq\n';
  ctx.out(out);
  return conflicts ? 1 : 0;
}

/** output_diff3_merge(): MYFILE with the other changes put in, conflicts bracketed. */
function merged(ctx: CommandContext, blocks: Block3[], files: string[][], mapping: number[], tags: string[], f: { show2nd: boolean; flagging: boolean; overlapOnly: boolean; simpleOnly: boolean }): number {
  let out = '';
  let conflicts = false;
  let read = 0;
  const mine = files[0];
  const lines = (b: Block3, user: number) => files[mapping[user]].slice(b.lo[mapping[user]] - 1, b.hi[mapping[user]]).join('');
  for (const b of blocks) {
    // the odd file, in the user's numbering
    const type = b.type === 'all' ? 'all' : mapping.indexOf(b.type);
    let conflict: boolean;
    let second = '<<<<<<< ';
    if (type === 1) {
      if (!f.show2nd) continue;
      conflict = true;
    } else if (type === 2) {
      if (f.overlapOnly) continue;
      conflict = false;
    } else if (type === 'all') {
      if (f.simpleOnly) continue;
      conflict = f.flagging;
      second = '||||||| ';
    } else continue;
    out += mine.slice(read, b.lo[0] - 1).join('');
    read = b.lo[0] - 1;
    if (conflict) {
      conflicts = true;
      if (type === 'all') out += `<<<<<<< ${tags[0]}\n` + lines(b, 0);
      if (f.show2nd) out += `${second}${tags[1]}\n` + lines(b, 1);
      out += '=======\n';
    }
    out += lines(b, 2);
    if (conflict) out += `>>>>>>> ${tags[2]}\n`;
    read += b.hi[0] - b.lo[0] + 1;
  }
  out += mine.slice(read).join('');
  ctx.out(out);
  return conflicts ? 1 : 0;
}
