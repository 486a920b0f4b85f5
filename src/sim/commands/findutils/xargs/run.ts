// xargs of GNU findutils 4.8: words from standard input (quotes and backslashes as xargs reads them, or lines
// with -d '\n' / -0) appended to the command (echo by default), -n per run, -I to place them, -r to skip an
// empty input, -t to echo each command.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { spec } from './spec';
import { readFile } from '../../lib/files';
import { strerror, type FsError } from '../../../fs';

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
  let lines = 0;
  let argFile: string | null = null;
  let eof: string | null = null;
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
    else if (o === '-L' || o === '--max-lines') lines = Number(a[++i]);
    else if (/^-L\d+$/.test(o)) lines = Number(o.slice(2));
    else if (o.startsWith('--max-lines=')) lines = Number(o.slice(12));
    else if (o === '-l') lines = 1;
    else if (/^-l\d+$/.test(o)) lines = Number(o.slice(2));
    else if (o === '-P' || o === '--max-procs' || o === '-s' || o === '--max-chars') i++;
    else if (/^-[Ps]\d+$/.test(o) || /^--max-(procs|chars)=/.test(o) || o === '-x' || o === '--exit') continue;
    else if (o === '-a' || o === '--arg-file') argFile = a[++i] ?? '';
    else if (o.startsWith('--arg-file=')) argFile = o.slice(11);
    else if (o === '-E') eof = a[++i] ?? '';
    else if (/^-e/.test(o) || o.startsWith('--eof=')) eof = o.startsWith('--eof=') ? o.slice(6) : o.slice(2) || null;
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
  let input = ctx.stdin ?? '';
  if (argFile !== null) {
    const r = readFile(ctx, ctx.resolve(argFile));
    if (!r.ok) {
      ctx.err(`xargs: Cannot open input file ‘${argFile}’: ${strerror(r.errno as FsError)}\n`);
      return 1;
    }
    input = r.text;
  }
  // -E: input stops at a line that is the end-of-file string
  if (eof !== null && eof !== '' && delim === null) {
    const ls = input.split('\n');
    const at = ls.findIndex((l) => l.trim() === eof);
    if (at >= 0) input = ls.slice(0, at).join('\n');
  }
  let items = repl !== null ? input.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/^\s+/, '')) : delim !== null ? input.split(delim).filter((x, k, all) => !(k === all.length - 1 && x === '')) : words(input);
  if (!items.length && noEmpty) return 0;
  const runs: string[][] = [];
  if (repl !== null) for (const it of items) runs.push(cmd.map((c) => c.split(repl!).join(it)));
  else if (lines > 0 && delim === null) {
    // -L: up to MAX-LINES nonblank lines a run; a line ending in a blank goes on into the next
    const logical: string[][] = [];
    let cur: string[] = [];
    for (const l of input.split('\n')) {
      cur.push(...words(l));
      if (/[ \t]$/.test(l)) continue;
      if (cur.length) logical.push(cur);
      cur = [];
    }
    if (cur.length) logical.push(cur);
    if (!logical.length) {
      if (noEmpty) return 0;
      runs.push(cmd);
    }
    for (let k = 0; k < logical.length; k += lines) runs.push([...cmd, ...logical.slice(k, k + lines).flat()]);
  } else if (!items.length) runs.push(cmd);
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
