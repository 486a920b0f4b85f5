// ul of util-linux 2.37.4, ported from text-utils/ul.c: overstruck text (`_` BS c, c BS c) becomes the terminal's
// underline and bold (terminfo smul/rmul, bold, sgr0), ESC 7/8/9 reverse and half line feeds, SO/SI the alternate
// set (shown reversed); -i puts the attributes on a line of their own. The terminal is $TERM or -t's: xterm's
// capabilities (also given to screen and tmux, whose own differ a little), or dumb's (none: plain text) otherwise.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { wcwidth } from '../lib/text';
import { spec } from './spec';

const NORMAL = 0, ALT = 1, SUPER = 2, SUB = 4, UNDER = 8, BOLD = 16;

interface Caps {
  cuu1: string; cuf1: string; cub1: string; smso: string; rmso: string; smul: string; rmul: string; dim: string; bold: string; rev: string; sgr0: string;
}
const XTERM: Caps = { cuu1: '\x1b[A', cuf1: '\x1b[C', cub1: '\b', smso: '\x1b[7m', rmso: '\x1b[27m', smul: '\x1b[4m', rmul: '\x1b[24m', dim: '\x1b[2m', bold: '\x1b[1m', rev: '\x1b[7m', sgr0: '\x1b(B\x1b[m' };
const DUMB: Caps = { cuu1: '', cuf1: '', cub1: '\b', smso: '', rmso: '', smul: '', rmul: '', dim: '', bold: '', rev: '', sgr0: '' };
const known = (t: string) => /^(xterm|xterm-256color|xterm-color|screen|screen-256color|tmux|tmux-256color|dumb|vt100|linux)$/.test(t);
const capsOf = (t: string) => (/^(xterm|screen|tmux)/.test(t) ? XTERM : DUMB);

interface Cell {
  c: string;
  w: number;
  mode: number;
}

