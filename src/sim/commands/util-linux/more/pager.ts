// more of util-linux 2.37.4 on a terminal (text-utils/more.c): a screenful (the terminal's height less one line),
// then the prompt "--More--(N%)" (N: how far into the file, in bytes; "--More--" alone for input from a pipe,
// "--More--(Next file: NAME)" at the end of a file that has another after it). Keys of more_key_command: Space a
// screenful (or N lines), Enter a line (N sets the screenful), d or ^D half a screen (N sets it), = the line number,
// b or ^B back N screenfuls (skip_backwards: "...back N pages", then a screenful from there; a bell for a pipe),
// /pattern the Nth line matching it (search(): regcomp's basic regular expression; the screenful starts up to two
// lines before the match, after "...skipping" when it is more than three lines on; "Pattern not found" where the
// prompt was, then the next screenful less one line without a prompt), n the previous search again, q, Q or ^C quit. At the end of the last file more ends. The prompt is erased from column 0 before the text goes on
// (erase_to_col; the lines stay on the terminal, more does not take the screen).
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { Interrupt } from '../../../types';
import { byteLength } from '../../../fs';
import { compile, RegexError, type Rx } from '../../lib/posix-regex';

export interface MoreFile {
  name: string | null;
  text: string;
}

/** search(): regcomp(&re, buf, REG_NOSUB), a basic regular expression (glibc's, with \+ \? \|); null when it does not compile. */
export function basicRegex(bre: string): Rx | null {
  const r = regcomp(bre);
  return typeof r === 'string' ? null : r;
}

/** The compiled pattern, or regerror's words. */
function regcomp(bre: string): Rx | string {
  try {
    return compile(bre, { kind: 'bre' });
  } catch (e) {
    if (e instanceof RegexError) return e.message;
    throw e;
  }
}

export function* pageMore(ctx: CommandContext, files: MoreFile[], lines?: number): CommandRun {
  const size = () => ctx.session.size?.() ?? { rows: 24, cols: 80 };
  // -n, --lines, -<number>: the screenful
  let perScreen = lines && lines > 0 ? lines : Math.max(1, size().rows - 1);
  let half = Math.max(1, Math.floor(size().rows / 2) - 1);
  let promptLen = 0;
  const erase = () => {
    if (promptLen > 0) ctx.out('\r' + ' '.repeat(promptLen) + '\r');
    promptLen = 0;
  };
  const prompt = (text: string) => {
    erase();
    ctx.out(text);
    promptLen = text.length;
  };
  function* key(): Generator<Yield, string, unknown> {
    try {
      return (yield { key: true }) as string;
    } catch (e) {
      if (e instanceof Interrupt) return '\x03';
      throw e;
    }
  }
  let previousSearch: Rx | null = null;
  for (let f = 0; f < files.length; f++) {
    const file = files[f];
    const lines = file.text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let at = 0;
    let bytes = 0;
    const total = byteLength(file.text);
    // screen(): N lines (a long line takes as many rows as it fills)
    const show = (n: number) => {
      const { cols } = size();
      let rows = 0;
      erase();
      while (at < lines.length && rows < n) {
        ctx.out(lines[at] + '\n');
        bytes += byteLength(lines[at]) + 1;
        rows += Math.max(1, Math.ceil(lines[at].length / cols));
        at++;
      }
    };
    let first = n0(f, files, ctx);
    show(perScreen - first);
    first = 0;
    let count = '';
    // more_error left its message where the prompt was: the next screenful comes without a prompt
    let reported = false;
    const seek = (line: number) => {
      at = line;
      bytes = 0;
      for (let i = 0; i < at; i++) bytes += byteLength(lines[i]) + 1;
    };
    while (at < lines.length) {
      if (!reported) prompt(file.name === null ? '--More--' : `--More--(${Math.floor((bytes * 100) / total)}%)`);
      reported = false;
      for (;;) {
        const k = yield* key();
        if (/^[0-9]$/.test(k)) {
          count += k;
          continue;
        }
        const n = count === '' ? 0 : Number(count);
        count = '';
        if (k === 'q' || k === 'Q' || k === '\x03') {
          erase();
          return 0;
        }
        if (k === ' ') {
          show(n || perScreen);
          break;
        }
        if (k === '\n' || k === '\r') {
          if (n) perScreen = n;
          show(n || 1);
          break;
        }
        if (k === 'd' || k === '\x04') {
          if (n) half = n;
          show(half);
          break;
        }
        if (k === '=') {
          erase();
          ctx.out(String(at));
          promptLen = String(at).length;
        }
        if (k === 'b' || k === '\x02') {
          // standard input is a pipe: no way back, a bell
          if (file.name === null) {
            ctx.err('\x07');
            continue;
          }
          const pages = n || 1;
          erase();
          ctx.out(`...back ${pages} page${pages === 1 ? '' : 's'}\n`);
          seek(Math.max(0, at - perScreen * (pages + 1) - 1));
          show(perScreen);
          break;
        }
        if (k === '/' || k === 'n') {
          let re: Rx | null = previousSearch;
          if (k === 'n' && !re) {
            erase();
            ctx.out('No previous regular expression');
            promptLen = 'No previous regular expression'.length;
            continue;
          }
          erase();
          ctx.out('/');
          promptLen = 1;
          if (k === '/') {
            // ttyin: the pattern is echoed as it is typed, erase takes a character back
            let typed = '';
            for (;;) {
              const c = yield* key();
              if (c === '\n' || c === '\r') break;
              if (c === '\x7f' || c === '\b') {
                if (!typed) break;
                typed = typed.slice(0, -1);
                ctx.out('\b \b');
                promptLen--;
                continue;
              }
              if (c === '\x03') {
                erase();
                return 0;
              }
              if (c >= ' ') {
                typed += c;
                ctx.out(c);
                promptLen++;
              }
            }
            const got = regcomp(typed);
            re = typeof got === 'string' ? null : got;
            if (typeof got === 'string') {
              // regerror's words (glibc) where the prompt was
              const msg = got;
              erase();
              ctx.out(msg + '\r');
              promptLen = msg.length;
              reported = true;
              show(perScreen - 1);
              break;
            }
            previousSearch = re;
          }
          ctx.out('\r');
          let want = n || 1;
          let found = -1;
          for (let i = at; i < lines.length; i++) if (re!.test(lines[i]) && --want === 0) {
            found = i;
            break;
          }
          if (found < 0) {
            erase();
            ctx.out('Pattern not found\r');
            promptLen = 'Pattern not found'.length;
            reported = true;
          } else {
            const count = found - at + 1;
            if (count > 3) {
              ctx.out('\n...skipping\n');
              promptLen = 0;
            }
            seek(found - Math.min(count - 1, 2));
          }
          show(perScreen - 1);
          break;
        }
      }
    }
    if (f + 1 < files.length) {
      prompt(`--More--(Next file: ${files[f + 1].name})`);
      for (;;) {
        const k = yield* key();
        if (k === 'q' || k === 'Q' || k === '\x03') {
          erase();
          return 0;
        }
        if (k === ' ' || k === '\n' || k === '\r') break;
      }
      erase();
    }
  }
  return 0;
}

/** The banner more prints before each of several files (display_file: a line of colons, the name, colons). */
function n0(f: number, files: MoreFile[], ctx: CommandContext): number {
  if (files.length < 2) return 0;
  ctx.out(`::::::::::::::\n${files[f].name}\n::::::::::::::\n`);
  return 3;
}
