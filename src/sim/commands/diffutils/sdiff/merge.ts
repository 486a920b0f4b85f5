// sdiff -o OUTPUT of GNU diffutils 3.7 (src/sdiff.c main()'s else branch, interact(), edit()): the two files and
// OUTPUT are opened first (ck_fopen: "sdiff: NAME: <error>"), then `diff [OPTIONS] --sdiff-merge-assist -- FILE1
// FILE2` runs and its output is read a line at a time: "iN,M" shows N/M common lines (unless `s` was given) and
// copies the left ones to OUTPUT; "cN,M" shows the change and asks at the `%` prompt what goes to OUTPUT. The
// commands are read with getchar() from standard input (a pipe, or the terminal a line at a time); end of input is
// `q`. `q` leaves with status 2 (exiterr), else the status is diff's.
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun, type Yield } from '../../../types';
import { runArgv } from '../../../shell/bash';
import { canWrite } from '../../../util';
import { strerror, type FsError } from '../../../fs';
import { fnv32a } from '../../../hash';
import { readFile } from '../../lib/files';
import { editFile } from '../../editor';

/** give_help() */
export const HELP =
  'ed:\tEdit then use both versions, each decorated with a header.\n' +
  'eb:\tEdit then use both versions.\n' +
  'el or e1:\tEdit then use the left version.\n' +
  'er or e2:\tEdit then use the right version.\n' +
  'e:\tDiscard both versions then edit a new one.\n' +
  'l or 1:\tUse the left version.\n' +
  'r or 2:\tUse the right version.\n' +
  's:\tSilently include common lines.\n' +
  'v:\tVerbosely include common lines.\n' +
  'q:\tQuit.\n';

/** A file's lines as fread gives them: each with its newline, a last one without if the file has none. */
function rawLines(text: string): string[] {
  const out = text.split(/(?<=\n)/);
  return out.length === 1 && out[0] === '' ? [] : out;
}

