// GNU dc 1.4.1 (bc 1.07.1) on the guest (after `dnf install bc`): getopt_long over "hVe:f:" (options first, as
// getopt permutes them, each -e and -f run as it is met), then the files named, or standard input when neither
// was given; at the terminal each line runs as it is entered (a string left open waits for the lines that close it).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { readFile } from '../lib/files';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/where';
import { byteString, textOf } from './data';
import { evalFile, evalStr } from './evaluate';
import { bugs, usage, usageBody, version } from './help';
import { Dc, St } from './machine';
import { spec } from './spec';

const LONG = ['expression', 'file', 'help', 'version'];

type Opt = { o: 'e' | 'f' | 'h' | 'V'; arg?: string } | { error: string };

/** getopt_long's view of argv: the options in order, then the operands. */
function parse(args: string[]): { opts: Opt[]; files: string[] } {
  const opts: Opt[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const hits = LONG.filter((l) => l.startsWith(name));
      if (hits.length !== 1) {
        opts.push({ error: `dc: unrecognized option '${a}'\n` });
        return { opts, files };
      }
      const full = hits[0];
      const o = full === 'version' ? 'V' : (full[0] as 'e' | 'f' | 'h');
      if (o === 'e' || o === 'f') {
        let arg = eq < 0 ? undefined : a.slice(eq + 1);
        if (arg === undefined && i + 1 < args.length) arg = args[++i];
        if (arg === undefined) {
          opts.push({ error: `dc: option '--${full}' requires an argument\n` });
          return { opts, files };
        }
        opts.push({ o, arg });
      } else if (eq >= 0) {
        opts.push({ error: `dc: option '--${full}' doesn't allow an argument\n` });
        return { opts, files };
      } else opts.push({ o });
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'e' || c === 'f') {
          let arg: string | undefined = a.slice(j + 1);
          if (!arg) arg = i + 1 < args.length ? args[++i] : undefined;
          if (arg === undefined) {
            opts.push({ error: `dc: option requires an argument -- '${c}'\n` });
            return { opts, files };
          }
          opts.push({ o: c, arg });
          break;
        }
        if (c !== 'h' && c !== 'V') {
          opts.push({ error: `dc: invalid option -- '${c}'\n` });
          return { opts, files };
        }
        opts.push({ o: c });
      }
    } else files.push(a);
  }
  return { opts, files };
}

function* dc(ctx: CommandContext): CommandRun {
  try {
    return yield* main(ctx);
  } catch (e) {
    // a JavaScript stack shallower than DEPTH macros: the run stops as at the limit (DIFFERENCES.md)
    if (e instanceof RangeError) return 0;
    throw e;
  }
}

function* main(ctx: CommandContext): CommandRun {
  const stdin = { text: ctx.stdin === null ? '' : byteString(ctx.stdin), pos: 0 };
  const m = new Dc(
    (b) => ctx.out(textOf(b)),
    (s) => ctx.err(s),
    stdin,
  );
  const { opts, files } = parse(ctx.args);
  let didEval = false;
  /** try_file(): false when the file's evaluation failed (dc exits 1). */
  const tryFile = (name: string): boolean => {
    if (name === '-') return evalFile(m, stdin);
    const path = ctx.resolve(name);
    const r = readFile(ctx, path);
    if (!r.ok) {
      if (r.errno === 'EISDIR') ctx.err(`dc: Will not attempt to process directory ${name}\n`);
      else ctx.err(`dc: Could not open file ${name}\n`);
      return true;
    }
    return evalFile(m, { text: byteString(r.text), pos: 0 });
  };
  for (const o of opts) {
    if ('error' in o) {
      // usage(stderr): its lines go to standard error, bug_report_info() to standard output
      ctx.err(o.error + usageBody);
      ctx.out(bugs);
      return 1;
    }
    if (o.o === 'h') {
      ctx.out(usage);
      return 0;
    }
    if (o.o === 'V') {
      ctx.out(version);
      return 0;
    }
    didEval = true;
    if (o.o === 'e') {
      // dc_evalstr(): a q (not Q) that unwinds to it ends dc, with success
      if (evalStr(m, { t: 's', v: byteString(o.arg!) }) === St.QUIT && !m.unwindNoexit) return 0;
    } else if (!tryFile(o.arg!)) return 1;
  }
  for (const f of files) {
    didEval = true;
    if (!tryFile(f)) return 1;
  }
  if (didEval) return 0;
  if (ctx.stdin !== null) return evalFile(m, stdin) ? 0 : 1;
  let pending = '';
  for (;;) {
    const l = (yield { ask: '' }) as string | null | undefined;
    if (l === null || l === undefined) return 0;
    pending += byteString(l) + '\n';
    if (open(pending)) continue;
    const ok = evalFile(m, { text: pending, pos: 0 });
    pending = '';
    if (!ok) return 1;
  }
}

/** Whether a '[' string is still open at the end of text (a line's comments left aside). */
function open(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (depth === 0 && c === '#') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
  }
  return depth > 0;
}

def({ name: 'dc', available: (h) => hasCommand(h, 'dc'), summary: 'an arbitrary precision calculator', spec, run: dc });
