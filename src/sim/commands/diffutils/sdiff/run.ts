// sdiff of GNU diffutils 3.7 (src/sdiff.c main()): without -o it hands everything to diff — `diff [OPTIONS] -y --
// FILE1 FILE2` with its own options turned into diff's (-l → --left-column, -w → -W, -W → -w, -s →
// --suppress-common-lines last) — so diff's output, messages and status are sdiff's. -o OUTPUT merges
// interactively (merge.ts).
import { runArgv } from '../../../shell/bash';
import { def } from '../../lib/guest';
import { spec } from './spec';

/** longopts[] keys and the diff arguments main() adds for them (diffarg). */
const MAP: Record<string, (v: string) => string[]> = {
  text: () => ['-a'],
  'ignore-space-change': () => ['-b'],
  'ignore-blank-lines': () => ['-B'],
  minimal: () => ['-d'],
  'ignore-tab-expansion': () => ['-E'],
  'speed-large-files': () => ['-H'],
  'ignore-case': () => ['-i'],
  'ignore-matching-lines': (v) => ['-I', v],
  'left-column': () => ['--left-column'],
  'expand-tabs': () => ['-t'],
  width: (v) => ['-W', v],
  'ignore-all-space': () => ['-w'],
  'ignore-trailing-space': () => ['-Z'],
  'strip-trailing-cr': () => ['--strip-trailing-cr'],
  tabsize: (v) => ['--tabsize', v],
};

def({
  name: 'sdiff',
  summary: 'side-by-side merge of file differences',
  spec,
  *run(ctx) {
    const o = ctx.opts!;
    const ops = ctx.operands ?? [];
    const tryHelp = (msg: string) => {
      ctx.err(`sdiff: ${msg}\nsdiff: Try 'sdiff --help' for more information.\n`);
      return 2;
    };
    if (ops.length < 2) return tryHelp(`missing operand after '${ctx.args.length ? ctx.args[ctx.args.length - 1] : 'sdiff'}'`);
    if (ops.length > 2) return tryHelp(`extra operand '${ops[2]}'`);
    const argv = [o.str('diff-program') ?? 'diff'];
    for (const x of o.list) {
      const m = MAP[x.key];
      if (m) argv.push(...m(typeof x.value === 'string' ? x.value : ''));
    }
    // -o: the interactive merge (merge.ts), loaded when asked for
    const output = o.str('output');
    if (output !== undefined) {
      const { merge } = (yield { load: () => import('./merge') }) as typeof import('./merge');
      return yield* merge(ctx, argv, [ops[0], ops[1]], output);
    }
    if (o.has('suppress-common-lines')) argv.push('--suppress-common-lines');
    argv.push('-y', '--', ops[0], ops[1]);
    // execvp(): the program by $PATH (DEFAULT_DIFF_PROGRAM is "diff" found there) with sdiff's own output
    const rt = { world: ctx.world, hooks: ctx.session };
    return yield* runArgv(rt, ctx.frame, argv, { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
  },
});