/** line_filter over a text: lf_copy / lf_skip take whole lines. */
class Filter {
  private at = 0;
  constructor(private readonly lines: string[]) {}
  take(n: number): string {
    const s = this.lines.slice(this.at, this.at + n).join('');
    this.at += n;
    return s;
  }
  /** lf_snarf(): the next line without its newline, or null at the end. */
  next(): string | null {
    if (this.at >= this.lines.length) return null;
    return this.lines[this.at++].replace(/\n$/, '');
  }
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

export function* merge(ctx: CommandContext, diffArgv: string[], names: [string, string], output: string): CommandRun {
  const fs = ctx.host.fs;
  const fatal = (msg: string) => {
    ctx.err(`sdiff: ${msg}\n`);
    return 2;
  };
  const abs = names.map((n) => ctx.resolve(n));
  const dirs = abs.map((p) => fs.isDir(p));
  if (dirs[0] && dirs[1]) return fatal('both files to be compared are directories');
  // expand_name(): a directory stands for DIR/BASE of the other name; "-" cannot be merged
  const base = (n: string) => n.replace(/\/+$/, '').split('/').pop() || n;
  const lname = names[0] === '-' ? null : dirs[0] ? `${names[0]}/${base(names[1])}` : names[0];
  if (lname === null) return fatal('cannot interactively merge standard input');
  const left = readFile(ctx, ctx.resolve(lname));
  if (!left.ok) return fatal(`${lname}: ${strerror(left.errno as FsError)}`);
  const rname = names[1] === '-' ? null : dirs[1] ? `${names[1]}/${base(names[0])}` : names[1];
  if (rname === null) return fatal('cannot interactively merge standard input');
  const right = readFile(ctx, ctx.resolve(rname));
  if (!right.ok) return fatal(`${rname}: ${strerror(right.errno as FsError)}`);
  const outAbs = ctx.resolve(output);
  if (fs.isDir(outAbs)) return fatal(`${output}: ${strerror('EISDIR')}`);
  if (!canWrite(ctx.frame.user, outAbs)) return fatal(`${output}: ${strerror('EACCES')}`);
  const e0 = fs.write(outAbs, '');
  if (e0) return fatal(`${output}: ${strerror(e0)}`);
  let out = '';

  // the diff child, its standard output a pipe to sdiff, its standard error sdiff's
  let diffOut = '';
  const rt = { world: ctx.world, hooks: ctx.session };
  const status = yield* runArgv(rt, ctx.frame, [...diffArgv, '--sdiff-merge-assist', '--', names[0], names[1]], { out: (t) => (diffOut += t), err: ctx.err, tty: false, pipe: true, child: true }, '');
  const diff = new Filter(rawLines(diffOut));
  const lf = new Filter(rawLines(left.text));
  const rf = new Filter(rawLines(right.text));

  // getchar() on standard input: a pipe is read as it is; the terminal gives a line when Enter is pressed
  let buf = '';
  let eof = false;
  let piped = ctx.stdin;
  function* getchar(): Generator<Yield, string | null, unknown> {
    if (!buf.length) {
      if (eof) return null;
      if (piped !== null) {
        buf = piped;
        piped = '';
        if (!buf.length) {
          eof = true;
          return null;
        }
      } else {
        const line = (yield { ask: '' }) as string | null | undefined;
        if (line === null || line === undefined) {
          eof = true;
          return null;
        }
        buf = line + '\n';
      }
    }
    const c = buf[0];
    buf = buf.slice(1);
    return c;
  }
  function* skipWhite(): Generator<Yield, string | null, unknown> {
    for (;;) {
      const c = yield* getchar();
      if (c === null || !isSpace(c) || c === '\n') return c;
    }
  }
  function* flushLine(): Generator<Yield, void, unknown> {
    for (;;) {
      const c = yield* getchar();
      if (c === null || c === '\n') return;
    }
  }
  const help = () => ctx.err(HELP);

  let suppress = false;
  const editor = ctx.frame.env.EDITOR || 'ed';
  /** edit(): true to go on, false on q; a number when the editor fails (the status to leave with). */
  function* edit(lline: number, llen: number, rline: number, rlen: number): Generator<Yield, boolean | number, unknown> {
    for (;;) {
      let cmd0: string | null = null;
      let cmd1: string | null = null;
      for (;;) {
        ctx.out('%');
        cmd0 = yield* skipWhite();
        if (cmd0 !== null && '12lrsvq'.includes(cmd0)) {
          if ((yield* skipWhite()) !== '\n') {
            help();
            yield* flushLine();
            continue;
          }
          break;
        }
        if (cmd0 === 'e') {
          cmd1 = yield* skipWhite();
          if (cmd1 !== null && '12bdlr'.includes(cmd1)) {
            if ((yield* skipWhite()) !== '\n') {
              help();
              yield* flushLine();
              continue;
            }
            break;
          }
          if (cmd1 === '\n') break;
          help();
          yield* flushLine();
          continue;
        }
        if (cmd0 === null) {
          cmd0 = 'q';
          break;
        }
        if (cmd0 !== '\n') yield* flushLine();
        help();
      }
      switch (cmd0) {
        case '1':
        case 'l':
          out += lf.take(llen);
          rf.take(rlen);
          return true;
        case '2':
        case 'r':
          out += rf.take(rlen);
          lf.take(llen);
          return true;
        case 's':
          suppress = true;
          break;
        case 'v':
          suppress = false;
          break;
        case 'q':
          return false;
        case 'e': {
          let tmp = '';
          if (cmd1 === 'd' && llen) tmp += llen === 1 ? `--- ${lname} ${lline}\n` : `--- ${lname} ${lline},${lline + llen - 1}\n`;
          if (cmd1 === 'd' || cmd1 === '1' || cmd1 === 'b' || cmd1 === 'l') tmp += lf.take(llen);
          else lf.take(llen);
          if (cmd1 === 'd' && rlen) tmp += rlen === 1 ? `+++ ${rname} ${rline}\n` : `+++ ${rname} ${rline},${rline + rlen - 1}\n`;
          if (cmd1 === 'd' || cmd1 === '2' || cmd1 === 'b' || cmd1 === 'r') tmp += rf.take(rlen);
          else rf.take(rlen);
          const r = yield* runEditor(tmp);
          if (typeof r === 'number') return r;
          out += r;
          return true;
        }
      }
    }
  }
  /** temporary_file() ($TMPDIR or /tmp, sdiffXXXXXX) handed to $EDITOR (default ed), then copied to OUTPUT. */
  function* runEditor(text: string): Generator<Yield, string | number, unknown> {
    const dir = ctx.frame.env.TMPDIR || '/tmp';
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let h = fnv32a(`sdiff|${dir}|${ctx.world.now}`);
    let suffix = '';
    for (let i = 0; i < 6; i++, h = Math.floor(h / 62) + fnv32a(suffix)) suffix += letters[h % 62];
    const tmpname = `${dir}/sdiff${suffix}`;
    const e = fs.write(tmpname, text, false, 0o600);
    if (e) {
      ctx.err(`sdiff: mkstemp: ${strerror(e)}\n`);
      return 2;
    }
    const prog = editor.split('/').pop()!;
    if (prog !== 'vi' && prog !== 'vim' && prog !== 'nano') {
      // execvp() fails in the child, which leaves with 127: check_child_status()
      fs.remove(tmpname);
      ctx.err(`sdiff: subsidiary program '${editor}' not found\n`);
      return 2;
    }
    const shown = text;
    yield* editFile(ctx, tmpname, prog);
    if (ctx.session.interactiveEditor) {
      try {
        while (String(fs.read(tmpname)) === shown && !ctx.session.editorClosed?.(ctx.host.id, tmpname)) yield { wait: 500 };
      } catch (err) {
        if (!(err instanceof Interrupt)) throw err;
        fs.remove(tmpname);
        throw err;
      }
    }
    const r = fs.readFile(tmpname);
    fs.remove(tmpname);
    return r.ok ? r.text : '';
  }

  // interact()
  let lline = 1;
  let rline = 1;
  let ok: boolean | number = true;
  for (;;) {
    const help = diff.next();
    if (help === null) break;
    if (help[0] === ' ') {
      ctx.out(help.slice(1) + '\n');
      continue;
    }
    const m = /^([ic])(\d+),(\d+)$/.exec(help);
    if (!m) {
      ok = 2;
      ctx.err(`sdiff: ${help}\n`);
      break;
    }
    const llen = Number(m[2]);
    const rlen = Number(m[3]);
    const shown = diff.take(Math.max(llen, rlen));
    if (m[1] === 'i') {
      if (!suppress) ctx.out(shown);
      out += lf.take(llen);
      rf.take(rlen);
    } else {
      ctx.out(shown);
      ok = yield* edit(lline, llen, rline, rlen);
      if (ok !== true) break;
    }
    lline += llen;
    rline += rlen;
  }
  fs.write(outAbs, out);
  if (ok === false) return 2;
  if (typeof ok === 'number') return ok;
  // check_child_status(): diff's trouble (2) is more than EXIT_FAILURE
  if (status > 1) return fatal(status === 127 ? `subsidiary program '${diffArgv[0]}' not found` : `subsidiary program '${diffArgv[0]}' failed (exit status ${status})`);
  return status;
}
