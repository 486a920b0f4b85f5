// Showing a page as man-db 2.9.3 does (src/man.c): the page formatted at the line length of the width
// (width.ts), blank lines squeezed, then on a terminal less with man's LESS (LESS_OPTS "-ix8RmPm%s$PM%s$" and
// the prompt " Manual page NAME(SEC) ?ltline %lt?L/%L.:byte %bB?s/%s..?e (END):?pB %pB\%.. (press h for help or
// q to quit)"); without a terminal groff runs with GROFF_NO_SGR and col -b -p -x, which leaves the characters.
// Before each page after the first, on a terminal, man asks "--Man-- next: ..." (do_prompt) and reads a line.
// The pager is -P, else $MANPAGER, else $PAGER, else less; an empty one is cat. Another program than less gets
// the formatted text on its standard input (its words split at blanks, where man runs it with `sh -c`).
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { Interrupt } from '../../../types';
import type { PageEntry } from '../pages/index';
import { lineLengths, roffLineLength, MIN_COLS, MAX_COLS } from './width';

const SGR = /\x1b\[[0-9;]*m/g;

/** lib/linelength.c get_line_length(): MANWIDTH, COLUMNS (from the environment), the terminal's width, 80. */
export function lineWidth(ctx: CommandContext): number {
  const env = ctx.frame.env;
  const attrs = ctx.frame.attrs;
  for (const k of ['MANWIDTH', 'COLUMNS']) {
    const v = env[k];
    if (v === undefined || (attrs?.[k] !== undefined && !attrs[k].includes('x'))) continue;
    const w = parseInt(v.trimStart(), 10);
    if (w > 0) return w;
  }
  return ctx.session.size?.().cols ?? 80;
}

/** The page's text at this width (its render for the nearest kept width outside MIN_COLS..MAX_COLS). */
export function* pageText(ctx: CommandContext, entry: PageEntry): Generator<Yield, string, unknown> {
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, lineWidth(ctx)));
  const ll = roffLineLength(cols);
  // the filling (unpack.ts, fill.ts) comes with the first page, not with apropos's lineWidth()
  return (yield {
    load: () =>
      Promise.all([entry[4](), import('../../../net/web/inflate'), import('./unpack')]).then(async ([m, z, u]) =>
        u.unpack(await z.inflate(m.z), lineLengths().indexOf(ll), ll),
      ),
  }) as string;
}

/** do_prompt(): true to show the next page, false to skip it (EOF, ^D); ^C ends man. */
function* askNext(ctx: CommandContext, title: string): Generator<Yield, boolean, unknown> {
  ctx.out(`--Man-- next: ${title} [ view (return) | skip (Ctrl-D) | quit (Ctrl-C) ]\n`);
  let typed = '';
  for (;;) {
    const k = (yield { key: true }) as string;
    if (k === '\r' || k === '\n') {
      ctx.out('\n');
      return true;
    }
    if (k === '\x04' && typed === '') return false;
    if (k === '\x03') throw new Interrupt();
    if (k >= ' ') {
      typed += k;
      ctx.out(k);
    }
  }
}

/** man.c: the pager's command line. */
function pagerOf(ctx: CommandContext, option: string | null): string {
  const env = (k: string) => (ctx.frame.attrs?.[k] === undefined || ctx.frame.attrs[k].includes('x') ? ctx.frame.env[k] : undefined);
  const pager = option ?? env('MANPAGER') ?? env('PAGER') ?? 'less';
  return pager === '' ? 'cat' : pager;
}

/** Show the pages found, in order (`after`: a page was shown before them; `option`: -P). */
export function* show(ctx: CommandContext, found: { entry: PageEntry; title: string }[], after: boolean, option: string | null = null): Generator<Yield, void, unknown> {
  const pager = pagerOf(ctx, option);
  const firstWord = pager.trim().split(/\s+/)[0];
  let first = !after;
  for (const { entry, title } of found) {
    if (!first && ctx.tty && !(yield* askNext(ctx, title))) continue;
    first = false;
    const text = yield* pageText(ctx, entry);
    if (!ctx.tty) {
      ctx.out(text.replace(SGR, ''));
      continue;
    }
    if (firstWord.slice(firstWord.lastIndexOf('/') + 1) !== 'less') {
      const { runArgv } = (yield { load: () => import('../../../shell/bash') }) as typeof import('../../../shell/bash');
      const rt = { world: ctx.world, hooks: ctx.session };
      yield* runArgv(rt, { ...ctx.frame, env: { ...ctx.frame.env }, subshell: true }, pager.trim().split(/\s+/), { out: ctx.out, err: ctx.err, tty: ctx.tty }, text);
      continue;
    }
    const { page } = (yield { load: () => import('../../less/pager') }) as typeof import('../../less/pager');
    yield* page(ctx, [{ name: null, text }], {
      lineNumbers: false,
      chop: false,
      quitIfOneScreen: false,
      quitAtEof: 'no',
      ignoreCase: 'smart',
      tilde: true,
      commands: [],
      rawColor: true,
      prompt: (p) =>
        ` Manual page ${title} line ${p.top}${p.lines !== null ? `/${p.lines}` : ''}` +
        `${p.end ? ' (END)' : p.percent !== null ? ` ${p.percent}%` : ''} (press h for help or q to quit)`,
    });
  }
}
