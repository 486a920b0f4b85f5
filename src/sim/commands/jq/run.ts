// jq 1.6 (Rocky 9: jq-1.6-17.el9): main.c's reading of its argv (options anywhere, stacked short letters, `--`,
// --arg/--argjson/--args/--jsonargs), the inputs (JSON texts, -R lines, -s, -n), the output (-r, -j, -a, -c,
// --tab, --indent, -S, -C/-M and colour on a terminal, --seq) and its exit statuses: 2 usage or unreadable file,
// 3 compile error, 4 parse error or (with -e) no output, 5 a jq error in the last input, 1 (with -e) last output
// false or null.
import type { CommandContext } from '../../context';
import { strerror, type FsError } from '../../fs';
import type { CommandRun } from '../../types';
import { readFile } from '../lib/files';
import { assign } from './assign';
import { ALL_BUILTINS as BUILTINS } from './builtins-re';
import { undefinedNames } from './check';
import { Interp, BreakSignal, bind, type Env } from './interp';
import { JsonReader, parseJson } from './json';
import { CompileError } from './lexer';
import { parse } from './parser';
import { format } from './strings';
import { usage } from './help';
import { dump, fail, isObject, JqError, obj, quote, toJson, type DumpOpts, type Value } from './values';
import type { Node } from './ast';

const VERSION = 'jq-1.6\n';

function die(ctx: CommandContext, msg: string): number {
  ctx.err(`${msg}\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n`);
  return 2;
}

/** Where a compile error points: the line's text and as many spaces as the column. */
function locate(src: string, msg: string, pos: number): string {
  const start = src.lastIndexOf('\n', pos - 1) + 1;
  let end = src.indexOf('\n', start);
  if (end < 0) end = src.length;
  const line = src.slice(0, start).split('\n').length;
  return `jq: error: ${msg} at <top-level>, line ${line}:\n${src.slice(start, end)}${' '.repeat(Math.max(0, pos - start))}\n`;
}

