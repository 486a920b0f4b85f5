// more of util-linux 2.37.4 on a terminal (text-utils/more.c): a screenful (the terminal's height less one line),
// then the prompt "--More--(N%)" (N: how far into the file, in bytes; "--More--" alone for input from a pipe,
// "--More--(Next file: NAME)" at the end of a file that has another after it). Keys of more_key_command: Space a
// screenful (or N lines), Enter a line (N sets the screenful), d or ^D half a screen (N sets it), = the line number,
// q, Q or ^C quit. At the end of the last file more ends. The prompt is erased from column 0 before the text goes on
// (erase_to_col; the lines stay on the terminal, more does not take the screen).
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { Interrupt } from '../../../types';
import { byteLength } from '../../../fs';

export interface MoreFile {
  name: string | null;
  text: string;
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
    while (at < lines.length) {
      prompt(file.name === null ? '--More--' : `--More--(${Math.floor((bytes * 100) / total)}%)`);
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
