// less on a terminal: the screen is the terminal's height less one line, the last line is the prompt (prompt.c's
// short prompt: the file name on a new file's first screen, "(file N of M)" with several files, "(END)" once the last
// line shows, "- Next: NAME" before the next file, else ":"); lines past the end are "~". Keys as command.c reads
// them (cmdtable of decode.c): a number prefix, j/k/e/y/Enter a line, f/Space/z a screen, b/w back, d/u half a
// screen, g/</G/> the ends (or line N), p/% a percentage, /pattern and ?pattern (n, N repeat), :n/:p the next and
// previous file, h the help, = / ^G / :f the file information (prompt.c e_proto, shown as error() shows a message,
// with "  (press RETURN)"), m/M a mark at the top/bottom line and ' to go to one (mark.c: a-z A-Z, ' the position
// before the last jump, ^ and $ the ends; "Invalid mark letter", "Mark not set"), v the editor on the file
// (command.c A_VISUAL: $VISUAL, else $EDITOR, else vi, run as LESSEDIT's default "%E ?lm+%lm. %g" after printing
// "!command"; "Cannot edit standard input"), q/Q/ZZ/:q quit. less keeps the terminal's screen: it pages on the alternate screen and
// leaves it on quit (the ti/te strings of terminfo), so the lines above come back.
import type { CommandContext } from '../../context';
import type { CommandRun, Yield } from '../../types';
import { Interrupt } from '../../types';
import { byteLength } from '../../fs';
import { compile, RegexError, type Rx } from '../lib/posix-regex';

/** Escape sequences of the terminal's special keys and the less commands they are bound to. */
const ARROWS: Record<string, string> = { '\x1b[A': 'k', '\x1bOA': 'k', '\x1b[B': 'j', '\x1bOB': 'j', '\x1b[5~': 'b', '\x1b[6~': ' ', '\x1b[H': 'g', '\x1bOH': 'g', '\x1b[1~': 'g', '\x1b[F': 'G', '\x1bOF': 'G', '\x1b[4~': 'G' };

export interface Doc {
  /** The file's name as given; null for standard input and the help. */
  name: string | null;
  text: string;
  help?: boolean;
  /** The file's path, for the editor (v). */
  path?: string;
}

/** What `v` runs: the editor command line (lsystem's words) on the document (its text is read again after). */
export type EditorRun = (cmd: string, editor: string, d: Doc) => CommandRun;

export interface PagerOptions {
  lineNumbers: boolean;
  chop: boolean;
  quitIfOneScreen: boolean;
  /** -e (at the end, the next forward command ends less) or -E (reaching the end does). */
  quitAtEof: 'no' | 'second' | 'first';
  ignoreCase: 'never' | 'smart' | 'always';
  tilde: boolean;
  /** `+cmd` words: run as keys before the first screen (+G, +/pattern, +42g). */
  commands: string[];
  /** -R: SGR escapes reach the terminal and take no columns. */
  rawColor?: boolean;
  /** A -P prompt, evaluated by its caller (prompt.c shows it in standout). */
  prompt?: (p: PromptState) => string;
}

/** What a -P prompt's conditions and escapes read (prompt.c cond() and protochar()). */
export interface PromptState {
  /** %lt: the line number of the top line. */
  top: number;
  /** %L: the last line's number, once the input's length is known (standard input: its end was read). */
  lines: number | null;
  /** ?e: the end is on the screen. */
  end: boolean;
  /** %pB: the percentage into the input (bytes) of the line after the bottom one, when the length is known. */
  percent: number | null;
}