interface Source {
  name: string;
  text: string;
}

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  let program: string | null = null;
  const files: string[] = [];
  const positional: Value[] = [];
  const named: Map<string, Value> = obj();
  let o = { slurp: false, raw: false, rawIn: false, nul: false, join: false, ascii: false, color: null as boolean | null, sort: false, exit: false, seq: false, fromFile: false, stream: false };
  let indent: number | 'tab' = 2;
  let argsDone = false;
  let furtherStrings = false;
  let furtherJson = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const addOperand = () => {
      if (furtherStrings) positional.push(a);
      else if (furtherJson) {
        const r = parseJson(a);
        positional.push('value' in r ? r.value : null);
      } else files.push(a);
    };
    if (argsDone) {
      addOperand();
      continue;
    }
    if (a === '--') {
      if (!program) {
        ctx.err(usage(true));
        return 2;
      }
      argsDone = true;
      continue;
    }
    if (!(a[0] === '-' && (a[1] === '-' || /[a-zA-Z]/.test(a[1] ?? '')))) {
      if (program !== null) addOperand();
      else program = a;
      continue;
    }
    let count = 0;
    const isopt = (short: string | null, long: string): boolean => {
      if (a[1] === '-') return a.slice(2) === long;
      if (short && a.includes(short)) {
        count++;
        return true;
      }
      return false;
    };
    const isLong = a[1] === '-';
    if (a[1] === 'L') {
      if (a.length === 2) i++;
      continue;
    }
    const flagsShort: [string, string, () => void][] = [
      ['s', 'slurp', () => (o.slurp = true)],
      ['r', 'raw-output', () => (o.raw = true)],
      ['c', 'compact-output', () => (indent = 0)],
      ['C', 'color-output', () => (o.color = o.color === false ? false : true)],
      ['M', 'monochrome-output', () => (o.color = false)],
      ['a', 'ascii-output', () => (o.ascii = true)],
    ];
    let matched = false;
    for (const [s, l, set] of flagsShort)
      if (isopt(s, l)) {
        set();
        matched = true;
        if (isLong) break;
      }
    if (isLong && matched) continue;
    if (isopt(null, 'unbuffered')) continue;
    const more: [string, string, () => void][] = [
      ['S', 'sort-keys', () => (o.sort = true)],
      ['R', 'raw-input', () => (o.rawIn = true)],
      ['n', 'null-input', () => (o.nul = true)],
      ['f', 'from-file', () => (o.fromFile = true)],
      ['j', 'join-output', () => ((o.raw = true), (o.join = true))],
    ];
    for (const [s, l, set] of more)
      if (isopt(s, l)) {
        set();
        matched = true;
        if (isLong) break;
      }
    if (isLong && matched) continue;
    if (isopt(null, 'tab')) {
      indent = 'tab';
      continue;
    }
    if (isopt(null, 'indent')) {
      if (i >= args.length - 1) return die(ctx, 'jq: --indent takes one parameter');
      const n = parseInt(args[i + 1], 10) || 0;
      if (n < -1 || n > 7) return die(ctx, 'jq: --indent takes a number between -1 and 7');
      indent = n < 0 ? 0 : n;
      i++;
      continue;
    }
    if (isopt(null, 'seq')) {
      o.seq = true;
      continue;
    }
    if (isopt(null, 'stream')) {
      o.stream = true;
      continue;
    }
    if (isopt(null, 'stream-errors')) continue;
    if (isopt('e', 'exit-status')) {
      o.exit = true;
      if (isLong) continue;
    }
    if (isopt(null, 'args')) {
      furtherStrings = true;
      furtherJson = false;
      continue;
    }
    if (isopt(null, 'jsonargs')) {
      furtherStrings = false;
      furtherJson = true;
      continue;
    }
    if (isopt(null, 'arg')) {
      if (i >= args.length - 2) return die(ctx, 'jq: --arg takes two parameters (e.g. --arg varname value)');
      if (!named.has(args[i + 1])) named.set(args[i + 1], args[i + 2]);
      i += 2;
      continue;
    }
    if (isopt(null, 'argjson')) {
      if (i >= args.length - 2) return die(ctx, 'jq: --argjson takes two parameters (e.g. --argjson varname text)');
      if (!named.has(args[i + 1])) {
        const r = parseJson(args[i + 2]);
        if ('error' in r) return die(ctx, 'jq: invalid JSON text passed to --argjson');
        named.set(args[i + 1], r.value);
      }
      i += 2;
      continue;
    }
    const fileOpt = ['argfile', 'rawfile', 'slurpfile'].find((w) => isopt(null, w));
    if (fileOpt) {
      if (i >= args.length - 2) return die(ctx, `jq: --${fileOpt} takes two parameters (e.g. --${fileOpt} varname filename)`);
      const r = readFile(ctx, ctx.resolve(args[i + 2]));
      if (!r.ok) {
        ctx.err(`jq: Bad JSON in --${fileOpt} ${args[i + 1]} ${args[i + 2]}: Could not open ${args[i + 2]}: ${strerror(r.errno as FsError)}\n`);
        return 2;
      }
      if (!named.has(args[i + 1])) {
        if (fileOpt === 'rawfile') named.set(args[i + 1], r.text);
        else {
          const vals: Value[] = [];
          const rd = new JsonReader(r.text);
          for (let x = rd.read(); x; x = rd.read()) {
            if ('error' in x) {
              ctx.err(`jq: Bad JSON in --${fileOpt} ${args[i + 1]} ${args[i + 2]}: ${x.error}\n`);
              return 2;
            }
            vals.push(x.value);
          }
          named.set(args[i + 1], fileOpt === 'argfile' && vals.length === 1 ? vals[0] : vals);
        }
      }
      i += 2;
      continue;
    }
    if (isopt(null, 'debug-dump-disasm') || isopt(null, 'debug-trace') || isopt(null, 'debug-trace=all')) continue;
    if (isopt('h', 'help')) {
      ctx.out(usage(false));
      return 0;
    }
    if (isopt('V', 'version')) {
      ctx.out(VERSION);
      return 0;
    }
    if (a.length !== count + 1) return die(ctx, `jq: Unknown option ${a}`);
  }
  if (program === null && (!ctx.tty || ctx.stdin !== null)) program = '.';
  if (program === null) {
    ctx.err(usage(true));
    return 2;
  }
  if (o.fromFile) {
    const r = readFile(ctx, ctx.resolve(program));
    if (!r.ok) {
      ctx.err(`jq: error: Could not open ${program}: ${strerror(r.errno as FsError)}\n`);
      return 2;
    }
    program = r.text;
  }
  // compile
  let ast: Node;
  const ARGS = obj([['positional', positional], ['named', new Map(named)]]);
  named.set('ARGS', ARGS);
  try {
    ast = parse(program);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    const all = [{ msg: e.message + (e.message.startsWith('syntax error') ? ' (Unix shell quoting issues?)' : ''), pos: e.pos }, ...e.extra];
    for (const x of all) ctx.err(locate(program, x.msg, x.pos));
    ctx.err(`jq: ${all.length} compile error${all.length > 1 ? 's' : ''}\n`);
    return 3;
  }
  const undef = undefinedNames(ast, new Set(BUILTINS.keys()), new Set(named.keys()));
  if (undef.length) {
    for (const x of undef) ctx.err(locate(program, x.msg, x.pos));
    ctx.err(`jq: ${undef.length} compile error${undef.length > 1 ? 's' : ''}\n`);
    return 3;
  }
  // inputs
  let inputErrors = 0;
  const sources: Source[] = [];
  const names = files.length ? files : ['-'];
  let srcIdx = 0;
  let reader: JsonReader | null = null;
  let rawLines: string[] | null = null;
  let pos = '<unknown>';
  let curName = '';
  let curText = '';
  let slurped = false;
  const openNext = (): boolean => {
    while (srcIdx < names.length) {
      const n = names[srcIdx++];
      if (n === '-') {
        sources.push({ name: '<stdin>', text: ctx.stdin ?? '' });
      } else {
        const r = readFile(ctx, ctx.resolve(n));
        if (!r.ok) {
          ctx.err(`jq: error: Could not open file ${n}: ${strerror(r.errno as FsError)}\n`);
          inputErrors++;
          continue;
        }
        sources.push({ name: n, text: r.text });
      }
      const s = sources[sources.length - 1];
      curName = s.name;
      curText = s.text;
      reader = new JsonReader(s.text);
      rawLines = s.text.split('\n');
      if (rawLines[rawLines.length - 1] === '') rawLines.pop();
      return true;
    }
    return false;
  };
  const lineOf = (end: number): number => {
    const nl = curText.indexOf('\n', end);
    const upto = nl < 0 ? curText.length : nl + 1;
    let n = 0;
    for (let i = 0; i < upto; i++) if (curText.charCodeAt(i) === 10) n++;
    return n;
  };
  /** The next input value; undefined at the end; a string message for a parse error. */
  const nextRaw = (): { v: Value } | { err: string } | undefined => {
    if (o.slurp) {
      if (slurped) return undefined;
      slurped = true;
      if (o.rawIn) {
        let all = '';
        while (openNext()) all += curText;
        pos = `${curName}:${curText.split('\n').length - 1}`;
        return { v: all };
      }
      const arr: Value[] = [];
      while (openNext())
        for (let r = reader!.read(); r; r = reader!.read()) {
          if ('error' in r) return { err: r.error };
          arr.push(r.value);
        }
      pos = `${curName}:${curText.split('\n').length - 1}`;
      return { v: arr };
    }
    for (;;) {
      if (!reader && !openNext()) return undefined;
      if (o.rawIn) {
        if (rawLines!.length) {
          const line = rawLines!.shift()!;
          pos = `${curName}:${curText.split('\n').length - 1 - rawLines!.length - (curText.endsWith('\n') ? 0 : 1) + 1}`;
          return { v: line };
        }
      } else {
        const r = reader!.read();
        if (r) {
          if ('error' in r) {
            pos = `${curName}:${lineOf(reader!.errAt)}`;
            return { err: r.error };
          }
          pos = `${curName}:${lineOf(r.end)}`;
          return { v: r.value };
        }
      }
      reader = null;
      if (!openNext()) return undefined;
    }
  };
  const ip = new Interp(BUILTINS);
  ip.format = format;
  ip.assign = assign;
  ip.envObj = () => obj(Object.entries(ctx.frame.env).map(([k, v]) => [k, v] as [string, Value]));
  ip.inputName = () => (curName && curName !== '<stdin>' ? curName : null);
  ip.debug = (v, raw) => ctx.err(raw ? toJson(v) : `["DEBUG:",${toJson(v)}]\n`);
  ip.input = () => {
    const r = nextRaw();
    if (!r) return fail('break');
    if ('err' in r) return fail(r.err);
    return r.v;
  };
  let env: Env = bind(null, '*root', {});
  for (const [k, v] of named) env = bind(env, '$' + k, { val: v });
  const color = o.color ?? ctx.tty;
  const dopts: DumpOpts = { indent, sort: o.sort, ascii: o.ascii, color };
  let ret = 0;
  let halted = false;
  const process = (input: Value) => {
    let r = 14;
    try {
      for (const [x] of ip.ev(ast, input, false, env)) {
        if (o.seq) ctx.out('\x1e');
        if (o.raw && typeof x === 'string') {
          ctx.out(o.ascii ? quote(x, true) : x);
          r = 0;
        } else {
          r = x === null || x === false ? 11 : 0;
          ctx.out(dump(x, dopts));
        }
        if (!o.join) ctx.out('\n');
      }
    } catch (e) {
      if (e instanceof BreakSignal) return r;
      if (!(e instanceof JqError)) throw e;
      if (e.silent) return r;
      if (e.value instanceof Map && e.value.get('__halt') !== undefined) {
        halted = true;
        const m = e.value.get('message')!;
        if (typeof m === 'string') ctx.err(m);
        else if (m !== null) ctx.err(toJson(m) + '\n');
        return e.value.get('__halt') as number;
      }
      if (typeof e.value === 'string') ctx.err(`jq: error (at ${pos}): ${e.value}\n`);
      else ctx.err(`jq: error (at ${pos}) (not a string): ${toJson(e.value)}\n`);
      r = 5;
    }
    return r;
  };
  if (o.nul) ret = process(null);
  else
    for (;;) {
      if (inputErrors) break;
      const r = nextRaw();
      if (!r) break;
      if ('err' in r) {
        ret = 4;
        ctx.err(`parse error: ${r.err}\n`);
        break;
      }
      if (o.stream) {
        for (const ev of streamEvents(r.v)) ret = process(ev);
      } else ret = process(r.v);
      if (halted) return ret;
    }
  if (!o.nul && !inputErrors) {
    while (srcIdx < names.length) openNext();
  }
  if (inputErrors) ret = 2;
  if (halted) return ret;
  if (ret >= 10 && o.exit) return ret - 10;
  if (ret >= 10) return 0;
  return ret;
}

function streamEvents(v: Value): Value[] {
  const out: Value[] = [];
  const go = (x: Value, path: Value[], top: boolean) => {
    if ((Array.isArray(x) && x.length) || (isObject(x) && x.size)) {
      const ks = Array.isArray(x) ? x.map((_, i) => i) : [...x.keys()];
      for (const k of ks) go(Array.isArray(x) ? x[k as number] : (x as Map<string, Value>).get(k as string)!, [...path, k], false);
      out.push([[...path, ks[ks.length - 1]]]);
    } else {
      out.push([path, x]);
      if (top && path.length === 0 && false) out.push([path]);
    }
  };
  go(v, [], true);
  return out;
}
