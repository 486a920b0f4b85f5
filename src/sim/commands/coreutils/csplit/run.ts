// csplit of GNU coreutils 8.32 (src/csplit.c; options and help in spec.ts): FILE cut into xx00, xx01... at line
// numbers and at lines matching /REGEXP/[OFFSET] (%REGEXP% skips the piece), patterns repeated with {N} or {*};
// each piece's size printed unless -s; on an error the pieces made so far are removed unless -k.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { byteLength } from '../../../fs';
import { canWrite } from '../../../util';
import { compile, RegexError, type Rx } from '../../lib/posix-regex';
import { quote, quotef, quoteAlways } from '../lib/quote';
import { usageError } from '../lib/input';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';

interface Control {
  argnum: number;
  regexp?: Rx;
  ignore: boolean;
  offset: number;
  repeat: number;
  forever: boolean;
  lines: number;
}

class Fatal {
  constructor(readonly status = 1) {}
}

/** sprintf of -b's format: one %d, %i, %u, %o, %x or %X conversion with flags, width and precision. */
function formatSuffix(fmt: string, n: number): string {
  return fmt.replace(/%%|%([-+ #0']*)(\d*)(?:\.(\d+))?([diuoxX])/g, (m, flags: string, width: string, prec: string, conv: string) => {
    if (m === '%%') return '%';
    let s = conv === 'o' ? n.toString(8) : conv === 'x' ? n.toString(16) : conv === 'X' ? n.toString(16).toUpperCase() : String(n);
    if (prec) s = s.padStart(Number(prec), '0');
    if (flags.includes('#') && n && (conv === 'x' || conv === 'X')) s = (conv === 'x' ? '0x' : '0X') + s;
    if (flags.includes('#') && conv === 'o' && !s.startsWith('0')) s = '0' + s;
    if ((flags.includes('+') || flags.includes(' ')) && /[di]/.test(conv)) s = (flags.includes('+') ? '+' : ' ') + s;
    const w = Number(width || 0);
    if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : flags.includes('0') && !prec ? s.padStart(w, '0') : s.padStart(w);
    return s;
  });
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let prefix = 'xx';
  let suffix: string | undefined;
  let keep = false;
  let digits = 2;
  let quiet = false;
  let elide = false;
  let suppressMatched = false;
  for (const x of o.list) {
    const v = String(x.value);
    if (x.key === 'prefix') prefix = v;
    else if (x.key === 'suffix-format') suffix = v;
    else if (x.key === 'keep-files') keep = true;
    else if (x.key === 'digits') {
      if (!/^\s*[-+]?\d+$/.test(v) || Number(v) < 0) {
        ctx.err(`csplit: invalid number: ${quote(v)}\n`);
        return 1;
      }
      digits = Number(v);
    } else if (x.key === 'quiet' || x.key === 'silent') quiet = true;
    else if (x.key === 'elide-empty-files') elide = true;
    else if (x.key === 'suppress-matched') suppressMatched = true;
  }
  const args = ctx.operands ?? [];
  if (args.length < 2) return usageError(ctx, 'csplit', args.length ? `missing operand after ${quote(args[args.length - 1])}` : 'missing operand');
  const die = (msg: string) => {
    ctx.err(`csplit: ${msg}\n`);
    return 1;
  };
  // set_input_file: opened before the patterns are read; a directory opens, and reading it fails later
  let text: string;
  if (args[0] === '-') text = ctx.stdin ?? '';
  else {
    const r = readFile(ctx, ctx.resolve(args[0]));
    if (!r.ok && r.errno !== 'EISDIR') return die(`cannot open ${quoteAlways(args[0])} for reading: ${strerror(r.errno)}`);
    text = r.ok ? r.text : '\0';
  }
  const unreadable = args[0] !== '-' && !readFile(ctx, ctx.resolve(args[0])).ok;
  // parse_patterns
  const controls: Control[] = [];
  let lastVal = 0;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const c: Control = { argnum: i, ignore: false, offset: 0, repeat: 0, forever: false, lines: 0 };
    if (a[0] === '/' || a[0] === '%') {
      const close = a.lastIndexOf(a[0]);
      if (close <= 0) return die(`${a}: closing delimiter '${a[0]}' missing`);
      c.ignore = a[0] === '%';
      try {
        c.regexp = compile(a.slice(1, close), { kind: 'bre' });
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        return die(`${quote(a)}: invalid regular expression: ${e.message}`);
      }
      const rest = a.slice(close + 1);
      if (rest) {
        if (!/^\s*[-+]?\d+$/.test(rest)) return die(`${quote(a)}: integer expected after delimiter`);
        c.offset = Number(rest);
      }
    } else {
      if (!/^\s*\+?\d+$/.test(a)) return die(`${quote(a)}: invalid pattern`);
      const val = Number(a);
      if (val === 0) return die(`${a}: line number must be greater than zero`);
      if (val < lastVal) return die(`line number ${quote(a)} is smaller than preceding line number, ${lastVal}`);
      if (val === lastVal) ctx.err(`csplit: warning: line number ${quote(a)} is the same as preceding line number\n`);
      lastVal = val;
      c.lines = val;
    }
    if (i + 1 < args.length && args[i + 1][0] === '{') {
      const r = args[++i];
      if (!r.endsWith('}')) return die(`${quote(r)}: '}' is required in repeat count`);
      const inner = r.slice(1, -1);
      if (inner === '*') c.forever = true;
      else if (/^\s*\+?\d+$/.test(inner)) c.repeat = Number(inner);
      else return die(`${quote(r.slice(0, -1))}}: integer required between '{' and '}'`);
    }
    controls.push(c);
  }

  if (unreadable) {
    // the first piece is opened, then reading fails: cleanup_fatal closes it (its size, 0) and removes it
    if ((!controls[0].regexp || !controls[0].ignore) && !quiet && !elide) ctx.out('0\n');
    return die('read error: Is a directory');
  }
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let removed = 0;
  let current = 0;
  let filesCreated = 0;
  let out: string | null = null;
  let name = '';
  const made: string[] = [];
  let counts = '';
  const fs = ctx.host.fs;
  const filename = (n: number) => prefix + (suffix !== undefined ? formatSuffix(suffix, n) : String(n).padStart(digits, '0'));
  const removeLine = (): string | null => {
    if (removed >= lines.length) return null;
    if (current < removed + 1) current = removed + 1;
    return lines[removed++];
  };
  const findLine = (n: number): string | null => (n >= 1 && n <= lines.length ? lines[n - 1] : null);
  const noMoreLines = () => findLine(current + 1) === null;
  const firstLine = () => {
    if (removed >= lines.length) {
      ctx.err('csplit: input disappeared\n');
      throw new Fatal(1);
    }
    return removed + 1;
  };
  const create = () => {
    name = filename(filesCreated);
    const abs = ctx.resolve(name);
    const e = fs.get(abs)?.type === 'dir' ? 'Is a directory' : !canWrite(ctx.frame.user, abs) ? 'Permission denied' : fs.write(abs, '') ? 'No such file or directory' : null;
    if (e) {
      ctx.err(`csplit: ${quotef(name)}: ${e}\n`);
      fatal();
    }
    made[filesCreated++] = name;
    out = '';
  };
  const closeOut = () => {
    if (out === null) return;
    fs.write(ctx.resolve(name), out);
    const bytes = byteLength(out);
    if (bytes === 0 && elide) {
      fs.remove(ctx.resolve(name));
      filesCreated--;
    } else if (!quiet) counts += `${bytes}\n`;
    out = null;
  };
  const save = (l: string) => {
    out += l;
  };
  const fatal = (): never => {
    closeOut();
    if (!keep) for (let i = 0; i < filesCreated; i++) fs.remove(ctx.resolve(made[i]));
    throw new Fatal(1);
  };
  const lineError = (c: Control, rep: number) => {
    ctx.out(counts);
    counts = '';
    ctx.err(`csplit: ${quote(String(c.lines))}: line number out of range${rep ? ` on repetition ${rep}` : ''}\n`);
    return fatal();
  };
  const processLineCount = (c: Control, rep: number) => {
    const last = c.lines * (rep + 1);
    create();
    if (noMoreLines() && suppressMatched) lineError(c, rep);
    let n = firstLine();
    while (n++ < last) {
      const l = removeLine();
      if (l === null) lineError(c, rep);
      save(l!);
    }
    closeOut();
    if (suppressMatched) removeLine();
    if (noMoreLines() && !suppressMatched) lineError(c, rep);
  };
  const regexpError = (c: Control, rep: number, ignore: boolean) => {
    ctx.err(`csplit: ${quote(args[c.argnum])}: match not found${rep ? ` on repetition ${rep}` : ''}\n`);
    if (!ignore) {
      for (let l = removeLine(); l !== null; l = removeLine()) save(l);
      closeOut();
    }
    ctx.out(counts);
    counts = '';
    return fatal();
  };
  const matches = (c: Control, l: string) => {
    c.regexp!.lastIndex = 0;
    return c.regexp!.test(l.endsWith('\n') ? l.slice(0, -1) : l);
  };
  /** process_regexp; 'done' when {*} ran out of lines (exit 0). */
  const processRegexp = (c: Control, rep: number): 'done' | void => {
    const ignore = c.ignore;
    if (!ignore) create();
    if (suppressMatched && current > 0) removeLine();
    for (;;) {
      const l = findLine(++current);
      if (l === null) {
        if (c.forever) {
          if (!ignore) {
            for (let r = removeLine(); r !== null; r = removeLine()) save(r);
            closeOut();
          }
          return 'done';
        }
        return regexpError(c, rep, ignore);
      }
      if (matches(c, l)) break;
      if (c.offset >= 0) {
        const r = removeLine()!;
        if (!ignore) save(r);
      }
    }
    const breakLine = current + c.offset;
    // write_to_file
    const first = firstLine();
    if (first > breakLine) {
      ctx.err(`csplit: ${quote(args[c.argnum])}: line number out of range\n`);
      return fatal();
    }
    for (let i = 0; i < breakLine - first; i++) {
      const r = removeLine();
      if (r === null) {
        ctx.err(`csplit: ${quote(args[c.argnum])}: line number out of range\n`);
        return fatal();
      }
      if (!ignore) save(r);
    }
    if (!ignore) closeOut();
    if (c.offset > 0) current = breakLine;
  };
  try {
    let finished = false;
    for (const c of controls) {
      for (let j = 0; c.forever || j <= c.repeat; j++) {
        if (c.regexp) {
          if (processRegexp(c, j) === 'done') {
            finished = true;
            break;
          }
        } else processLineCount(c, j);
      }
      if (finished) break;
    }
    if (!finished) {
      create();
      for (let l = removeLine(); l !== null; l = removeLine()) save(l);
      closeOut();
    }
  } catch (e) {
    if (!(e instanceof Fatal)) throw e;
    ctx.out(counts);
    return e.status;
  }
  ctx.out(counts);
  return 0;
}
