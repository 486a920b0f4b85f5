// pr of GNU coreutils 8.32 (src/pr.c; options and help in spec.ts; the pages in engine.ts): options read in order
// as pr.c's main() does (-COLUMN digits, +FIRST_PAGE[:LAST_PAGE] operands, the old -s and -w meanings), each FILE
// paginated in turn or, with -m, side by side; the header's date is the file's modification time (now for
// standard input), as %Y-%m-%d %H:%M or -D's format.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { fromBytes, toBytes } from '../../lib/bytes';
import { localTm } from '../../lib/clock';
import { strftime } from '../date/format';
import { quote, quotef } from '../lib/quote';
import { Pr, PrError, type Input } from './engine';

class Die extends Error {}

export function* run(ctx: CommandContext): CommandRun {
  const pr = new Pr();
  let ignoreFailed = false;
  const die = (msg: string): never => {
    ctx.err(`pr: ${msg}\n`);
    throw new Die();
  };
  const num = (s: string, min: number, err: string) => {
    if (!/^\s*[-+]?\d+$/.test(s)) die(`${err}: ${quote(s)}`);
    const n = Number(s);
    if (n < min || n > 2147483647) die(`${err}: ${quote(s)}: Numerical result out of range`);
    return n;
  };
  /** getoptarg: -nck, -e[c][k], -i[c][k]: an optional character, then an optional width. */
  const optArg = (arg: string, sw: string): { ch?: number; n?: number } => {
    const r: { ch?: number; n?: number } = {};
    if (arg && !/^\d/.test(arg)) {
      r.ch = arg.charCodeAt(0);
      arg = arg.slice(1);
    }
    if (arg) {
      if (!/^\d+$/.test(arg) || Number(arg) <= 0 || Number(arg) > 2147483647) {
        ctx.err(`pr: '-${sw}' extra characters or invalid number in the argument: ${quote(arg)}\nTry 'pr --help' for more information.\n`);
        throw new Die();
      }
      r.n = Number(arg);
    }
    return r;
  };
  const pages = (s: string): boolean => {
    const m = /^(\d+)(?::(\d+))?$/.exec(s);
    if (!m || !Number(m[1]) || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) return false;
    pr.firstPageNumber = Number(m[1]);
    pr.lastPageNumber = m[2] !== undefined ? Number(m[2]) : Number.MAX_SAFE_INTEGER;
    return true;
  };
  let oldOptions = false;
  let oldW = false;
  let oldS = false;
  let digits = '';
  let columnString: string | null = null;
  let dateFormat: string | null = null;
  const files: string[] = [];
  try {
    for (const o of ctx.opts!.list) {
      const v = typeof o.value === 'string' ? o.value : null;
      if (/^\d$/.test(o.key)) {
        digits += o.key;
        columnString = digits;
        continue;
      }
      digits = '';
      switch (o.key) {
        case 'pages':
          if (!pages(v!)) die(`invalid page range ${quote(v!)}`);
          break;
        case 'columns':
          pr.columns = num(v!, 1, 'invalid number of columns');
          pr.explicitColumns = true;
          columnString = null;
          break;
        case 'across':
          pr.printAcrossFlag = true;
          pr.storingColumns = false;
          break;
        case 'show-control-chars':
          pr.useCntrlPrefix = true;
          break;
        case 'double-space':
          pr.doubleSpace = true;
          break;
        case 'date-format':
          dateFormat = v;
          break;
        case 'expand-tabs': {
          const r = v !== null ? optArg(v, 'e') : {};
          if (r.ch !== undefined) pr.inputTabChar = r.ch;
          if (r.n !== undefined) pr.charsPerInputTab = r.n;
          pr.untabifyInput = true;
          break;
        }
        case 'form-feed':
        case 'F':
          pr.useFormFeed = true;
          break;
        case 'header':
          pr.customHeader = v;
          break;
        case 'output-tabs': {
          const r = v !== null ? optArg(v, 'i') : {};
          if (r.ch !== undefined) pr.outputTabChar = r.ch;
          if (r.n !== undefined) pr.charsPerOutputTab = r.n;
          pr.tabifyOutput = true;
          break;
        }
        case 'join-lines':
          pr.joinLines = true;
          break;
        case 'length':
          pr.linesPerPage = num(v!, 1, "'-l PAGE_LENGTH' invalid number of lines");
          break;
        case 'merge':
          pr.parallelFiles = true;
          pr.storingColumns = false;
          break;
        case 'number-lines': {
          pr.numberedLines = true;
          const r = v !== null ? optArg(v, 'n') : {};
          if (r.ch !== undefined) pr.numberSeparator = r.ch;
          if (r.n !== undefined) pr.charsPerNumber = r.n;
          break;
        }
        case 'first-line-number':
          pr.skipCount = false;
          pr.startLineNum = num(v!, -2147483648, "'-N NUMBER' invalid starting line number");
          break;
        case 'indent':
          pr.charsPerMargin = num(v!, 0, "'-o MARGIN' invalid line offset");
          break;
        case 'no-file-warnings':
          ignoreFailed = true;
          break;
        case 'separator':
          oldOptions = true;
          oldS = true;
          if (!pr.useColSeparator && v !== null) pr.colSepString = [...toBytes(v)];
          break;
        case 'sep-string':
          oldS = false;
          pr.colSepString = v !== null ? [...toBytes(v)] : [];
          pr.useColSeparator = true;
          break;
        case 'omit-header':
          pr.extremities = false;
          pr.keepFF = true;
          break;
        case 'omit-pagination':
          pr.extremities = false;
          pr.keepFF = false;
          break;
        case 'show-nonprinting':
          pr.useEscSequence = true;
          break;
        case 'width': {
          oldOptions = true;
          oldW = true;
          const n = num(v!, 1, "'-w PAGE_WIDTH' invalid number of characters");
          if (!pr.truncateLines) pr.charsPerLine = n;
          break;
        }
        case 'page-width':
          oldW = false;
          pr.truncateLines = true;
          pr.charsPerLine = num(v!, 1, "'-W PAGE_WIDTH' invalid number of characters");
          break;
      }
    }
    // operands: +FIRST_PAGE[:LAST_PAGE] (until a page range is set) or file names
    for (const a of ctx.operands ?? []) if (!(pr.firstPageNumber === 0 && a[0] === '+' && pages(a.slice(1)))) files.push(a);
    if (columnString !== null) {
      pr.columns = num(columnString, 1, 'invalid number of columns');
      pr.explicitColumns = true;
    }
    if (pr.firstPageNumber === 0) pr.firstPageNumber = 1;
    if (pr.parallelFiles && pr.explicitColumns) die('cannot specify number of columns when printing in parallel');
    if (pr.parallelFiles && pr.printAcrossFlag) die('cannot specify both printing across and printing in parallel');
    if (oldOptions) {
      if (oldW) {
        if (pr.parallelFiles || pr.explicitColumns) {
          pr.truncateLines = true;
          if (oldS) pr.useColSeparator = true;
        } else pr.joinLines = true;
      } else if (!pr.useColSeparator && oldS && (pr.parallelFiles || pr.explicitColumns)) {
        if (!pr.truncateLines) {
          pr.joinLines = true;
          if (pr.colSepString.length > 0) pr.useColSeparator = true;
        } else pr.useColSeparator = true;
      }
    }
  } catch (e) {
    if (e instanceof Die) return 1;
    throw e;
  }
  const format = dateFormat ?? '%Y-%m-%d %H:%M';
  const dateOf = (ms: number) => strftime(format, localTm(ctx.host, ms, ctx.frame.env), ms);
  const now = dateOf(ctx.world.now);
  let failed = false;
  let stdinUsed = false;
  /** open_file: the input, or null after the message (-r keeps quiet). */
  const open = (name: string): Input | 'dir' | null => {
    if (name === '-') {
      const text = stdinUsed ? '' : (ctx.stdin ?? '');
      stdinUsed = true;
      return { name: '-', bytes: toBytes(text), date: now };
    }
    const abs = ctx.resolve(name);
    const r = readFile(ctx, abs);
    if (!r.ok) {
      if (r.errno === 'EISDIR') return 'dir';
      failed = true;
      if (!ignoreFailed) ctx.err(`pr: ${quotef(name)}: ${strerror(r.errno)}\n`);
      return null;
    }
    const node = ctx.host.fs.get(abs);
    return { name, bytes: toBytes(r.text), date: dateOf(node?.mtime ?? ctx.world.now) };
  };
  const template = pr;
  const fresh = () => Object.assign(new Pr(), { ...template, out: [], errors: [] }) as Pr;
  const print = (inputs: Input[]): boolean => {
    const p = fresh();
    try {
      p.printFiles(inputs, now);
    } catch (e) {
      if (!(e instanceof PrError)) throw e;
      ctx.out(fromBytes(Uint8Array.from(p.out)));
      ctx.err(`pr: ${e.message}\n`);
      return false;
    }
    ctx.out(fromBytes(Uint8Array.from(p.out)));
    for (const m of p.errors) ctx.err(`pr: ${m}\n`);
    return true;
  };
  // no FILE: standard input, and -m has nothing to merge (init_parameters with no files)
  if (!files.length) {
    files.push('-');
    pr.parallelFiles = false;
  }
  if (pr.parallelFiles) {
    const inputs: Input[] = [];
    for (const f of files) {
      const i = open(f);
      if (i === 'dir') return (ctx.err(`pr: ${quotef(f)}: Is a directory\n`), 1);
      if (i) inputs.push(i);
    }
    if (inputs.length && !print(inputs)) return 1;
  } else
    for (const f of files) {
      const i = open(f);
      if (i === 'dir') return (ctx.err(`pr: ${quotef(f)}: Is a directory\n`), 1);
      if (i && !print([i])) return 1;
    }
  return failed ? 1 : 0;
}

