// GNU sed 4.8's script language: compile (addresses, ranges, `!`, blocks, labels, the commands) and run it over
// lines. Error texts are compile.c's (bad_prog), with the character count where sed reports it.
import { compile as compileRegex, globalOf, nsubOf, RegexError, type Rx } from '../lib/posix-regex/index';
import { replace, visible } from './text';

type Addr =
  | { t: 'line'; n: number }
  | { t: 'last' }
  | { t: 'zero' }
  | { t: 'step'; first: number; step: number }
  | { t: 're'; re: Rx | null };
type Addr2 = Addr | { t: 'plus'; n: number } | { t: 'mult'; n: number };

interface Cmd {
  a1?: Addr;
  a2?: Addr2;
  neg: boolean;
  op: string;
  /** s: the regex (null: the last one used), replacement parts, flags */
  re?: Rx | null;
  rep?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  /** a, i, c: the text; b, t, T: the label; q, Q: the exit code */
  text?: string;
  label?: string;
  code?: number;
  /** y: from → to */
  map?: Map<string, string>;
  /** {: index of the matching }; b/t/T: index to jump to */
  jump?: number;
  /** range state */
  active?: boolean;
  end?: number;
}

/** sed's own escapes in a regex (\n, \t and the other C escapes, \xHH, \dNNN, \oNNN, \cX) made the characters. */
function sedEscapes(body: string): string {
  if (!body.includes('\\')) return body;
  const C: Record<string, string> = { n: '\n', t: '\t', a: '\x07', f: '\f', v: '\v', r: '\r' };
  return body.replace(/\\(?:([ntafvr])|x([0-9a-fA-F]{1,2})|d(\d{1,3})|o([0-7]{1,3})|c(.)|([\s\S]))/g, (all, c, x, d, o, k) => {
    const ch = c ? C[c] : x ? String.fromCharCode(parseInt(x, 16)) : d ? String.fromCharCode(Number(d)) : o ? String.fromCharCode(parseInt(o, 8)) : k ? String.fromCharCode(k.toUpperCase().charCodeAt(0) ^ 0x40) : null;
    if (ch === null) return all;
    // a character the regex would read as an operator stays literal
    return ch === '^' ? '\\^' : '$.*[]\\+?(){}|/'.includes(ch) ? '[' + ch + ']' : ch;
  });
}

export class SedError extends Error {
  constructor(
    message: string,
    /** exit status: 1 for a bad script, 4 for a missing label */
    readonly status = 1,
  ) {
    super(message);
  }
}

export interface Script {
  cmds: Cmd[];
}

const WS = /[ \t]/;

