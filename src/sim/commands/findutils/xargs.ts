// xargs of GNU findutils 4.8: words from standard input (quotes and backslashes as xargs reads them, or lines
// with -d '\n' / -0) appended to the command (echo by default), -n per run, -I to place them, -r to skip an
// empty input, -t to echo each command.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def } from '../lib/guest';
import { spec } from './xargs.spec';

function words(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      any = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      any = true;
    } else if (/\s/.test(c)) {
      if (cur || any) out.push(cur);
      cur = '';
      any = false;
    } else cur += c;
  }
  if (cur || any) out.push(cur);
  return out;
}

const q = (x: string) => `'${x.replace(/'/g, `'\\''`)}'`;

function* xargs(ctx: CommandContext): CommandRun {
  const a = ctx.args;
  let n = Infinity;
  let repl: string | null = null;
  let delim: string | null = null;
  let noEmpty = false;
  let trace = false;
  let i = 0;
  for (; i < a.length && a[i].startsWith('-'); i++) {
    const o = a[i];
    if (o === '--') {
      i++;
      break;
    }
    if (o === '-n' || o === '--max-args') n = Number(a[++i]);
    else if (/^-n\d+$/.test(o)) n = Number(o.slice(2));
    else if (o.startsWith('--max-args=')) n = Number(o.slice(11));
    else if (o === '-I') repl = a[++i] ?? '{}';
    else if (/^-I./.test(o)) repl = o.slice(2);
    else if (o === '-i') repl = '{}';
    else if (o === '-0' || o === '--null') delim = '\0';
    else if (o === '-d') delim = (a[++i] ?? '\n').replace('\\n', '\n');
    else if (o === '-r' || o === '--no-run-if-empty') noEmpty = true;
    else if (o === '-t' || o === '--verbose') trace = true;
    else if (o === '--help' || o === '--version') continue;
    else {
      ctx.err(o.startsWith('--') ? `xargs: unrecognized option '${o}'\nTry 'xargs --help' for more information.\n` : `xargs: invalid option -- '${o[1]}'\nTry 'xargs --help' for more information.\n`);
      return 1;
    }
  }
  const cmd = a.slice(i).length ? a.slice(i) : ['echo'];
  const input = ctx.stdin ?? '';
  let items = repl !== null ? input.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/^\s+/, '')) : delim !== null ? input.split(delim).filter((x, k, all) => !(k === all.length - 1 && x === '')) : words(input);
  if (!items.length && noEmpty) return 0;
  const runs: string[][] = [];
  if (repl !== null) for (const it of items) runs.push(cmd.map((c) => c.split(repl!).join(it)));
  else if (!items.length) runs.push(cmd);
  else
    for (; items.length; items = items.slice(Math.min(n, items.length))) runs.push([...cmd, ...items.slice(0, Math.min(n, items.length))]);
  let code = 0;
  for (const argv of runs) {
    if (trace) ctx.err(argv.join(' ') + '\n');
    const r = yield* ctx.runLine(argv.map(q).join(' '));
    if (r === 127) {
      ctx.err(`xargs: ${argv[0]}: No such file or directory\n`);
      return 127;
    }
    if (r !== 0) code = 123;
  }
  return code;
}

def({ name: 'xargs', summary: 'build and execute command lines from standard input', spec, run: xargs });
