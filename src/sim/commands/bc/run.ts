// GNU bc 1.07.1 on the guest (after `dnf install bc`): programs from files named on the command line, then standard
// input; at the terminal the banner (unless -q) and lines read until quit or end of input, a statement that spans
// lines waiting for the rest. -l sets scale to 20. Syntax errors print "(FILE) LINE: syntax error" as yyerror() does
// and reading goes on with the next line; a runtime error prints bc's message with its address (code.ts) and stops
// the line's run.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { readFile } from '../lib/files';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/where';
import { BcState, Halt, RunErr } from './exec';
import { Parser, Quit, SyntaxErr, lex } from './lang';
import { banner, usage, version } from './help';
import { spec } from './spec';

const LONG: Record<string, string> = { help: 'h', interactive: 'i', mathlib: 'l', quiet: 'q', standard: 's', warn: 'w', version: 'v' };

/** Runs a program text; 'quit' when quit or halt ended bc, 'more' when the text ends inside a statement. */
function feed(st: BcState, ctx: CommandContext, text: string, file: string, firstLine: number, wait = false): 'ok' | 'quit' | 'more' {
  const p = new Parser(lex(text, firstLine), (m) => ctx.err(m.replace('(FILE)', `(${file})`)));
  for (;;) {
    let stmts;
    const at = p.i;
    try {
      stmts = p.line();
    } catch (e) {
      if (e instanceof Quit) return 'quit';
      if (!(e instanceof SyntaxErr)) throw e;
      if (e.incomplete && wait) {
        p.i = at;
        return 'more';
      }
      ctx.err(`(${file}) ${e.line}: syntax error\n`);
      p.hadError = false;
      while (!['nl', 'end'].includes(p.peek().t)) p.i++;
      if (p.peek().t === 'nl') p.i++;
      continue;
    }
    if (!stmts) return 'ok';
    if (p.hadError) {
      p.hadError = false;
      continue;
    }
    try {
      for (const s of stmts) st.run(s);
    } catch (e) {
      if (e instanceof Halt) return 'quit';
      if (!(e instanceof RunErr)) throw e;
      ctx.err(e.message + '\n');
    }
    st.pc = 0;
    st.fname = '(main)';
  }
}

function* bc(ctx: CommandContext): CommandRun {
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of ctx.args) {
    if (a.startsWith('--') && a.length > 2) {
      const name = a.slice(2);
      const hits = Object.keys(LONG).filter((k) => k.startsWith(name));
      const exact = LONG[name] ? name : hits.length === 1 ? hits[0] : undefined;
      if (!exact) {
        ctx.err(hits.length > 1 ? `bc: option '${a}' is ambiguous\n` : `bc: unrecognized option '${a}'\n`);
        ctx.out(usage);
        return 1;
      }
      flags.add(LONG[exact]);
    } else if (a.startsWith('-') && a.length > 1) {
      for (const c of a.slice(1)) {
        if (!'chilqswv'.includes(c)) {
          ctx.err(`bc: invalid option -- '${c}'\n`);
          ctx.out(usage);
          return 1;
        }
        flags.add(c);
      }
    } else files.push(a);
  }
  if (flags.has('h')) {
    ctx.out(usage);
    return 0;
  }
  if (flags.has('v')) {
    ctx.out(version);
    return 0;
  }
  const st = new BcState((s) => ctx.out(s));
  if (flags.has('l')) {
    st.scale = 20;
    st.mathlib = true;
  }
  const interactive = ctx.stdin === null || flags.has('i');
  for (const f of files) {
    const r = readFile(ctx, ctx.resolve(f));
    const text = r.ok ? r.text : null;
    if (text === null) {
      ctx.err(`File ${f} is unavailable.\n`);
      return 1;
    }
    if (feed(st, ctx, text, f, 1) === 'quit') return 0;
  }
  if (ctx.stdin !== null) {
    feed(st, ctx, ctx.stdin, 'standard_in', 1);
    return 0;
  }
  if (interactive && !flags.has('q')) ctx.out(banner);
  let pending = '';
  let line = 1;
  let start = 1;
  for (;;) {
    const l = (yield { ask: '' }) as string | null | undefined;
    if (l === null || l === undefined) return 0;
    if (!pending) start = line;
    pending += l + '\n';
    line++;
    const r = feed(st, ctx, pending, 'standard_in', start, true);
    if (r === 'quit') return 0;
    if (r === 'more') continue;
    pending = '';
  }
}

def({ name: 'bc', available: (h) => hasCommand(h, 'bc'), summary: 'An arbitrary precision calculator language', spec, run: bc });