/** Compile the -e pieces (joined by newlines, as sed does) into a program. */
export function compile(pieces: string[], extended: boolean): Script {
  const cmds: Cmd[] = [];
  const blocks: number[] = [];
  let expr = 0;
  for (const src of pieces) {
    expr++;
    let i = 0;
    const fail = (msg: string, at = i): never => {
      throw new SedError(`sed: -e expression #${expr}, char ${at}: ${msg}`);
    };
    const toRe = (body: string, flags: string, at = i): Rx | null => {
      if (body === '') return null;
      try {
        return compileRegex(sedEscapes(body), { kind: extended ? 'ere' : 'bre', invalidOps: extended, icase: flags.includes('i'), newline: flags.includes('m'), global: flags.includes('g') });
      } catch (e) {
        if (e instanceof RegexError) return fail(e.message, at);
        throw e;
      }
    };
    /** Reads a delimited piece from i (just after the delimiter); returns it with \delim made plain. */
    const delimited = (d: string, regex = false): string | null => {
      let out = '';
      while (i < src.length) {
        const c = src[i];
        if (c === '[' && regex) {
          // a bracket expression: the delimiter inside it is one of its characters
          const m = /^\[\^?\]?(\[:[^\]]*:\]|\[\.[^\]]*\.\]|\[=[^\]]*=\]|[^\]])*\]/.exec(src.slice(i));
          if (!m) return null;
          out += m[0];
          i += m[0].length;
          continue;
        }
        if (c === '\\' && i + 1 < src.length) {
          const n = src[i + 1];
          out += n === d ? d : n === 'n' && d !== 'n' ? '\\n' : c + n;
          i += 2;
          continue;
        }
        if (c === '\n' && d !== '\n') return null;
        if (c === d) {
          i++;
          return out;
        }
        out += c;
        i++;
      }
      return null;
    };
    const number = (): number | null => {
      const m = /^\d+/.exec(src.slice(i));
      if (!m) return null;
      i += m[0].length;
      return Number(m[0]);
    };
    const address = (): Addr | null => {
      const c = src[i];
      if (c === '$') {
        i++;
        return { t: 'last' };
      }
      if (c === '/' || c === '\\') {
        let d = '/';
        if (c === '\\') {
          d = src[i + 1];
          i++;
        }
        i++;
        const body = delimited(d, true);
        if (body === null) return fail('unterminated address regex', src.length);
        let flags = '';
        while (src[i] === 'I' || src[i] === 'M') {
          flags += src[i] === 'I' ? 'i' : 'm';
          i++;
        }
        return { t: 're', re: toRe(body, flags) };
      }
      const n = number();
      if (n === null) return null;
      if (src[i] === '~') {
        i++;
        const step = number() ?? 0;
        return { t: 'step', first: n, step };
      }
      return n === 0 ? { t: 'zero' } : { t: 'line', n };
    };
    const skipWs = () => {
      while (i < src.length && WS.test(src[i])) i++;
    };
    /** After a command: spaces, then ; or newline or } or # or the end. */
    const endOfCommand = () => {
      skipWs();
      if (i >= src.length || src[i] === ';' || src[i] === '\n') {
        i++;
        return;
      }
      if (src[i] === '}' || src[i] === '#') return;
      fail('extra characters after command', i + 1);
    };
    /** The text of a, i, c: GNU's one-line form or the `\` newline form. */
    const text = (): string => {
      skipWs();
      let t = '';
      if (src[i] === '\\') {
        i++;
        if (src[i] === '\n') i++;
      }
      while (i < src.length) {
        const c = src[i];
        if (c === '\\' && i + 1 < src.length) {
          t += src[i + 1];
          i += 2;
          continue;
        }
        if (c === '\n') {
          i++;
          break;
        }
        t += c;
        i++;
      }
      return t;
    };
    const label = (): string => {
      skipWs();
      let l = '';
      while (i < src.length && src[i] !== '\n' && src[i] !== ';') l += src[i++];
      if (src[i] === ';' || src[i] === '\n') i++;
      return l.trim();
    };

    while (i < src.length) {
      while (i < src.length && (WS.test(src[i]) || src[i] === ';' || src[i] === '\n')) i++;
      if (i >= src.length) break;
      if (src[i] === '#') {
        while (i < src.length && src[i] !== '\n') i++;
        continue;
      }
      const cmd: Cmd = { neg: false, op: '' };
      const a1 = address();
      if (a1) {
        cmd.a1 = a1;
        skipWs();
        if (src[i] === ',') {
          i++;
          skipWs();
          if (src[i] === '+' || src[i] === '~') {
            const kind = src[i++];
            const n = number() ?? 0;
            cmd.a2 = kind === '+' ? { t: 'plus', n } : { t: 'mult', n };
          } else {
            const a2 = address();
            if (!a2) fail("unexpected `,'", i + 1);
            cmd.a2 = a2!.t === 'zero' ? { t: 'line', n: 0 } : a2!;
          }
        }
        if (a1.t === 'zero' && !(cmd.a2 && cmd.a2.t === 're')) fail('invalid usage of line address 0', i + 1);
      } else if (src[i] === ',') fail("unexpected `,'", i + 1);
      skipWs();
      while (src[i] === '!') {
        if (cmd.neg) fail("multiple `!'s", i + 1);
        cmd.neg = true;
        i++;
        skipWs();
      }
      if (i >= src.length) fail('missing command', src.length);
      const op = src[i++];
      cmd.op = op;
      switch (op) {
        case '{':
          blocks.push(cmds.length);
          cmds.push(cmd);
          continue;
        case '}': {
          if (cmd.a1) fail('} doesn\'t want any addresses', i);
          const open = blocks.pop();
          if (open === undefined) fail("unexpected `}'", i);
          cmds[open!].jump = cmds.length + 1;
          cmds.push(cmd);
          endOfCommand();
          continue;
        }
        case 'd': case 'D': case 'p': case 'P': case 'n': case 'N': case 'g': case 'G': case 'h': case 'H': case 'x': case '=': case 'l': case 'z': case 'F':
          endOfCommand();
          break;
        case 'q': case 'Q':
          skipWs();
          cmd.code = number() ?? 0;
          endOfCommand();
          break;
        case 'a': case 'i': case 'c':
          cmd.text = text();
          break;
        case ':':
          if (cmd.a1) fail(': doesn\'t want any addresses', i);
          cmd.label = label();
          if (!cmd.label) fail('":" lacks a label', i);
          break;
        case 'b': case 't': case 'T':
          cmd.label = label();
          break;
        case 's': {
          const d = src[i++];
          const re = delimited(d, true);
          const rep = re === null ? null : delimited(d);
          if (re === null || rep === null) fail("unterminated `s' command", src.length);
          let flags = '';
          for (;;) {
            const f = src[i];
            if (f === 'g') cmd.global = true;
            else if (f === 'p') cmd.print = true;
            else if (f === 'I' || f === 'i') flags += 'i';
            else if (f === 'M' || f === 'm') flags += 'm';
            else if (f !== undefined && /\d/.test(f)) {
              cmd.nth = number()!;
              continue;
            } else break;
            i++;
          }
          if (i < src.length && !/[\s;}#]/.test(src[i])) fail("unknown option to `s'", i + 1);
          // sed counts the character that ends the command
          const at = i < src.length ? i + 1 : i;
          endOfCommand();
          cmd.re = toRe(re!, 'g' + flags, at);
          if (cmd.re) {
            const nsub = nsubOf(cmd.re);
            for (const m of rep!.matchAll(/\\(.)/g)) if (/[1-9]/.test(m[1]) && Number(m[1]) > nsub) fail(`invalid reference \\${m[1]} on \`s' command's RHS`, at);
          }
          cmd.rep = rep!;
          break;
        }
        case 'y': {
          const d = src[i++];
          const from = delimited(d);
          const to = from === null ? null : delimited(d);
          if (from === null || to === null) fail("unterminated `y' command", src.length);
          const unesc = (s: string) => s.replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
          const f = [...unesc(from!)];
          const t = [...unesc(to!)];
          if (f.length !== t.length) fail("strings for `y' command are different lengths", i);
          cmd.map = new Map(f.map((c, k) => [c, t[k]]));
          endOfCommand();
          break;
        }
        default:
          fail(`unknown command: \`${op}'`, i);
      }
      cmds.push(cmd);
    }
    if (blocks.length) throw new SedError(`sed: -e expression #${expr}, char 0: unmatched \`{'`);
  }
  // labels
  for (const c of cmds) {
    if (c.op !== 'b' && c.op !== 't' && c.op !== 'T') continue;
    if (!c.label) {
      c.jump = cmds.length;
      continue;
    }
    const at = cmds.findIndex((x) => x.op === ':' && x.label === c.label);
    if (at < 0) throw new SedError(`sed: can't find label for jump to \`${c.label}'`, 4);
    c.jump = at;
  }
  return { cmds };
}

