// ptx of GNU coreutils 8.32 (src/ptx.c, ported; options and help in spec.ts): a permuted index of the input's
// words. Every word (letters with GNU extensions, anything between blanks with -G, or -W's regexp) is a keyword,
// sorted (bytewise, -f folding case), each printed in its sentence (-S; lines with -G or -r) with the words
// before it on the left half and after it on the right, wrapped and truncated (`/`, -F) to -w columns (72);
// -A, -r, -R references; -O roff and -T TeX lines. Bytes are handled one at a time, as the C program does.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { readFile } from '../../lib/files';
import { strerror } from '../../../fs';
import { fromBytes, toBytes } from '../../lib/bytes';
import { compile, RegexError, type Rx } from '../../lib/posix-regex';
import { quote, quotef } from '../lib/quote';
import { usageError } from '../lib/input';
import { layout, type Occurs } from './layout';

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** copy_unescaped_string: \x hex, \0 octal, \a \b \f \n \r \t \v; an unknown escape keeps its backslash. */
function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|0[0-7]{0,3}|[abfnrtv]|.)?/gs, (m, e: string | undefined) => {
    if (e === undefined) return '\\';
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === '0') return String.fromCharCode(parseInt(e, 8) || 0);
    const map: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    return map[e] ?? m;
  });
}

