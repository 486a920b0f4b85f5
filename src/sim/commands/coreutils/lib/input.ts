// What the text filters of this folder share: reading a named file or `-` (standard input, once) with coreutils'
// `cmd: FILE: error` message, and usage errors with the `Try` line.
import type { CommandContext } from '../../../context';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { quotef } from './quote';

/**
 * Reads FILE (`-` is standard input, empty after its first reader); null after printing `cmd: FILE: error`.
 * `want`: how many bytes the reader takes at most (od -j and -N), what an endless device gives it.
 */
export function reader(ctx: CommandContext, cmd: string, want?: number): (file: string) => string | null {
  let stdinRead = false;
  return (file) => {
    if (file === '-') {
      const t = stdinRead ? '' : (ctx.stdin ?? '');
      stdinRead = true;
      return t;
    }
    const r = readFile(ctx, ctx.resolve(file), want);
    if (!r.ok) {
      ctx.err(`${cmd}: ${quotef(file)}: ${strerror(r.errno)}\n`);
      return null;
    }
    return r.text;
  };
}

/** `cmd: message` and the Try line; returns the status to exit with. */
export function usageError(ctx: CommandContext, cmd: string, message: string, status = 1): number {
  ctx.err(`${cmd}: ${message}\nTry '${cmd} --help' for more information.\n`);
  return status;
}

/** Records of a text split by the delimiter (newline, or NUL with -z); a last one without it counts. */
export function records(text: string, delim: string): string[] {
  if (text === '') return [];
  const r = text.split(delim);
  if (r[r.length - 1] === '') r.pop();
  return r;
}

/** How the guest's en_US.UTF-8 collation orders two lines (as sort does here). */
export const collate = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b) || (a < b ? -1 : 1));