export interface RunResult {
  out: string;
  /** the script loops without end on this input */
  loop?: boolean;
  /** set when q or Q ended the run */
  exit?: number;
}

/**
 * Runs the program over one stream of lines (all input files together, or one file for -i and -s).
 * `lastRe` carries the last regex used between calls.
 */
export function execute(prog: Script, input: string[], quiet: boolean, state: { lastRe: Rx | null; line: number }): RunResult {
  const cmds = prog.cmds;
  for (const c of cmds) {
    c.active = false;
    c.end = undefined;
  }
  let out = '';
  let hold = '';
  let idx = 0;
  const test = (re: Rx | null, s: string): boolean => {
    const r = re ?? state.lastRe;
    if (!r) throw new SedError('sed: no previous regular expression');
    state.lastRe = r;
    r.lastIndex = 0;
    return r.test(s);
  };
  const isLast = () => idx >= input.length;
  const hit1 = (a: Addr, ps: string): boolean => {
    switch (a.t) {
      case 'line':
        return state.line === a.n;
      case 'last':
        return isLast();
      case 'zero':
        return false;
      case 'step':
        return a.step <= 0 ? state.line === a.first : state.line >= a.first && (state.line - a.first) % a.step === 0;
      case 're':
        return test(a.re, ps);
    }
  };
  const matches = (c: Cmd, ps: string): boolean => {
    if (!c.a1) return true;
    if (!c.a2) return hit1(c.a1, ps);
    if (c.active) {
      const a2 = c.a2;
      if (a2.t === 're') {
        if (test(a2.re, ps)) c.active = false;
        return true;
      }
      if (a2.t === 'last') {
        if (isLast()) c.active = false;
        return true;
      }
      if (state.line >= c.end!) c.active = false;
      return true;
    }
    const start = c.a1.t === 'zero' ? state.line === 1 : hit1(c.a1, ps);
    if (!start) return false;
    const a2 = c.a2;
    if (c.a1.t === 'zero' && a2.t === 're') {
      // 0,/re/: the end may match on the first line itself
      c.active = !test(a2.re, ps);
      return true;
    }
    if (a2.t === 're') c.active = true;
    else if (a2.t === 'last') c.active = !isLast();
    else {
      const end = a2.t === 'plus' ? state.line + a2.n : a2.t === 'mult' ? (a2.n <= 0 ? state.line : Math.ceil(state.line / a2.n) * a2.n) : a2.t === 'line' ? a2.n : state.line;
      c.end = end;
      c.active = end > state.line;
    }
    return true;
  };

  let ps: string | null = null;
  let carry = false;
  while (carry || idx < input.length) {
    if (!carry) {
      ps = input[idx++];
      state.line++;
    }
    carry = false;
    let append = '';
    let autoprint = !quiet;
    let substituted = false;
    let pc = 0;
    let endCycle = false;
    let quit: number | undefined;
    let steps = 0;
    while (pc < cmds.length && !endCycle) {
      // a loop without end (`:a;ba`): sed spins until Ctrl+C; the caller waits for it
      if (++steps > 100_000) return { out, loop: true };
      const c = cmds[pc];
      let ok = c.op === '}' || c.op === ':' ? true : matches(c, ps!);
      if (c.neg) ok = !ok;
      if (!ok) {
        pc = c.op === '{' ? c.jump! : pc + 1;
        continue;
      }
      pc++;
      switch (c.op) {
        case 'd':
          autoprint = false;
          endCycle = true;
          break;
        case 'D': {
          const nl = ps!.indexOf('\n');
          if (nl < 0) {
            autoprint = false;
            endCycle = true;
          } else {
            ps = ps!.slice(nl + 1);
            out += append;
            append = '';
            carry = true;
            autoprint = false;
            endCycle = true;
          }
          break;
        }
        case 'p':
          out += ps + '\n';
          break;
        case 'P':
          out += ps!.split('\n')[0] + '\n';
          break;
        case '=':
          out += state.line + '\n';
          break;
        case 'l':
          out += visible(ps!);
          break;
        case 'F':
          out += '-\n';
          break;
        case 'z':
          ps = '';
          break;
        case 'h':
          hold = ps!;
          break;
        case 'H':
          hold += '\n' + ps;
          break;
        case 'g':
          ps = hold;
          break;
        case 'G':
          ps += '\n' + hold;
          break;
        case 'x':
          [ps, hold] = [hold, ps!];
          break;
        case 'a':
          append += c.text + '\n';
          break;
        case 'i':
          out += c.text + '\n';
          break;
        case 'c':
          // in a range, the text once at its end
          if (!c.a2 || c.neg || !c.active) out += c.text + '\n';
          autoprint = false;
          endCycle = true;
          break;
        case 'y':
          ps = [...ps!].map((ch) => c.map!.get(ch) ?? ch).join('');
          break;
        case 'n':
          if (isLast()) {
            endCycle = true;
            quit = 0;
            break;
          }
          if (autoprint) out += ps + '\n';
          out += append;
          append = '';
          ps = input[idx++];
          state.line++;
          break;
        case 'N':
          if (isLast()) {
            endCycle = true;
            quit = 0;
            break;
          }
          out += append;
          append = '';
          ps += '\n' + input[idx++];
          state.line++;
          break;
        case 'q':
          quit = c.code;
          endCycle = true;
          break;
        case 'Q':
          quit = c.code;
          autoprint = false;
          endCycle = true;
          break;
        case 'b':
          pc = c.jump!;
          break;
        case 't':
          if (substituted) pc = c.jump!;
          substituted = false;
          break;
        case 'T':
          if (!substituted) pc = c.jump!;
          else substituted = false;
          break;
        case 's': {
          const re = c.re ?? state.lastRe;
          if (!re) throw new SedError('sed: no previous regular expression');
          state.lastRe = re;
          const r = globalOf(re);
          r.lastIndex = 0;
          let count = 0;
          let res = '';
          let last = 0;
          let done = false;
          let changed = false;
          let prevEnd = -1;
          let m: RegExpExecArray | null;
          while (!done && (m = r.exec(ps!)) !== null) {
            const end = m.index + m[0].length;
            // no empty match right where the last match ended
            if (m[0] !== '' || m.index !== prevEnd) {
              count++;
              const want = c.nth ? count === c.nth || (c.global && count > c.nth) : c.global || count === 1;
              if (want) {
                res += ps!.slice(last, m.index) + replace(c.rep!, m);
                last = end;
                substituted = true;
                changed = true;
                if (!c.global) done = true;
              }
            }
            prevEnd = end;
            if (m[0].length === 0) r.lastIndex = m.index + 1;
            if (r.lastIndex > ps!.length) break;
          }
          if (changed) {
            ps = res + ps!.slice(last);
            if (c.print) out += ps + '\n';
          }
          break;
        }
        default:
          break;
      }
    }
    if (autoprint) out += ps + '\n';
    out += append;
    if (quit !== undefined) return { out, exit: quit };
  }
  return { out };
}
