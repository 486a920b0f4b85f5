// grep of GNU grep 3.6 (options and help in spec.ts).
import { parseFlags } from '../../util';
import { def } from '../lib/guest';
import { inputs, lines } from '../lib/files';
import { breToJs } from '../lib/regex';

function grepRegex(pattern: string, flags: Map<string, string | true>): RegExp | null {
  let src = pattern;
  if (flags.has('F')) src = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  else if (!flags.has('E')) src = breToJs(pattern);
  if (flags.has('w')) src = `\\b(?:${src})\\b`;
  try {
    return new RegExp(src, flags.has('i') ? 'i' : '');
  } catch {
    return null;
  }
}


def({
  name: 'grep',
  aliases: ['egrep'],
  summary: 'print lines that match patterns',
  *run(ctx) {
    const patterns: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < ctx.args.length; i++) {
      const a = ctx.args[i];
      if (a === '-e') patterns.push(ctx.args[++i] ?? '');
      else if (a.startsWith('-e') && a.length > 2 && !a.startsWith('--')) patterns.push(a.slice(2));
      else rest.push(a);
    }
    const { flags, pos } = parseFlags(rest);
    if (ctx.name === 'egrep') flags.set('E', true);
    const files = [...pos];
    const pats = patterns.length ? patterns : files.length ? [files.shift()!] : [];
    if (!pats.length) {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    const regs = pats.map((p) => grepRegex(p, flags));
    if (regs.some((r) => r === null)) {
      ctx.err('grep: Unmatched ( or \\(\n');
      return 2;
    }
    const re = { test: (l: string) => regs.some((r) => r!.test(l)) };
    const invert = flags.has('v');
    let matched = 0;
    let out = '';
    const code = yield* inputs(ctx, 'grep', files, (text, name) => {
      let count = 0;
      lines(text).forEach((l, i) => {
        if (re.test(l) !== invert) {
          count++;
          if (!flags.has('c') && !flags.has('q') && !flags.has('l')) out += (files.length > 1 && name ? `${name}:` : '') + (flags.has('n') ? `${i + 1}:` : '') + l + '\n';
        }
      });
      if (flags.has('c')) out += (files.length > 1 && name ? `${name}:` : '') + count + '\n';
      if (flags.has('l') && count) out += (name ?? '(standard input)') + '\n';
      matched += count;
    });
    if (!flags.has('q')) ctx.out(out);
    if (code) return 2;
    return matched ? 0 : 1;
  },
});
