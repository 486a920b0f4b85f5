// head of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

export function countArg(flags: Map<string, string | true>, args: string[]): { n: number; files: string[] } {
  let n = 10;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a === '-n') n = Number(args[++i] ?? 10);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (a.startsWith('--lines=')) n = Number(a.slice(8));
    else if (!a.startsWith('-') || a === '-') files.push(a);
  }
  void flags;
  return { n: Number.isFinite(n) ? n : 10, files };
}

def({
  name: 'head',
  summary: 'output the first part of files',
  *run(ctx) {
    const { n, files } = countArg(new Map(), ctx.args);
    let out = '';
    const code = yield* inputs(ctx, 'head', files, (t, name) => {
      if (files.length > 1) out += `${out ? '\n' : ''}==> ${name} <==\n`;
      out += lines(t).slice(0, n).map((l) => l + '\n').join('');
    });
    ctx.out(out);
    return code;
  },
});