function ul(text: string, tc: Caps, indicated: boolean): string {
  let out = '';
  let buf: Cell[] = [];
  let column = 0;
  let maxColumn = 0;
  let mode = NORMAL;
  let current = NORMAL;
  let half = 0;
  let upLine = 0;
  const cell = (i: number) => (buf[i] ??= { c: '', w: 0, mode: NORMAL });
  const setColumn = (c: number) => {
    column = c;
    if (maxColumn < column) maxColumn = column;
  };
  const setmode = (m: number) => {
    if (!indicated) {
      if (current !== NORMAL && m !== NORMAL) setmode(NORMAL);
      if (m === NORMAL) out += current === NORMAL ? '' : current === UNDER ? tc.rmul : tc.sgr0;
      else if (m === ALT) out += tc.rev;
      else if (m === SUPER) out += tc.smul + tc.dim;
      else if (m === SUB) out += tc.dim;
      else if (m === UNDER) out += tc.smul;
      else if (m === BOLD) out += tc.bold;
      else out += tc.smso;
    }
    current = m;
  };
  const initBuffer = () => {
    buf = [];
    setColumn(0);
    maxColumn = 0;
    mode &= ALT;
  };
  const flush = () => {
    let last = NORMAL;
    let hadMode = false;
    for (let i = 0; i < maxColumn; i++) {
      const b = cell(i);
      if (b.mode !== last) {
        hadMode = true;
        setmode(b.mode);
        last = b.mode;
      }
      if (!b.c) out += upLine ? tc.cuf1 : ' ';
      else out += b.c;
      if (b.w > 1) i += b.w - 1;
    }
    if (last !== NORMAL) setmode(NORMAL);
    out += '\n';
    if (indicated && hadMode) {
      let line = '';
      for (let i = 0; i < maxColumn; i++) {
        const m = cell(i).mode;
        line += m === NORMAL ? ' ' : m === ALT ? 'g' : m === SUPER ? '^' : m === SUB ? 'v' : m === UNDER ? '_' : m === BOLD ? '!' : 'X';
      }
      out += line.replace(/ +$/, '') + '\n';
    }
    if (upLine) upLine--;
    initBuffer();
  };
  const forward = () => {
    const oc = column;
    const om = maxColumn;
    flush();
    setColumn(oc);
    maxColumn = om;
  };
  const reverse = () => {
    upLine++;
    forward();
    out += tc.cuu1 + tc.cuu1;
    upLine++;
  };
  const chars = [...text];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    if (c === '\b') setColumn(column > 0 ? column - 1 : 0);
    else if (c === '\t') setColumn((column + 8) & ~7);
    else if (c === '\r') setColumn(0);
    else if (c === '\x0e') mode |= ALT;
    else if (c === '\x0f') mode &= ~ALT;
    else if (c === '\x1b') {
      const n = chars[++k];
      if (n === '8') {
        if (half > 0) (mode &= ~SUB), half--;
        else if (half === 0) (mode |= SUPER), half--;
        else (half = 0), reverse();
      } else if (n === '9') {
        if (half < 0) (mode &= ~SUPER), half++;
        else if (half === 0) (mode |= SUB), half++;
        else (half = 0), forward();
      } else if (n === '7') reverse();
      else throw new Error(`unknown escape sequence in input: 33, ${(n ?? '').charCodeAt(0).toString(8)}`);
    } else if (c === '_') {
      if (cell(column).c || cell(column).w < 0) {
        while (cell(column).w < 0 && column > 0) column--;
        const w = cell(column).w;
        for (let i = 0; i < w; i++) cell(column++).mode |= UNDER | mode;
        setColumn(column > 0 ? column : 0);
        continue;
      }
      cell(column).c = '_';
      cell(column).w = 1;
      setColumn(column + 1);
    } else if (c === ' ') setColumn(column + 1);
    else if (c === '\n') flush();
    else if (c === '\f') {
      flush();
      out += '\f';
    } else {
      const code = c.codePointAt(0)!;
      const w = wcwidth(code);
      if (w < 0 || (code >= 0xdc80 && code <= 0xdcff)) continue;
      if (maxColumn < column + w) maxColumn = column + w;
      const b = cell(column);
      if (b.c === '') {
        b.c = c;
        for (let i = 0; i < w; i++) cell(column + i).mode = mode;
        b.w = w;
        for (let i = 1; i < w; i++) cell(column + i).w = -1;
      } else if (b.c === '_') {
        b.c = c;
        for (let i = 0; i < w; i++) cell(column + i).mode |= UNDER | mode;
        b.w = w;
        for (let i = 1; i < w; i++) cell(column + i).w = -1;
      } else if (b.c === c) {
        for (let i = 0; i < w; i++) cell(column + i).mode |= BOLD | mode;
      } else {
        const bw = b.w;
        for (let i = 0; i < bw; i++) cell(column + i).mode = mode;
        setColumn(column + bw);
        continue;
      }
      setColumn(column + w);
    }
  }
  if (maxColumn) flush();
  return out;
}

function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let term = ctx.frame.env.TERM ?? '';
  let opt = false;
  for (const { key, value } of o.list) {
    if (key === 'terminal' || key === 'T') {
      term = String(value);
      opt = true;
    }
  }
  if (!known(term)) {
    if (opt) ctx.err(`ul: terminal \`${term}' is not known, defaulting to \`dumb'\n`);
    term = 'dumb';
  }
  const tc = capsOf(term);
  const files = ctx.operands ?? [];
  const texts: string[] = [];
  if (!files.length) texts.push(ctx.stdin ?? '');
  for (const f of files) {
    const r = readFile(ctx, ctx.resolve(f));
    if (!r.ok) {
      ctx.err(`ul: cannot open ${f}: ${strerror(r.errno as FsError)}\n`);
      return 1;
    }
    texts.push(r.text);
  }
  try {
    ctx.out(texts.map((t) => ul(t, tc, o.has('indicated'))).join(''));
  } catch (e) {
    ctx.err(`ul: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

def({ name: 'ul', summary: 'do underlining', spec, run });