const SGR = /\x1b\[[0-9;]*m/g;

/** prompt.c h_proto: the help's prompt. */
const HELP_PROMPT = (end: boolean) => (end ? 'HELP -- END -- Press g to see it again, or q when done' : 'HELP -- Press RETURN for more, or q when done');

/** Overstruck text (`X\bX` bold, `_\bX` underlined) as the terminal shows it. */
const plain = (s: string) => s.replace(/[^\n]\x08/g, '');

interface Row {
  /** Index of the file line this screen row belongs to. */
  line: number;
  text: string;
  /** The row as sent to the terminal, when it differs (SGR escapes passed by -R). */
  shown?: string;
}

/** The file's lines cut to screen rows (wrapped at the width, or chopped with -S); tabs to 8 columns. */
function layout(text: string, cols: number, opts: PagerOptions): Row[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body === '' ? [] : body.split('\n');
  const rows: Row[] = [];
  lines.forEach((raw, i) => {
    let l = plain(raw).replace(/\r$/, '');
    const colored = opts.rawColor && l.includes('\x1b[') ? l : null;
    if (colored) l = l.replace(SGR, '');
    l = l.replace(/[^\t]*\t/g, (m) => m.slice(0, -1) + ' '.repeat(8 - ((m.length - 1) % 8)));
    // line.c plinenum: the number right-aligned in 7 columns and a space
    const num = opts.lineNumbers ? String(i + 1).padStart(7) + ' ' : '';
    const width = Math.max(1, cols - num.length);
    if (colored && l.length <= width) rows.push({ line: i, text: num + l, shown: num + colored });
    else if (opts.chop || l.length <= width) rows.push({ line: i, text: num + l.slice(0, width) });
    else for (let at = 0; at < l.length; at += width) rows.push({ line: i, text: (at === 0 ? num : ' '.repeat(num.length)) + l.slice(at, at + width) });
  });
  return rows;
}

/** less's shell_quote: metacharacters get a backslash (the default LESSMETACHARS). */
const shellQuote = (s: string) => s.replace(/[; *?\t\n'"()<>[\]|&^`#\\$%=~{},]/g, (c) => '\\' + c);

export function* page(ctx: CommandContext, docs: Doc[], opts: PagerOptions, runEditor?: EditorRun): CommandRun {
  const size = () => ctx.session.size?.() ?? { rows: 24, cols: 80 };
  let doc = 0;
  let top = 0;
  let fresh = true;
  let message: string | null = null;
  let lastSearch: { re: Rx; back: boolean } | null = null;
  let windowRows: number | null = null;
  /** mark.c: the user marks (a-z, A-Z) and the last mark (where the last jump started) */
  const marks = new Map<string, { doc: Doc; top: number }>();
  let lastMark: { doc: Doc; top: number } | null = null;
  /** standard input's length is known once less has read to its end */
  const eofSeen = new Set<Doc>();
  const rowsOf = () => layout(docs[doc].text, size().cols, opts);
  const height = () => windowRows ?? Math.max(1, size().rows - 1);
  const maxTop = (rows: Row[]) => Math.max(0, rows.length - height());
  const atEnd = (rows: Row[]) => top + height() >= rows.length;

  // -F: a file that fits on one screen is printed and less ends
  if (opts.quitIfOneScreen && docs.length === 1 && layout(docs[0].text, size().cols, opts).length <= size().rows - 1) {
    ctx.out(docs[0].text);
    return 0;
  }

  const promptText = (rows: Row[]): string => {
    const d = docs[doc];
    if (message !== null) return message;
    if (d.help) return HELP_PROMPT(atEnd(rows));
    if (opts.prompt) {
      const lineCount = d.text === '' ? 0 : d.text.split('\n').length - (d.text.endsWith('\n') ? 1 : 0);
      const known = d.name !== null || eofSeen.has(d) || atEnd(rows);
      const len = byteLength(d.text);
      const bottom = rowByte(rows, top + height()) ?? len;
      return opts.prompt({
        top: rows[top] ? rows[top].line + 1 : lineCount,
        lines: known ? lineCount : null,
        end: atEnd(rows),
        // os.c percentage(): muldiv rounds
        percent: known && len > 0 ? Math.floor((bottom * 100) / len + 0.5) : null,
      });
    }
    let p = '';
    if (fresh) {
      if (d.name !== null) p += d.name + ' ';
      if (docs.length > 1) p += `(file ${doc + 1} of ${docs.length}) `;
    }
    if (atEnd(rows)) {
      p += '(END) ';
      if (doc + 1 < docs.length) p += `- Next: ${docs[doc + 1].name ?? '-'}`;
    }
    return p.trimEnd() || ':';
  };

  /** The byte offset where screen row `i` starts (the file's length past its end). */
  const rowByte = (rows: Row[], i: number): number | null => {
    const r = rows[i];
    if (!r) return null;
    const lines = docs[doc].text.split('\n');
    let b = 0;
    for (let l = 0; l < r.line; l++) b += byteLength(lines[l]) + 1;
    let k = i;
    while (k > 0 && rows[k - 1].line === r.line) k--;
    return b + byteLength(plain(lines[r.line]).slice(0, (i - k) * Math.max(1, size().cols)));
  };

  /** prompt.c e_proto: "?f%f .?m(%T %i of %m) .?ltlines %lt-%lb?L/%L. .byte %bB?s/%s. ?e(END) :?pB%pB\\%..%t" */
  const eqMessage = (): string => {
    const d = docs[doc];
    const rows = rowsOf();
    const h = height();
    const len = byteLength(d.text);
    const known = d.name !== null || eofSeen.has(d) || atEnd(rows);
    const lineCount = d.text === '' ? 0 : d.text.split('\n').length - (d.text.endsWith('\n') ? 1 : 0);
    // currline(): the line of a row; past the end, the last line
    const lineAt = (i: number) => (rows[i] ? rows[i].line + 1 : lineCount);
    let m = '';
    if (d.name !== null) m += d.name + ' ';
    if (docs.filter((x) => !x.help).length > 1) m += `(file ${doc + 1} of ${docs.length}) `;
    if (lineCount > 0) m += `lines ${lineAt(top)}-${lineAt(top + h - 1)}${known ? `/${lineCount}` : ''} `;
    const bottom = rowByte(rows, top + h) ?? len;
    m += `byte ${bottom}${known ? `/${len}` : ''} `;
    if (atEnd(rows)) m += '(END) ';
    else if (known && len > 0) m += `${Math.floor((bottom * 100) / len)}%`;
    return m.trimEnd();
  };

  const draw = () => {
    const rows = rowsOf();
    const { cols } = size();
    const h = height();
    const shown: string[] = [];
    for (let i = 0; i < h; i++) {
      const r = rows[top + i];
      shown.push(r ? (r.shown ?? r.text) : opts.tilde ? '~' : '');
    }
    ctx.session.clear({ keepScrollback: true });
    const p = promptText(rows).slice(0, cols);
    ctx.out(shown.join('\n') + '\n' + (opts.prompt && message === null ? `\x1b[7m${p}\x1b[27m` : p));
    if (atEnd(rows)) eofSeen.add(docs[doc]);
  };

  /** mark.c lastmark(): where a jump starts, for '' */
  const jumpFrom = () => {
    if (!docs[doc].help) lastMark = { doc: docs[doc], top };
  };

  const jumpLine = (n: number) => {
    const rows = rowsOf();
    const i = rows.findIndex((r) => r.line >= n);
    top = Math.min(maxTop(rows), Math.max(0, i < 0 ? rows.length : i));
  };

  const search = (re: Rx, back: boolean, from: number): boolean => {
    const rows = rowsOf();
    const lines = docs[doc].text.split('\n').map((l) => (opts.rawColor ? plain(l).replace(SGR, '') : plain(l)));
    const startLine = rows[Math.min(from, rows.length - 1)]?.line ?? 0;
    if (!back) {
      for (let i = startLine; i < lines.length; i++) if (re.test(lines[i])) return (jumpLine(i), true);
    } else {
      for (let i = startLine; i >= 0; i--) if (re.test(lines[i])) return (jumpLine(i), true);
    }
    return false;
  };

  /** pattern.c compile_pattern2 of a POSIX build: regcomp with REG_EXTENDED; -i lowers pattern and text (CVT_TO_LC). */
  const makeRe = (pattern: string): Rx | null => {
    const fold = opts.ignoreCase === 'always' || (opts.ignoreCase === 'smart' && pattern === pattern.toLowerCase());
    try {
      return compile(pattern, { kind: 'ere', invalidOps: true, parenOrd: true, icase: fold });
    } catch (e) {
      if (e instanceof RegexError) return null;
      throw e;
    }
  };

  /** Read a line typed after `/`, `?` or `:` on the prompt line; null when erased past its start. */
  function* readLine(lead: string): Generator<Yield, string | null, unknown> {
    let typed = '';
    for (;;) {
      const rows = rowsOf();
      ctx.session.clear({ keepScrollback: true });
      const h = height();
      const shown: string[] = [];
      for (let i = 0; i < h; i++) shown.push(rows[top + i]?.text ?? (opts.tilde ? '~' : ''));
      ctx.out(shown.join('\n') + '\n' + lead + typed);
      const k = yield* key();
      if (k === '\n' || k === '\r') return typed;
      if (k === '\x7f' || k === '\b') {
        if (!typed) return null;
        typed = typed.slice(0, -1);
      } else if (k === '\x1b' || k === '\x03') return null;
      else if (k >= ' ') typed += k;
    }
  }

  /** One key; ^C comes as itself (less reads it as its interrupt key and goes on, without -K). */
  function* key(): Generator<Yield, string, unknown> {
    try {
      return (yield { key: true }) as string;
    } catch (e) {
      if (e instanceof Interrupt) return '\x03';
      throw e;
    }
  }

  /** Where h was pressed: q leaves the help and comes back there. */
  let back: { doc: number; top: number } | null = null;

  const keys: string[] = [];
  for (const c of opts.commands) keys.push(...c.split(''), ...(c.startsWith('/') || c.startsWith('?') ? ['\n'] : []));
  let count = '';
  let pendingZ = false;
  let pendingColon = false;
  ctx.session.alternateScreen?.(true);
  {
    for (;;) {
      if (!keys.length) draw();
      const typed = keys.length ? keys.shift()! : yield* key();
      // the terminal's keys less binds by default (decode.c: ku/kd a line, kP/kN a window, kh/@7 the ends)
      const k = ARROWS[typed] ?? typed;
      const rows = rowsOf();
      const n = count === '' ? null : Number(count);
      if (k === '\x03') continue;
      const hadMessage = message !== null;
      message = null;
      if (/^[0-9]$/.test(k)) {
        count += k;
        continue;
      }
      count = '';
      if (hadMessage && (k === '\n' || k === '\r')) continue;
      if (pendingZ) {
        pendingZ = false;
        if (k === 'Z') return quit();
      }
      if (pendingColon) {
        pendingColon = false;
        if (k === 'q' || k === 'Q') return quit();
        if (k === 'f') {
          if (!docs[doc].help) message = eqMessage() + '  (press RETURN)';
          continue;
        }
        if (k === 'n' || k === 'p') {
          const next = doc + (k === 'n' ? (n ?? 1) : -(n ?? 1));
          if (next < 0 || next >= docs.length) message = k === 'n' ? 'No next file' : 'No previous file';
          else {
            doc = next;
            top = 0;
            fresh = true;
          }
          continue;
        }
        continue;
      }
      const before = top;
      switch (k) {
        case 'q':
        case 'Q':
          if (back) {
            docs.splice(doc, 1);
            ({ doc, top } = back);
            fresh = true;
            back = null;
            continue;
          }
          return quit();
        case 'Z':
          pendingZ = true;
          continue;
        case ':':
          pendingColon = true;
          continue;
        case 'j':
        case 'e':
        case '\x05':
        case '\x0e':
        case '\n':
        case '\r':
          top = Math.min(maxTop(rows), top + (n ?? 1));
          break;
        case 'k':
        case 'y':
        case '\x19':
        case '\x0b':
        case '\x10':
          top = Math.max(0, top - (n ?? 1));
          break;
        case ' ':
        case 'f':
        case '\x06':
        case '\x16':
          top = Math.min(maxTop(rows), top + (n ?? height()));
          break;
        case 'z':
          if (n) windowRows = n;
          top = Math.min(maxTop(rows), top + height());
          break;
        case 'b':
        case '\x02':
          top = Math.max(0, top - (n ?? height()));
          break;
        case 'w':
          if (n) windowRows = n;
          top = Math.max(0, top - height());
          break;
        case 'd':
        case '\x04':
          top = Math.min(maxTop(rows), top + (n ?? Math.floor(height() / 2)));
          break;
        case 'u':
        case '\x15':
          top = Math.max(0, top - (n ?? Math.floor(height() / 2)));
          break;
        case 'g':
        case '<':
          jumpFrom();
          jumpLine(n === null ? 0 : n - 1);
          break;
        case 'G':
        case '>':
          jumpFrom();
          if (n === null) top = maxTop(rows);
          else jumpLine(n - 1);
          break;
        case 'p':
        case '%': {
          jumpFrom();
          const lines = docs[doc].text.split('\n').length;
          jumpLine(Math.floor(((n ?? 0) * lines) / 100));
          break;
        }
        case '=':
        case '\x07':
          if (!docs[doc].help) message = eqMessage() + '  (press RETURN)';
          break;
        case 'm':
        case 'M': {
          if (docs[doc].help) break;
          message = 'set mark: ';
          draw();
          message = null;
          const c = yield* key();
          if (c === '\n' || c === '\r' || c === '\x7f' || c === '\b' || c === '\x03') break;
          if (!/^[a-zA-Z]$/.test(c)) {
            message = `Invalid mark letter ${c}  (press RETURN)`;
            break;
          }
          // M marks the bottom line, to be put at the bottom again: the same screen
          marks.set(c, { doc: docs[doc], top });
          break;
        }
        case "'": {
          message = 'goto mark: ';
          draw();
          message = null;
          const c = yield* key();
          if (c === '\n' || c === '\r' || c === '\x7f' || c === '\b' || c === '\x03') break;
          let to: { doc: Doc; top: number } | null = null;
          if (c === '^') to = { doc: docs[doc], top: 0 };
          else if (c === '$') to = { doc: docs[doc], top: maxTop(rows) };
          else if (c === '.') to = { doc: docs[doc], top };
          else if (c === "'") to = lastMark ?? { doc: docs[doc], top: 0 };
          else if (/^[a-zA-Z]$/.test(c)) {
            to = marks.get(c) ?? null;
            if (!to) {
              message = 'Mark not set  (press RETURN)';
              break;
            }
          } else {
            message = `Invalid mark letter ${c}  (press RETURN)`;
            break;
          }
          const i = docs.indexOf(to.doc);
          if (i < 0) break;
          jumpFrom();
          if (i !== doc) {
            doc = i;
            fresh = true;
          }
          top = Math.min(maxTop(rowsOf()), to.top);
          break;
        }
        case 'v': {
          const d = docs[doc];
          if (d.help) break;
          if (d.name === null || !d.path) {
            message = 'Cannot edit standard input  (press RETURN)';
            break;
          }
          const env = ctx.frame.env;
          const editor = env.VISUAL || env.EDITOR || 'vi';
          // %lm: the line at the middle row of the screen ((sc_height - 1) / 2)
          const mid = rows[top + Math.floor((size().rows - 1) / 2)];
          const lineCount = d.text === '' ? 0 : d.text.split('\n').length - (d.text.endsWith('\n') ? 1 : 0);
          const lm = mid ? mid.line + 1 : lineCount;
          const cmd = `${editor} ${lm ? `+${lm} ` : ''}${shellQuote(d.name)}`;
          // lsystem: the command on the prompt line, the terminal given back while it runs
          ctx.session.clear({ keepScrollback: true });
          const shown: string[] = [];
          for (let i = 0; i < height(); i++) shown.push(rows[top + i]?.text ?? (opts.tilde ? '~' : ''));
          ctx.out(shown.join('\n') + '\n!' + cmd + '\n');
          ctx.session.alternateScreen?.(false);
          if (runEditor) yield* runEditor(cmd, editor, d);
          ctx.session.alternateScreen?.(true);
          break;
        }
        case 'h':
        case 'H':
          if (back || docs[doc].help) break;
          back = { doc, top };
          docs.splice(doc, 0, { name: null, text: (yield { load: () => import('./help').then((m) => m.help) }) as string, help: true });
          top = 0;
          continue;
        case '/':
        case '?': {
          const typed = yield* readLine(k);
          if (typed === null) break;
          const back = k === '?';
          const re: Rx | null = typed === '' && lastSearch ? lastSearch.re : makeRe(typed);
          if (!re) {
            message = 'Invalid pattern  (press RETURN)';
            break;
          }
          lastSearch = { re, back };
          jumpFrom();
          // search.c: forward from the top line of the screen, backward from its bottom
          if (!search(re, back, back ? top + height() - 1 : top)) message = 'Pattern not found  (press RETURN)';
          break;
        }
        case 'n':
        case 'N': {
          if (!lastSearch) {
            message = 'No previous regular expression  (press RETURN)';
            break;
          }
          const back = k === 'N' ? !lastSearch.back : lastSearch.back;
          if (!search(lastSearch.re, back, back ? top - 1 : top + 1)) message = 'Pattern not found  (press RETURN)';
          break;
        }
        default:
          break;
      }
      if (top !== before) fresh = false;
      const forward = ' fj\n\r\x06\x16ed\x04\x05\x0ez'.includes(k);
      // -E: the first time the end shows; -e: a forward command at the end
      if (forward && atEnd(rowsOf()) && (opts.quitAtEof === 'first' || (opts.quitAtEof === 'second' && top === before))) return quit();
    }
  }

  function quit(): number {
    // deinit: the screen is given back (terminfo te) and the lines above come back
    ctx.session.alternateScreen?.(false);
    return 0;
  }
}