export function* run(ctx: CommandContext): CommandRun {
  let gnu = true;
  let breakFile: string | null = null;
  let ignoreCase = false;
  let gap = 3;
  let ignoreFile: string | null = null;
  let onlyFile: string | null = null;
  let inputRef = false;
  let lineWidth = 72;
  let autoRef = false;
  let trunc: string | null = '/';
  let macro = 'xx';
  let format: 'unknown' | 'dumb' | 'roff' | 'tex' = 'unknown';
  let rightRef = false;
  let contextRe: string | null = null;
  let wordRe: string | null = null;
  const die = (msg: string) => {
    ctx.err(`ptx: ${msg}\n`);
    return 1;
  };
  for (const o of ctx.opts!.list) {
    const v = typeof o.value === 'string' ? o.value : '';
    const positive = () => (/^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(v) ? Number(v.trim().startsWith('0') && !/^0[xX]/.test(v.trim()) && v.trim() !== '0' ? parseInt(v, 8) : v.trim()) : 0);
    switch (o.key) {
      case 'traditional':
        gnu = false;
        break;
      case 'break-file':
        breakFile = v;
        break;
      case 'ignore-case':
        ignoreCase = true;
        break;
      case 'gap-size':
        if (!(positive() > 0)) return die(`invalid gap width: ${quote(v)}`);
        gap = positive();
        break;
      case 'ignore-file':
        ignoreFile = v;
        break;
      case 'only-file':
        onlyFile = v;
        break;
      case 'references':
        inputRef = true;
        break;
      case 'width':
        if (!(positive() > 0)) return die(`invalid line width: ${quote(v)}`);
        lineWidth = positive();
        break;
      case 'auto-reference':
        autoRef = true;
        break;
      case 'flag-truncation':
        trunc = unescape(v);
        break;
      case 'macro-name':
        macro = v;
        break;
      case 'O':
        format = 'roff';
        break;
      case 'right-side-refs':
        rightRef = true;
        break;
      case 'sentence-regexp':
        contextRe = unescape(v);
        break;
      case 'T':
        format = 'tex';
        break;
      case 'word-regexp':
        wordRe = unescape(v) || null;
        break;
      case 'format': {
        const hits = ['roff', 'tex'].filter((f) => f.startsWith(v));
        if (!v || hits.length !== 1) {
          ctx.err(`ptx: ${hits.length > 1 ? 'ambiguous' : 'invalid'} argument ${quote(v)} for ‘--format’\nValid arguments are:\n  - ‘roff’\n  - ‘tex’\nTry 'ptx --help' for more information.\n`);
          return 1;
        }
        format = hits[0] as 'roff' | 'tex';
        break;
      }
    }
  }
  const ops = ctx.operands ?? [];
  let names: (string | null)[];
  if (!ops.length) names = [null];
  else if (gnu) names = ops.map((n) => (!n || n === '-' ? null : n));
  else {
    if (ops.length > 2) return usageError(ctx, 'ptx', `extra operand ${quote(ops[2])}`);
    names = [!ops[0] || ops[0] === '-' ? null : ops[0]];
  }
  let outFile: string | null = !gnu && ops.length === 2 ? ops[1] : null;
  if (format === 'unknown') format = gnu ? 'dumb' : 'roff';

  let stdinUsed = false;
  /** swallow_file_in_memory: the bytes as a string of one char per byte; null after the message. */
  const swallow = (name: string | null): string | null => {
    let text: string;
    if (name === null) {
      text = stdinUsed ? '' : (ctx.stdin ?? '');
      stdinUsed = true;
    } else {
      const r = readFile(ctx, ctx.resolve(name));
      if (!r.ok) {
        ctx.err(`ptx: ${quotef(name)}: ${strerror(r.errno)}\n`);
        return null;
      }
      text = r.text;
    }
    return String.fromCharCode(...toBytes(text));
  };
  // initialize_regex
  const fold = (s: string) => (ignoreCase ? s.toUpperCase() : s);
  if (contextRe !== null && contextRe === '') contextRe = null;
  else if (contextRe === null) contextRe = gnu && !inputRef ? '[.?!][]"\')}]*\\($\\|\t\\|  \\)[ \t\n]*' : '\n';
  const reOf = (src: string): Rx | number => {
    try {
      return compile(src, { kind: 'emacs', newline: true, icase: ignoreCase, global: true });
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      return die(`${e.message} (for regexp ${quote(src)})`);
    }
  };
  const context = contextRe !== null ? reOf(contextRe) : null;
  if (typeof context === 'number') return context;
  const word = wordRe !== null ? reOf(wordRe) : null;
  if (typeof word === 'number') return word;
  const fastmap = new Uint8Array(256);
  if (!word && !breakFile) {
    // \w+ (letters) with GNU extensions, else [^ \t\n]+
    if (gnu) for (let c = 0; c < 256; c++) fastmap[c] = isAlpha(c) ? 1 : 0;
    else {
      fastmap.fill(1);
      fastmap[32] = fastmap[9] = fastmap[10] = 0;
    }
  }
  if (breakFile !== null) {
    const b = swallow(breakFile);
    if (b === null) return 1;
    fastmap.fill(1);
    for (let i = 0; i < b.length; i++) fastmap[b.charCodeAt(i)] = 0;
    if (!gnu) fastmap[32] = fastmap[9] = fastmap[10] = 0;
  }
  const compareWords = (a: string, b: string) => {
    const [x, y] = [fold(a), fold(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const wordTable = (file: string | null): string[] | null => {
    if (file === null) return null;
    const t = swallow(file);
    if (t === null) return null;
    return t.split('\n').filter((w) => w !== '').sort(compareWords);
  };
  const ignore = wordTable(ignoreFile);
  if (ignoreFile !== null && ignore === null) return 1;
  const only = wordTable(onlyFile);
  if (onlyFile !== null && only === null) return 1;
  const inTable = (w: string, t: string[]) => t.some((x) => compareWords(x, w) === 0);

  const texts: string[] = [];
  const occurs: Occurs[] = [];
  const fileLineCount: number[] = [];
  let totalLineCount = 0;
  let maxWordLength = 0;
  let referenceMaxWidth = 0;
  /** A word (or one other character) at `at`: where it ends (SKIP_SOMETHING). */
  const skipSomething = (t: string, at: number, limit: number): number => {
    if (word) {
      word.lastIndex = at;
      const m = word.exec(t.slice(0, limit));
      return m && m.index === at ? at + Math.max(1, m[0].length) : at + 1;
    }
    if (fastmap[t.charCodeAt(at)]) {
      while (at < limit && fastmap[t.charCodeAt(at)]) at++;
      return at;
    }
    return at + 1;
  };
  for (let fi = 0; fi < names.length; fi++) {
    const t = swallow(names[fi]);
    if (t === null) return 1;
    texts.push(t);
    const end = t.length;
    let lineStart = 0;
    let lineScan = 0;
    let referenceLength = 0;
    const skipNonWhite = (i: number, lim: number) => {
      while (i < lim && !isSpace(t.charCodeAt(i))) i++;
      return i;
    };
    const skipWhite = (i: number, lim: number) => {
      while (i < lim && isSpace(t.charCodeAt(i))) i++;
      return i;
    };
    if (inputRef) {
      lineScan = skipNonWhite(lineScan, end);
      referenceLength = lineScan - lineStart;
      lineScan = skipWhite(lineScan, end);
    }
    for (let cursor = 0, next = 0; cursor < end; cursor = next) {
      let contextStart = cursor;
      next = end;
      if (context) {
        context.lastIndex = cursor;
        const m = context.exec(t);
        if (m) {
          if (m[0].length === 0) return die(`error: regular expression has a match of length zero: ${quote(contextRe!)}`);
          next = m.index + m[0].length;
        }
      }
      let contextEnd = next;
      while (contextEnd > contextStart && isSpace(t.charCodeAt(contextEnd - 1))) contextEnd--;
      for (;;) {
        let ws: number;
        let we: number;
        if (word) {
          word.lastIndex = cursor;
          const m = word.exec(t.slice(0, contextEnd));
          if (!m) break;
          ws = m.index;
          we = m.index + m[0].length;
        } else {
          let scan = cursor;
          while (scan < contextEnd && !fastmap[t.charCodeAt(scan)]) scan++;
          if (scan === contextEnd) break;
          ws = scan;
          while (scan < contextEnd && fastmap[t.charCodeAt(scan)]) scan++;
          we = scan;
        }
        cursor = ws;
        if (we === ws) {
          cursor++;
          continue;
        }
        const key = cursor;
        const size = we - ws;
        cursor += size;
        maxWordLength = Math.max(maxWordLength, size);
        if (inputRef) {
          while (lineScan < key)
            if (t[lineScan] === '\n') {
              totalLineCount++;
              lineStart = ++lineScan;
              lineScan = skipNonWhite(lineScan, end);
              referenceLength = lineScan - lineStart;
            } else lineScan++;
          if (lineScan > key) continue;
        }
        const w = t.slice(key, key + size);
        if (ignore?.length && inTable(w, ignore)) continue;
        if (only?.length && !inTable(w, only)) continue;
        const oc: Occurs = { key, size, left: 0, right: 0, reference: 0, file: fi };
        if (autoRef) {
          while (lineScan < key)
            if (t[lineScan] === '\n') {
              totalLineCount++;
              lineStart = ++lineScan;
              lineScan = skipNonWhite(lineScan, end);
            } else lineScan++;
          oc.reference = totalLineCount;
        } else if (inputRef) {
          oc.reference = lineStart - key;
          referenceMaxWidth = Math.max(referenceMaxWidth, referenceLength);
        }
        if (inputRef && lineStart === contextStart) {
          contextStart = skipNonWhite(contextStart, contextEnd);
          contextStart = skipWhite(contextStart, contextEnd);
        }
        oc.left = contextStart - key;
        oc.right = contextEnd - key;
        occurs.push(oc);
      }
    }
    totalLineCount++;
    fileLineCount[fi] = totalLineCount;
  }
  occurs.sort((a, b) => compareWords(texts[a.file].slice(a.key, a.key + a.size), texts[b.file].slice(b.key, b.key + b.size)) || a.file - b.file || a.key - b.key);
  const out = layout({ texts, occurs, names, fileLineCount, maxWordLength, referenceMaxWidth, lineWidth, gap, trunc, gnu, autoRef, inputRef, rightRef, format, macro, skipSomething });
  const bytes = Uint8Array.from(out, (c) => c.charCodeAt(0));
  if (outFile !== null) {
    const e = ctx.host.fs.write(ctx.resolve(outFile), fromBytes(bytes));
    if (e) return die(`${quotef(outFile)}: ${strerror(e)}`);
    outFile = null;
  } else ctx.out(fromBytes(bytes));
  return 0;
}
